package org.gongkai.formats.report;

import java.util.List;
import org.gongkai.core.audit.Finding;
import org.gongkai.core.audit.Severity;

/**
 * The cross-document part of a report ("跨文件核对"): which 部门/单位 disclosures were laid over each other and
 * what disagreed. Its findings name their files in their locations.
 *
 * @param pairs one Chinese line per compared pair (see {@code CrossDocumentAuditor.Pair#describe})
 * @param findings the cross-document findings
 */
public record CrossSection(List<String> pairs, List<Finding> findings) {
    /** Section title in reports and the summary. */
    public static final String TITLE = "跨文件核对";

    public CrossSection {
        pairs = List.copyOf(pairs);
        findings = findings.stream()
                .sorted(java.util.Comparator.comparing(Finding::severity)
                        .thenComparing(Finding::ruleId)
                        .thenComparing(f -> f.location().describe()))
                .toList();
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
