package org.gongkai.core.audit.rules.conformity;

import static org.gongkai.core.audit.Category.COMPLETENESS;
import static org.gongkai.core.audit.Category.CONFORMITY;
import static org.gongkai.core.audit.Category.CONSISTENCY;
import static org.gongkai.core.audit.Severity.INFO;
import static org.gongkai.core.audit.Severity.WARNING;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.gongkai.core.audit.Rule;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.TargetTable;

/** Structure of 项目支出绩效目标表: families present, rows filled, header consistent with the document. */
final class TargetStructureRules {
    /** "4." or "2、" before an item of a numbered list. */
    private static final Pattern LIST_NUMBER = Pattern.compile("^\\d{1,2}\\s*[.、．]\\s*");

    private TargetStructureRules() {}

    static List<Rule> all() {
        return List.of(
                // WARNING, not ERROR: a sanity rule of 参考资料 §3.3, not a rule of the template (invariant 1)
                familyPresent("TGT.NO-OUTPUT", WARNING, "产出", Indicator::isOutput),
                familyPresent("TGT.NO-EFFECT", WARNING, "效益", Indicator::isEffect),
                familyPresent("TGT.NO-SATISFACTION", INFO, "满意度", Indicator::isSatisfaction),
                level2Empty(),
                valueBlank(),
                nameBlank(),
                duplicate(),
                goalMissing(),
                goalOffTopic(),
                year(),
                unitName(),
                projectName());
    }

    private static Rule familyPresent(
            String id,
            org.gongkai.core.audit.Severity severity,
            String family,
            java.util.function.Predicate<Indicator> is) {
        return ConformityRule.of(
                id,
                severity,
                COMPLETENESS,
                "绩效目标表没有" + family + "指标",
                "{table}没有填写任何" + family + "指标",
                "",
                "财预〔2015〕88号；参考资料 §3.3",
                (c, r) -> c.disclosure().targetTables().forEach(t -> {
                    boolean any = Targets.indicators(c, t).stream()
                            .anyMatch(i -> is.test(i) && !Texts.isBlank(i.row().name()));
                    if (!any) {
                        r.at(Where.target(t, "", ""))
                                .with("table", Where.targetName(t))
                                .expected("至少一个" + family + "指标")
                                .suggest("补充" + family + "指标及指标值")
                                .report();
                    }
                }));
    }

    private static Rule level2Empty() {
        return ConformityRule.of(
                "TGT.LEVEL2-EMPTY",
                INFO,
                CONFORMITY,
                "绩效目标表有空的二级指标行",
                "{table}的二级指标“{level2}”下没有指标",
                "",
                "参考资料 §3.3（空的二级指标应删除或说明）",
                (c, r) -> c.disclosure().targetTables().forEach(t -> {
                    Set<String> filled = new HashSet<>();
                    Set<String> seen = new LinkedHashSet<>();
                    for (TargetTable.IndicatorRow row : t.indicators()) {
                        String l2 = Texts.norm(row.level2());
                        if (l2.isEmpty()) {
                            continue;
                        }
                        seen.add(l2);
                        if (!Texts.isBlank(row.name()) || !Texts.isBlank(row.value())) {
                            filled.add(l2);
                        }
                    }
                    List<String> empty = new ArrayList<>(seen);
                    empty.removeAll(filled);
                    if (!empty.isEmpty()) {
                        r.at(Where.target(t, String.join("、", empty), ""))
                                .with("table", Where.targetName(t))
                                .with("level2", String.join("、", empty))
                                .actual(String.join("、", empty))
                                .suggest("删除空的二级指标行，或填写指标")
                                .report();
                    }
                }));
    }

    private static Rule valueBlank() {
        return ConformityRule.of(
                "TGT.VALUE-BLANK",
                WARNING,
                COMPLETENESS,
                "绩效指标没有指标值",
                "{table}的指标“{name}”没有指标值",
                "",
                "参考资料 §3.2",
                (c, r) -> c.disclosure().targetTables().forEach(t -> {
                    for (TargetTable.IndicatorRow row : t.indicators()) {
                        if (!Texts.isBlank(row.name()) && Texts.isBlank(row.value())) {
                            r.at(Where.indicator(t, row))
                                    .with("table", Where.targetName(t))
                                    .with("name", row.name().strip())
                                    .suggest("填写指标值（含比较符和单位）")
                                    .report();
                        }
                    }
                }));
    }

