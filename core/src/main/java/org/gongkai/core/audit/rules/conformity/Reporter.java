package org.gongkai.core.audit.rules.conformity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.core.audit.FindingSink;
import org.gongkai.core.audit.Location;
import org.gongkai.core.audit.RuleInfo;

/** Reports findings of one rule: fills the rule's message template from named values. */
final class Reporter {
    private final RuleInfo rule;
    private final FindingSink sink;

    Reporter(RuleInfo rule, FindingSink sink) {
        this.rule = rule;
        this.sink = sink;
    }

    /** Starts a finding at a primary location. */
    Draft at(Location location) {
        return new Draft(List.of(location));
    }

    /** Starts a finding at several locations (the first is the primary one). */
    Draft at(List<Location> locations) {
        return new Draft(locations);
    }

    /** A finding being assembled; {@link #report()} sends it. */
    final class Draft {
        private final List<Location> locations;
        private final Map<String, String> values = new LinkedHashMap<>();
        private String expected = "";
        private String actual = "";
        private String difference = "";
        private String suggestion = "";

        private Draft(List<Location> locations) {
            this.locations = locations;
        }

        Draft with(String name, String value) {
            values.put(name, value == null ? "" : value);
            return this;
        }

        Draft expected(String value) {
            expected = value;
            return this;
        }

        Draft actual(String value) {
            actual = value;
            return this;
        }

        Draft difference(String value) {
            difference = value;
            return this;
        }

        Draft suggest(String value) {
            suggestion = value;
            return this;
        }

        void report() {
            sink.report(rule, values, locations, expected, actual, difference, suggestion);
        }
    }
}
