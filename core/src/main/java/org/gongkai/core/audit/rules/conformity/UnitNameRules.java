package org.gongkai.core.audit.rules.conformity;

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
        return List.of(variant(), preparer());
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
}
