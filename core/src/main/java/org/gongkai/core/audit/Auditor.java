package org.gongkai.core.audit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the catalogue over a context. A rule that fails unexpectedly becomes an INFO finding, not a crash. A
 * {@link CauseRule} that diagnoses a cause has the findings it explains dropped and counted in its message.
 */
public final class Auditor {
    private final List<Rule> rules;

    public Auditor(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The standard catalogue; built once, since rules are stateless and the auditor is immutable. */
    public static Auditor standard() {
        return Standard.INSTANCE;
    }

    /** Lazy holder: the catalogue is built on first use, once per JVM. */
    private static final class Standard {
        static final Auditor INSTANCE = new Auditor(RuleCatalogue.all());
    }

    public List<Finding> audit(AuditContext context) {
        List<Finding> findings = new ArrayList<>();
        List<CauseRule> causes = new ArrayList<>();
        AuditProfile profile = context.profile();
        for (Rule rule : rules) {
            RuleInfo info = rule.info();
            if (!profile.runs(info.id())) {
                continue;
            }
            Severity severity = profile.severityOf(info);
            FindingSink sink = f -> findings.add(f.severity() == severity ? f : withSeverity(f, severity));
            try {
                rule.check(context, sink);
                if (rule instanceof CauseRule cause) {
                    causes.add(cause);
                }
            } catch (RuntimeException e) {
                findings.add(new Finding(
                        "AUDIT.RULE-FAILED",
                        Severity.INFO,
                        Category.CONFORMITY,
                        "规则 " + info.id() + " 未能完成检查：" + e,
                        List.of(Location.document()),
                        "",
                        "",
                        "",
                        "请向 Gongkai 报告此问题。"));
            }
        }
        List<Finding> result = findings;
        for (CauseRule cause : causes) {
            result = dropConsequences(context, cause, result);
        }
        return result;
    }

    /**
     * Findings of other rules that refer to a cell of a diagnosed cascade, or compare one of its sums within the
     * table, are consequences: dropped, and counted by rule ID at the end of the cause's message.
     */
    private static List<Finding> dropConsequences(AuditContext context, CauseRule cause, List<Finding> findings) {
        String id = cause.info().id();
        List<Finding> out = new ArrayList<>(findings);
        for (CauseRule.Cascade cascade : cause.cascades(context)) {
            Set<String> cells = new HashSet<>();
            cascade.cells().forEach(l -> cells.add(cellKey(l)));
            Set<String> sums = new HashSet<>();
            cascade.sums().forEach(l -> sums.add(cellKey(l)));
            Map<String, Integer> dropped = new LinkedHashMap<>();
            List<Finding> kept = new ArrayList<>();
            for (Finding f : out) {
                boolean inTable = f.locations().stream()
                        .allMatch(l -> l.table().equals(f.location().table()));
                boolean consequence = !f.ruleId().equals(id)
                        && (f.locations().stream().anyMatch(l -> cells.contains(cellKey(l)))
                                || inTable && sums.contains(cellKey(f.location())));
                if (consequence) {
                    dropped.merge(f.ruleId(), 1, Integer::sum);
                } else {
                    kept.add(f);
                }
            }
            if (dropped.isEmpty()) {
                continue;
            }
            out = new ArrayList<>();
            for (Finding f : kept) {
                boolean isCause = f.ruleId().equals(id) && f.location().equals(cascade.at());
                out.add(isCause ? withConsequences(f, dropped) : f);
            }
        }
        return out;
    }

    private static String cellKey(Location l) {
        return l.table() + "\u0000" + l.row() + "\u0000" + l.column();
    }

    private static Finding withConsequences(Finding f, Map<String, Integer> dropped) {
        int total = dropped.values().stream().mapToInt(Integer::intValue).sum();
        List<String> parts = new ArrayList<>();
        dropped.forEach((rule, n) -> parts.add(rule + "×" + n));
        String message = f.message() + "；由此引起的其他" + total + "项问题不再逐项列出（" + String.join("、", parts) + "）";
        return new Finding(
                f.ruleId(),
                f.severity(),
                f.category(),
                message,
                f.locations(),
                f.expected(),
                f.actual(),
                f.difference(),
                f.suggestion());
    }

    private static Finding withSeverity(Finding f, Severity s) {
        return new Finding(
                f.ruleId(),
                s,
                f.category(),
                f.message(),
                f.locations(),
                f.expected(),
                f.actual(),
                f.difference(),
                f.suggestion());
    }
}