    private static Rule nameBlank() {
        return ConformityRule.of(
                "TGT.NAME-BLANK",
                WARNING,
                COMPLETENESS,
                "绩效指标值没有指标名称",
                "{table}的二级指标“{level2}”下有指标值“{value}”，但没有三级指标名称",
                "",
                "参考资料 §3.2",
                (c, r) -> c.disclosure().targetTables().forEach(t -> {
                    for (TargetTable.IndicatorRow row : t.indicators()) {
                        if (Texts.isBlank(row.name()) && !Texts.isBlank(row.value())) {
                            r.at(Where.indicator(t, row))
                                    .with("table", Where.targetName(t))
                                    .with("level2", row.level2().strip())
                                    .with("value", row.value().strip())
                                    .suggest("填写三级指标名称")
                                    .report();
                        }
                    }
                }));
    }

    private static Rule duplicate() {
        return ConformityRule.of(
                "TGT.DUPLICATE-INDICATOR",
                WARNING,
                CONFORMITY,
                "同一绩效指标重复填列",
                "{table}中指标“{name}”出现不止一次",
                "",
                "参考资料 §3.2",
                (c, r) -> c.disclosure().targetTables().forEach(t -> {
                    Set<String> seen = new HashSet<>();
                    for (TargetTable.IndicatorRow row : t.indicators()) {
                        String n = Texts.norm(row.name());
                        if (!n.isEmpty() && !seen.add(n)) {
                            r.at(Where.indicator(t, row))
                                    .with("table", Where.targetName(t))
                                    .with("name", row.name().strip())
                                    .suggest("删除重复的指标")
                                    .report();
                        }
                    }
                }));
    }

    private static Rule goalMissing() {
        return ConformityRule.of(
                "TGT.GOAL-MISSING",
                WARNING,
                COMPLETENESS,
                "绩效目标表没有年度目标",
                "{table}没有填写年度目标",
                "",
                "参考资料 §3.2",
                (c, r) -> c.disclosure().targetTables().forEach(t -> {
                    if (Texts.isBlank(t.goal())) {
                        r.at(Where.target(t, "年度目标", ""))
                                .with("table", Where.targetName(t))
                                .suggest("填写本项目的年度目标")
                                .report();
                    }
                }));
    }

    private static Rule goalOffTopic() {
        return ConformityRule.of(
                "TGT.GOAL-OFF-TOPIC",
                WARNING,
                CONSISTENCY,
                "年度目标与项目名称不相符",
                "{table}的年度目标“{goal}”{why}，可能是别的项目的目标",
                "项目名称去掉通用词（项目、工程、经费等）后的相邻字对在目标中出现不足20%；工程类项目的目标写施工、征收等工作内容的视为相符；"
                        + "目标写出本文件另一项目名称的60%以上字对的，即使与本项目名称有共同字词也报告",
                "参考资料 §3.3（目标应描述本项目）",
                (c, r) -> {
                    List<String> projects = new ArrayList<>(Targets.narrativeProjects(c.disclosure()));
                    c.disclosure().targetTables().forEach(t -> projects.add(t.projectName()));
                    c.disclosure().targetTables().forEach(t -> {
                        if (Texts.isBlank(t.goal()) || Texts.isBlank(t.projectName())) {
                            return;
                        }
                        String own = Texts.key(t.projectName());
                        List<String> others = projects.stream()
                                .filter(p -> !Texts.isBlank(p) && !Texts.key(p).equals(own))
                                .distinct()
                                .toList();
                        GoalTopic.judge(t.projectName(), t.goal(), others)
                                .ifPresent(v -> r.at(Where.target(t, "年度目标", ""))
                                        .with("table", Where.targetName(t))
                                        .with("goal", Texts.clip(t.goal(), 30))
                                        .with("why", v.why())
                                        .actual(Texts.clip(t.goal(), 60))
                                        .suggest(
                                                "核对年度目标是否写的是“" + t.projectName().strip() + "”")
                                        .report());
                    });
                });
    }

