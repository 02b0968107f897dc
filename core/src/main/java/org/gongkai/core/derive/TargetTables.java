package org.gongkai.core.derive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.amount.DisplayUnit;
import org.gongkai.core.amount.Rounding;
import org.gongkai.core.budget.Budget;
import org.gongkai.core.budget.Project;
import org.gongkai.core.budget.Project.PerformanceTarget;
import org.gongkai.core.derive.table.Figures;
import org.gongkai.core.disclosure.SourceRef;
import org.gongkai.core.disclosure.TargetTable;
import org.gongkai.core.template.Template;

/** The 项目支出绩效目标表 of every project that has a performance target, in project order. */
final class TargetTables {
    private TargetTables() {}

    static List<TargetTable> of(Budget budget, Template template, Figures figures, List<DerivationIssue> issues) {
        DisplayUnit unit = template.targets().unit();
        List<TargetTable> out = new ArrayList<>();
        for (int i = 0; i < budget.projects().size(); i++) {
            Project p = budget.projects().get(i);
            PerformanceTarget t = p.target();
            if (t == null) {
                continue;
            }
            // The project's displayed amount is the one its table row and the narrative use; the target
            // table shows the same figure when its 年度资金总额 is the project's amount.
            BigDecimal total = t.total().equals(figures.projectExact(p.id())) && figures.unit() == unit
                    ? figures.project(p.id())
                    : unit.round(t.total());
            if (!t.total().equals(figures.projectExact(p.id()))) {
                issues.add(new DerivationIssue(
                        "TARGET-AMOUNT-DIFFERS",
                        "$.projects[" + i + "].target",
                        "项目“" + p.name() + "”绩效目标表的年度资金总额（" + t.total() + "元）与该项目支出合计（" + figures.projectExact(p.id())
                                + "元）不一致，请核对。"));
            }
            List<BigDecimal> split = Rounding.allocate(List.of(t.fiscalAppropriation(), t.otherFunds()), total, unit);
            List<TargetTable.IndicatorRow> rows = new ArrayList<>(t.indicators().size());
            for (Project.Indicator ind : t.indicators()) {
                rows.add(new TargetTable.IndicatorRow(
                        ind.level1(), ind.level2(), ind.name(), ind.value(), SourceRef.NONE));
            }
            String unitName = t.unitName() == null || t.unitName().isBlank()
                    ? budget.unit().fullName()
                    : t.unitName();
            out.add(new TargetTable(
                    Integer.toString(budget.fiscalYear()),
                    p.name(),
                    unitName,
                    unit.label(),
                    text(total, template),
                    text(split.get(0), template),
                    text(split.get(1), template),
                    t.annualGoal(),
                    rows,
                    SourceRef.NONE));
        }
        return out;
    }

    private static String text(BigDecimal shown, Template template) {
        if (!template.targets().trimZeros()) {
            return shown.toPlainString();
        }
        BigDecimal s = shown.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
