package org.gongkai.core.audit;

import java.util.List;
import java.util.Map;

/** Collects findings; fills a rule's message template from named values. */
public interface FindingSink {
    void add(Finding finding);

    /**
     * Reports a finding of {@code rule}: the message is the rule's template with {@code values} put in
     * place of their {placeholders}.
     */
    default void report(
            RuleInfo rule,
            Map<String, String> values,
            List<Location> locations,
            String expected,
            String actual,
            String difference,
            String suggestion) {
        add(new Finding(
                rule.id(),
                rule.severity(),
                rule.category(),
                Messages.fill(rule.message(), values),
                locations,
                expected,
                actual,
                difference,
                suggestion));
    }
}
