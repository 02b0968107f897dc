package org.gongkai.core.audit.rules.conformity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gongkai.core.audit.facts.PatternScan;

/** The unit-missing forms scanned only where their gates allow find exactly what Matcher.find finds. */
class UnitMissingScanTest {
    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("1", "2", "0", ".", ",", "，", " ", "万", "元", "。", "；", "（", "占", "比", "预算", "为", "%", "年")
                .list()
                .ofMaxSize(24)
                .map(l -> String.join("", l));
    }

    @Property(tries = 5000)
    void everyFormFindsWhatFindFinds(@ForAll("texts") String text) {
        for (UnitMissingRules.Form form : UnitMissingRules.FORMS) {
            assertThat(scan(form.pattern(), form.gate(), text))
                    .as(form.pattern() + " on " + text)
                    .isEqualTo(find(form.pattern(), text));
        }
    }

    private static List<String> scan(Pattern p, PatternScan.Gate gate, String text) {
        List<String> out = new ArrayList<>();
        PatternScan s = PatternScan.of(p, text, gate);
        while (s.find()) {
            out.add(s.match().start() + ":" + s.match().end());
        }
        return out;
    }

    private static List<String> find(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.start() + ":" + m.end());
        }
        return out;
    }
}
