package org.gongkai.core.audit;

import java.util.Map;
import java.util.Set;

/**
 * Which rules run and how strictly: data, not logic. Severity overrides and disabled rules by rule ID.
 *
 * @param severityOverrides rule ID → severity to use instead of the default
 * @param disabled rule IDs not to run
 */
public record AuditProfile(Map<String, Severity> severityOverrides, Set<String> disabled) {
    public static final AuditProfile DEFAULT = new AuditProfile(Map.of(), Set.of());

    public AuditProfile {
        severityOverrides = Map.copyOf(severityOverrides);
        disabled = Set.copyOf(disabled);
    }

    public boolean runs(String ruleId) {
        return !disabled.contains(ruleId);
    }

    public Severity severityOf(RuleInfo rule) {
        return severityOverrides.getOrDefault(rule.id(), rule.severity());
    }
}
