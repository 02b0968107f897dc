package org.gongkai.core.audit;

import java.util.ArrayList;
import java.util.List;

/** Runs the catalogue over a context. A rule that fails unexpectedly becomes an INFO finding, not a crash. */
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
        return findings;
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
