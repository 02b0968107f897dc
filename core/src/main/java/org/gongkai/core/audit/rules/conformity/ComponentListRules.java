package org.gongkai.core.audit.rules.conformity;

import static org.gongkai.core.audit.Category.CONSISTENCY;
import static org.gongkai.core.audit.Severity.WARNING;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.audit.AuditContext;
import org.gongkai.core.audit.Rule;
import org.gongkai.core.audit.facts.Fact;
import org.gongkai.core.audit.facts.PatternScan;
import org.gongkai.core.audit.facts.TableKind;
import org.gongkai.core.classification.CodeEntry;

/**
 * The components the narrative names for 人员经费 and 公用经费 ("人员经费8055.07万元，主要包括：基本工资、津贴补贴、
 * 奖金…"): each one that is an economic 款 must have money in the 基本支出 table.
 */
final class ComponentListRules {
    private static final Pattern LIST = Pattern.compile("(人员经费|公用经费)[^。；;]{0,40}?(?:主要)?包括[：:]([^。；;]+)");
    private static final PatternScan.Gate LIST_GATE = PatternScan.Gate.chars("人公");
    // Not 和 or 及 alone: they occur inside names (对个人和家庭的补助).
    private static final Pattern SEPARATOR = Pattern.compile("、|以及|，|,");

    private ComponentListRules() {}

    static List<Rule> all() {
        return List.of(ConformityRule.of(
                "NARR.COMPONENT-EMPTY",
                WARNING,
                CONSISTENCY,
                "正文所列经费构成在基本支出表中没有金额",
                "{where}：正文所列{kind}构成“{name}”在{table}中{state}",
                "只核对与经济分类款级科目名称完全相同、且正文未另列金额的构成",
                "I-22；参考资料 §2.10 六",
                ComponentListRules::check));
    }

    private static void check(AuditContext c, Reporter r) {
        if (c.facts().view(TableKind.T6).isEmpty()) {
            return;
        }
        String table = c.facts().view(TableKind.T6).get().name();
        for (SectionText section : SectionText.of(c)) {
            if (!section.text().contains("包括")) {
                continue;
            }
            PatternScan scan = PatternScan.of(LIST, section.text(), LIST_GATE);
            while (scan.find()) {
                Matcher m = scan.match();
                int offset = m.start(2);
                for (String raw : SEPARATOR.split(m.group(2), -1)) {
                    String name = raw.strip();
                    int at = section.text().indexOf(name, offset);
                    offset = at >= 0 ? at + name.length() : offset;
                    if (name.isEmpty() || at < 0 || TextLintRules.firstIn(name, '0', '9') >= 0) {
                        continue;
                    }
                    Optional<String> code = econCode(c, name);
                    if (code.isEmpty()) {
                        continue;
                    }
                    Optional<Fact> cell = c.facts().first("T6|" + code.get() + "|total");
                    if (cell.isPresent() && cell.get().amount().signum() != 0) {
                        continue;
                    }
                    String state = cell.isPresent() ? "为0" : "没有金额";
                    r.at(section.at(at, at + name.length()))
                            .with("where", section.at(at, at + name.length()).describe())
                            .with("kind", m.group(1))
                            .with("name", name)
                            .with("table", table + "（" + code.get() + "）")
                            .with("state", state)
                            .expected("大于0")
                            .actual(cell.map(f -> f.figure().printed().toPlainString())
                                    .orElse("空"))
                            .suggest("核对基本支出表中" + code.get() + " " + name + "的金额，或从正文的构成中删去")
                            .report();
                }
            }
        }
    }

    /** The 款 (5-digit) code of the department economic classification with exactly this name. */
    private static Optional<String> econCode(AuditContext c, String name) {
        List<CodeEntry> found = c.classifications().departmentEconomicList().byName(name).stream()
                .filter(e -> e.code().length() == 5)
                .toList();
        return found.size() == 1 ? Optional.of(found.get(0).code()) : Optional.empty();
    }
}
