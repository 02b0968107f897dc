package org.gongkai.core.audit;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.classification.Classifications;
import org.gongkai.core.disclosure.Disclosure;

/** Runs one catalogued rule by ID over a disclosure, for rule tests. */
public final class RuleProbe {
    private RuleProbe() {}

    public static Rule rule(String id) {
        return RuleCatalogue.all().stream()
                .filter(r -> r.info().id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("rule " + id + " is not in RuleCatalogue.all()"));
    }

    public static List<Finding> run(String id, Disclosure d, Classifications lists) {
        List<Finding> out = new ArrayList<>();
        rule(id).check(AuditContext.of(d, lists), out::add);
        for (Finding f : out) {
            if (!f.ruleId().equals(id)) {
                throw new AssertionError("rule " + id + " reported a finding as " + f.ruleId());
            }
        }
        return out;
    }
}
