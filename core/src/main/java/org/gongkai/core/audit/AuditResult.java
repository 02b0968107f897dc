package org.gongkai.core.audit;

import java.util.Comparator;
import java.util.List;
import org.gongkai.core.disclosure.DisclosureInfo;

/**
 * The findings of one document, in report order (severity, then rule ID, then place).
 *
 * @param source the file or "derived"
 * @param info what the document is
 * @param findings all findings
 */
public record AuditResult(String source, DisclosureInfo info, List<Finding> findings) {
    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(f -> f.category().ordinal())
            .thenComparing(Finding::ruleId)
            .thenComparing(f -> f.location().describe());

    public AuditResult {
        findings = findings.stream().sorted(ORDER).toList();
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** True when nothing at ERROR was found. */
    public boolean passes() {
        return count(Severity.ERROR) == 0;
    }
}
