package org.gongkai.core.audit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rule catalogue: every rule Gongkai has, in a stable order. {@code docs/rules.md} is generated from
 * it. Rule sets register here, one line each.
 */
public final class RuleCatalogue {
    private RuleCatalogue() {}

    /** All rules; IDs are unique (checked here and by a test). */
    public static List<Rule> all() {
        List<Rule> rules = new ArrayList<>();
        // Rule sets add themselves here, one line each, e.g. rules.addAll(TableRules.all());
        rules.addAll(org.gongkai.core.audit.rules.arith.ArithRules.all());
        rules.addAll(org.gongkai.core.audit.rules.conformity.ConformityRules.all());
        rules.addAll(org.gongkai.core.audit.cross.CrossDocumentRules.all());
        Set<String> ids = new HashSet<>();
        for (Rule r : rules) {
            if (!ids.add(r.info().id())) {
                throw new IllegalStateException("duplicate rule ID " + r.info().id());
            }
        }
        return List.copyOf(rules);
    }
}
