package org.gongkai.formats.report;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongkai.core.audit.AuditResult;
import org.gongkai.core.audit.Finding;
import org.gongkai.core.audit.Severity;

/** The grouped, readable report printed by {@code gongkai audit}: by severity, then category. */
public final class TextReport {
    private TextReport() {}

    public static String render(List<AuditResult> results) {
        return render(results, null);
    }

    /** The per-file reports, then the section "跨文件核对" when {@code cross} is given. */
    public static String render(List<AuditResult> results, CrossSection cross) {
        StringBuilder sb = new StringBuilder();
        for (AuditResult r : results) {
            render(r, sb);
        }
        if (cross != null) {
            render(cross, sb);
        }
        if (results.size() > 1) {
            long errors =
                    results.stream().mapToLong(r -> r.count(Severity.ERROR)).sum()
                            + (cross == null ? 0 : cross.count(Severity.ERROR));
            long warnings =
                    results.stream().mapToLong(r -> r.count(Severity.WARNING)).sum()
                            + (cross == null ? 0 : cross.count(Severity.WARNING));
            sb.append("共审核 ")
                    .append(results.size())
                    .append(" 份文件：错误 ")
                    .append(errors)
                    .append(" 项，警告 ")
                    .append(warnings)
                    .append(" 项。\n");
        }
        return sb.toString();
    }

    private static void render(AuditResult r, StringBuilder sb) {
        sb.append("━━ ").append(r.source()).append('\n');
        var info = r.info();
        if (info != null) {
            sb.append("   ")
                    .append(info.unitName().isEmpty() ? "（未识别单位）" : info.unitName())
                    .append(info.fiscalYear() > 0 ? " " + info.fiscalYear() + "年" : "")
                    .append(info.templateId().isEmpty() ? "" : " · 模板 " + info.templateId())
                    .append('\n');
        }
        sb.append("   错误 ")
                .append(r.count(Severity.ERROR))
                .append(" 项，警告 ")
                .append(r.count(Severity.WARNING))
                .append(" 项，提示 ")
                .append(r.count(Severity.INFO))
                .append(" 项\n");
        if (r.findings().isEmpty()) {
            sb.append("   未发现问题。\n\n");
            return;
        }
        findings(r.findings(), sb);
    }

    private static void render(CrossSection cross, StringBuilder sb) {
        sb.append("━━ ").append(CrossSection.TITLE).append('\n');
        if (cross.pairs().isEmpty()) {
            sb.append("   未找到可相互核对的部门公开与单位公开（同一年度、同一类别、单位属于该部门）。\n\n");
            return;
        }
        for (String pair : cross.pairs()) {
            sb.append("   核对：").append(pair).append('\n');
        }
        sb.append("   错误 ")
                .append(cross.count(Severity.ERROR))
                .append(" 项，警告 ")
                .append(cross.count(Severity.WARNING))
                .append(" 项，提示 ")
                .append(cross.count(Severity.INFO))
                .append(" 项\n");
        if (cross.findings().isEmpty()) {
            sb.append("   未发现问题。\n\n");
            return;
        }
        findings(cross.findings(), sb);
    }

    private static void findings(List<Finding> findings, StringBuilder sb) {
        for (Severity s : Severity.values()) {
            Map<String, List<Finding>> byCategory = new TreeMap<>();
            for (Finding f : findings) {
                if (f.severity() == s) {
                    byCategory
                            .computeIfAbsent(
                                    f.category().ordinal() + f.category().label(), k -> new java.util.ArrayList<>())
                            .add(f);
                }
            }
            for (var e : byCategory.entrySet()) {
                sb.append("\n【")
                        .append(s.label())
                        .append(" · ")
                        .append(e.getKey().substring(1))
                        .append("】\n");
                for (Finding f : e.getValue()) {
                    sb.append("  ● [")
                            .append(f.ruleId())
                            .append("] ")
                            .append(f.message())
                            .append('\n');
                    sb.append("    位置：").append(f.location().describe()).append('\n');
                    for (int i = 1; i < f.locations().size(); i++) {
                        sb.append("    对照：")
                                .append(f.locations().get(i).describe())
                                .append('\n');
                    }
                    if (!f.expected().isEmpty() || !f.actual().isEmpty()) {
                        sb.append("    应为：").append(f.expected()).append("　实际：").append(f.actual());
                        if (!f.difference().isEmpty()) {
                            sb.append("　差额：").append(f.difference());
                        }
                        sb.append('\n');
                    }
                    if (!f.suggestion().isEmpty()) {
                        sb.append("    建议：").append(f.suggestion()).append('\n');
                    }
                }
            }
        }
        sb.append('\n');
    }
}
