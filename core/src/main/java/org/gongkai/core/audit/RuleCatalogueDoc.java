package org.gongkai.core.audit;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Renders the rule catalogue as the Markdown page {@code docs/rules.md}. The catalogue in code is the one source
 * of truth; a core test fails when the committed page differs from this rendering.
 */
public final class RuleCatalogueDoc {
    /** How to regenerate the page; printed by the staleness test. */
    public static final String REGENERATE_COMMAND =
            "mvn -B -ntp -q -pl core test -Dtest=RuleCatalogueDocTest -Dgongkai.regenerateDocs=true";

    private RuleCatalogueDoc() {}

    public static String markdown() {
        return markdown(RuleCatalogue.all());
    }

    public static String markdown(List<Rule> rules) {
        StringBuilder sb = new StringBuilder();
        sb.append("# 审核规则目录（Gongkai rule catalogue）\n\n");
        sb.append("<!-- 本文件由 org.gongkai.core.audit.RuleCatalogueDoc 生成，请勿手工修改。重新生成：\n");
        sb.append("     ").append(REGENERATE_COMMAND).append(" -->\n\n");
        Map<Category, Integer> counts = new EnumMap<>(Category.class);
        Map<Severity, Integer> severities = new EnumMap<>(Severity.class);
        for (Rule rule : rules) {
            counts.merge(rule.info().category(), 1, Integer::sum);
            severities.merge(rule.info().severity(), 1, Integer::sum);
        }
        sb.append("共 ").append(rules.size()).append(" 条规则。");
        for (Category c : Category.values()) {
            sb.append(c.label()).append(' ').append(counts.getOrDefault(c, 0)).append(" 条；");
        }
        for (Severity s : Severity.values()) {
            sb.append(s.label())
                    .append(' ')
                    .append(severities.getOrDefault(s, 0))
                    .append(" 条");
            sb.append(s == Severity.INFO ? "。" : "，");
        }
        sb.append("\n\n严重性：错误（ERROR）阻止发布；警告（WARNING）须说明；提示（INFO）仅供参考。\n");
        sb.append("严重性与是否运行可在审核配置（AuditProfile）中按规则 ID 调整。\n\n");
        sb.append("| ID | 严重性 | 类别 | 名称 | 消息模板 | 容差 | 依据 |\n");
        sb.append("|---|---|---|---|---|---|---|\n");
        for (Rule rule : rules) {
            RuleInfo i = rule.info();
            sb.append("| `")
                    .append(i.id())
                    .append("` | ")
                    .append(i.severity().label())
                    .append(" | ")
                    .append(i.category().label())
                    .append(" | ")
                    .append(cell(i.title()))
                    .append(" | ")
                    .append(cell(i.message()))
                    .append(" | ")
                    .append(cell(i.tolerance()))
                    .append(" | ")
                    .append(cell(i.basis()))
                    .append(" |\n");
        }
        return sb.toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