    private static Rule year() {
        return ConformityRule.of(
                "TGT.YEAR",
                WARNING,
                CONSISTENCY,
                "绩效目标表年度与预算年度不符",
                "{table}标为{year}年，文件是{fiscal}年预算",
                "",
                "参考资料 §3.2",
                (c, r) -> {
                    int fiscal = c.disclosure().info().fiscalYear();
                    c.disclosure().targetTables().forEach(t -> {
                        int y = Targets.year(t);
                        if (fiscal > 0 && y > 0 && y != fiscal) {
                            r.at(Where.target(t, "年度", ""))
                                    .with("table", Where.targetName(t))
                                    .with("year", String.valueOf(y))
                                    .with("fiscal", String.valueOf(fiscal))
                                    .expected(String.valueOf(fiscal))
                                    .actual(String.valueOf(y))
                                    .suggest("改为" + fiscal + "年")
                                    .report();
                        }
                    });
                });
    }

    private static Rule unitName() {
        return ConformityRule.of(
                "TGT.UNIT-NAME",
                WARNING,
                CONSISTENCY,
                "绩效目标表的预算单位与公开单位不符",
                "{table}的预算单位为“{unit}”，文件公开单位为“{document}”",
                "全称与简称视为一致（简称各字按序出现在全称中且结尾相同）；文件列出的所属单位亦可",
                "参考资料 §3.2",
                (c, r) -> {
                    if (c.disclosure().targetTables().findAny().isEmpty()) {
                        return;
                    }
                    String document = Targets.documentUnit(c.disclosure());
                    Set<String> members = new HashSet<>(); // listed units, gathered only when a name differs
                    c.disclosure().targetTables().forEach(t -> {
                        if (Texts.sameBody(t.unitName(), document)) {
                            return;
                        }
                        if (members.isEmpty()) {
                            members.addAll(listedUnits(c.disclosure()));
                        }
                        if (!members.contains(t.unitName().strip())) {
                            r.at(Where.target(t, "预算单位", ""))
                                    .with("table", Where.targetName(t))
                                    .with("unit", t.unitName().strip())
                                    .with("document", document)
                                    .expected(document)
                                    .actual(t.unitName().strip())
                                    .suggest("核对预算单位名称")
                                    .report();
                        }
                    });
                });
    }

    /**
     * The units a 部门 document lists as its members ("4.上海市普陀区市政工程建设中心" in 机构设置, or a cell of
     * its list of units): their own target tables name them as 预算单位.
     */
    private static Set<String> listedUnits(Disclosure d) {
        Set<String> out = new HashSet<>();
        d.paragraphs()
                .forEach(p -> out.add(LIST_NUMBER.matcher(p.text().strip()).replaceFirst("")));
        d.tables().forEach(t -> t.rows().forEach(r -> r.cells().forEach(cell -> out.add(cell.strip()))));
        out.removeIf(s -> s.length() < 4);
        return out;
    }

    private static Rule projectName() {
        return ConformityRule.of(
                "TGT.PROJECT-NAME",
                WARNING,
                CONSISTENCY,
                "绩效目标表的项目名称与项目支出说明不一致",
                "{table}的项目名称在项目支出说明中没有，最接近的是“{nearest}”",
                "名称忽略空白和全半角差异后比较",
                "I-30",
                (c, r) -> {
                    if (c.disclosure().targetTables().findAny().isEmpty()) {
                        return;
                    }
                    List<String> projects = Targets.narrativeProjects(c.disclosure());
                    if (projects.isEmpty()) {
                        return;
                    }
                    c.disclosure().targetTables().forEach(t -> {
                        String name = Texts.key(t.projectName());
                        if (name.isEmpty()
                                || projects.stream().anyMatch(p -> Texts.key(p).equals(name))) {
                            return;
                        }
                        String nearest = projects.get(0);
                        int best = -1;
                        for (String p : projects) {
                            int score = Targets.overlapPercent(t.projectName(), p)
                                    + Targets.overlapPercent(p, t.projectName());
                            if (score > best) {
                                best = score;
                                nearest = p;
                            }
                        }
                        r.at(Where.target(t, "项目名称", ""))
                                .with("table", Where.targetName(t))
                                .with("nearest", nearest)
                                .expected(nearest)
                                .actual(t.projectName().strip())
                                .suggest("与项目支出说明中的项目名称保持一致")
                                .report();
                    });
                });
    }
}
