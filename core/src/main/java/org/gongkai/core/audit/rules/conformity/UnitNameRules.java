package org.gongkai.core.audit.rules.conformity;

import static org.gongkai.core.audit.Category.COMPLETENESS;
import static org.gongkai.core.audit.Category.CONSISTENCY;
import static org.gongkai.core.audit.Severity.WARNING;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gongkai.core.audit.Rule;

/** One unit name, used consistently (text lint). */
final class UnitNameRules {
    private UnitNameRules() {}

    static List<Rule> all() {
        return List.of(variant(), preparer(), preparerMissing());
    }

    private static Rule variant() {
        return ConformityRule.of(
                "TXT.UNIT-NAME-VARIANT",
                WARNING,
                CONSISTENCY,
                "单位名称前后不一致",
                "正文中“{variant}”与单位名称“{unit}”不一致（{kind}）",
                "全称与简称视为一致；同一句中同时出现单位名称的视为另一单位",
                "文字规范",
                (c, r) -> {
                    String unit = Texts.key(Targets.documentUnit(c.disclosure()));
                    if (unit.length() < 4) {
                        return; // too short to tell a variant (UnitNames.candidates finds none)
                    }
                    java.util.regex.Pattern run = UnitNames.runPattern(unit);
                    String start = unit.substring(0, 2);
                    Set<String> reported = new HashSet<>();
                    for (DocText.Piece p : DocText.pieces(c)) {
                        if (!p.text().contains(start)) {
                            continue; // no candidate can start in this piece
                        }
                        for (Texts.Span s : Texts.sentences(p.text())) {
                            String sentence = s.text();
                            if (!sentence.contains(start) || Texts.key(sentence).contains(unit)) {
                                continue;
                            }
                            for (UnitNames.Found f : UnitNames.candidates(sentence, unit, run)) {
                                String kind = UnitNames.variantKind(f.name(), unit);
                                if (!kind.isEmpty() && reported.add(f.name())) {
                                    r.at(p.span(s.start() + f.start(), s.start() + f.end()))
                                            .with("variant", f.name())
                                            .with("unit", unit)
                                            .with("kind", kind)
                                            .expected(unit)
                                            .actual(f.name())
                                            .suggest("统一使用“" + unit + "”")
                                            .report();
                                }
                            }
                        }
                    }
                });
    }

    private static Rule preparer() {
        return ConformityRule.of(
                "TXT.PREPARER-NAME",
                WARNING,
                CONSISTENCY,
                "表的编制单位与公开单位不一致",
                "{table}的编制单位为“{preparer}”，文件公开单位为“{unit}”",
                "全称与简称视为一致",
                "文字规范",
                (c, r) -> {
                    String unit = Targets.documentUnit(c.disclosure());
                    c.disclosure().tables().forEach(t -> {
                        if (!Texts.isBlank(t.preparer()) && !Texts.sameBody(t.preparer(), unit)) {
                            r.at(Where.table(t))
                                    .with("table", Where.tableName(t))
                                    .with("preparer", t.preparer().strip())
                                    .with("unit", unit)
                                    .expected(unit)
                                    .actual(t.preparer().strip())
                                    .suggest("核对编制单位名称")
                                    .report();
                        }
                    });
                });
    }

    /**
     * A table without the 编制部门/单位 line while most tables of the document print one: the line was left
     * blank or dropped on this table only.
     */
    private static Rule preparerMissing() {
        return ConformityRule.of(
                "DOC.PREPARER-MISSING",
                WARNING,
                COMPLETENESS,
                "个别公开表未填编制单位",
                "{table}没有填写编制单位，文件中其他{named}张表都填了（如“{unit}”）",
                "至少两张表、且三分之二以上的表填了编制单位时才检查；绩效目标表不查",
                "参考资料 §1.5",
                (c, r) -> {
                    List<org.gongkai.core.disclosure.Table> titled = c.disclosure()
                            .tables()
                            .filter(t -> !Texts.isBlank(t.title()) && !t.title().contains("绩效目标"))
                            .toList();
                    List<org.gongkai.core.disclosure.Table> named = titled.stream()
                            .filter(t -> !Texts.isBlank(t.preparer()))
                            .toList();
                    if (named.size() < 2 || named.size() == titled.size() || 3 * named.size() < 2 * titled.size()) {
                        return;
                    }
                    String unit = named.get(0).preparer().strip();
                    for (var t : titled) {
                        if (Texts.isBlank(t.preparer())) {
                            r.at(Where.table(t))
                                    .with("table", Where.tableName(t))
                                    .with("named", String.valueOf(named.size()))
                                    .with("unit", unit)
                                    .expected(unit)
                                    .actual("")
                                    .suggest("在表头“编制部门（单位）：”后填写单位名称")
                                    .report();
                        }
                    }
                });
    }
}
