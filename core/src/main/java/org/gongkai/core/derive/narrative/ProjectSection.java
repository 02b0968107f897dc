package org.gongkai.core.derive.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gongkai.core.amount.Amount;
import org.gongkai.core.budget.Project;

/** 七: each project of 一般公共预算项目支出 (情况一) and personal-subsidy projects (情况二, or 无). */
final class ProjectSection {
    private ProjectSection() {}

    private record Field(String key, String jsonField, Function<Project, String> value) {}

    private static final List<Field> COMMON = List.of(
            new Field("policyBasis", "policyBasis", Project::policyBasis),
            new Field("amount", "", p -> ""),
            new Field("undertakingUnit", "undertakingUnit", Project::undertakingUnit),
            new Field("allocation", "allocation", Project::allocation),
            new Field("executionPeriod", "executionPeriod", Project::executionPeriod));

    private static final List<Field> SUBSIDY = List.of(
            new Field("fundSource", "subsidy.fundSource", p -> p.subsidy().fundSource()),
            new Field("recipients", "subsidy.recipients", p -> p.subsidy().recipients()),
            new Field("standard", "subsidy.standard", p -> p.subsidy().standard()),
            new Field("scope", "subsidy.scope", p -> p.subsidy().scope()),
            new Field("method", "subsidy.method", p -> p.subsidy().method()),
            new Field("procedure", "subsidy.procedure", p -> p.subsidy().procedure()),
            new Field("beneficiaries", "subsidy.beneficiaries", p -> p.subsidy().beneficiaries()));

    static void write(Narration n) {
        Map<String, Amount> amounts = n.facts.generalByProject();
        List<Integer> ordinary = new ArrayList<>();
        List<Integer> subsidies = new ArrayList<>();
        for (int i = 0; i < n.budget.projects().size(); i++) {
            Project p = n.budget.projects().get(i);
            if (amounts.containsKey(p.id())) {
                (p.subsidy() == null ? ordinary : subsidies).add(i);
            }
        }
        // The tables' project figures (allocated from 项目支出, so they add up to it).
        List<BigDecimal> shown = new ArrayList<>();
        ordinary.forEach(
                i -> shown.add(n.shown.project(n.budget.projects().get(i).id())));
        subsidies.forEach(
                i -> shown.add(n.shown.project(n.budget.projects().get(i).id())));
        n.paragraph(n.vars(), "projects.case1");
        if (ordinary.isEmpty()) {
            n.paragraph(n.vars(), "projects.case1None");
        }
        int k = 0;
        for (int i : ordinary) {
            project(n, i, k + 1, shown.get(k), false);
            k++;
        }
        n.paragraph(n.vars(), "projects.case2");
        if (subsidies.isEmpty()) {
            String none = n.text(n.vars(), "projects.noneValue");
            n.paragraph(n.vars("value", none), "projects.field.noneName");
            for (Field f : COMMON) {
                n.paragraph(n.vars("value", none), "projects.field." + f.key());
            }
            for (Field f : SUBSIDY) {
                n.paragraph(n.vars("value", none), "projects.field." + f.key());
            }
        }
        int m = 1;
        for (int i : subsidies) {
            project(n, i, m++, shown.get(k), true);
            k++;
        }
    }

    private static void project(Narration n, int index, int number, BigDecimal amount, boolean subsidy) {
        Project p = n.budget.projects().get(index);
        n.paragraph(
                n.vars("n", String.valueOf(number), "value", detail(n, index, "name", p.name())),
                "projects.field.name");
        for (Field f : COMMON) {
            String value = f.key().equals("amount")
                    ? n.money(amount)
                    : detail(n, index, f.jsonField(), f.value().apply(p));
            n.paragraph(n.vars("value", value), "projects.field." + f.key());
        }
        if (subsidy) {
            for (Field f : SUBSIDY) {
                n.paragraph(
                        n.vars(
                                "value",
                                detail(n, index, f.jsonField(), f.value().apply(p))),
                        "projects.field." + f.key());
            }
        }
    }

    static String detail(Narration n, int index, String field, String value) {
        if (value == null || value.isBlank()) {
            n.issue(
                    "PROJECT-DETAIL-MISSING",
                    "$.projects[" + index + "]." + field,
                    "第" + (index + 1) + "个项目缺少" + n.name("projectFieldNames", field) + "，请补充。");
            return n.text(n.vars(), "projects.missingValue");
        }
        return value.strip();
    }
}
