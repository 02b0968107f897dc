package org.gongkai.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.core.amount.Amount;
import org.gongkai.core.budget.Assets;
import org.gongkai.core.budget.Budget;
import org.gongkai.core.budget.ExpenditureKind;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.budget.FundSource;
import org.gongkai.core.budget.IncomeLine;
import org.gongkai.core.budget.IncomeSource;
import org.gongkai.core.budget.Procurement;
import org.gongkai.core.budget.Project;
import org.gongkai.core.budget.Staffing;
import org.gongkai.core.budget.ThreePublic;
import org.gongkai.core.budget.UnitProfile;

/** Small hand-made budgets for derivation tests (figures shaped like the 克州 2021 example). */
public final class SampleBudgets {
    private SampleBudgets() {}

    public static final String FN = "2010504";

    /** One 项, 基本支出 by economic code, two projects; all 一般公共预算. */
    public static Budget small(String templateId) {
        List<ExpenditureLine> lines = new ArrayList<>();
        basic(lines, "30101", "526300.00");
        basic(lines, "30102", "676700.00");
        basic(lines, "30108", "176543.21");
        basic(lines, "30302", "21600.00");
        basic(lines, "30201", "16234.56");
        basic(lines, "30217", "5000.00");
        basic(lines, "30228", "7622.23");
        lines.add(new ExpenditureLine(
                FN, "30227", ExpenditureKind.PROJECT, FundSource.GENERAL_BUDGET, Amount.ofYuan("120000.00"), "P1"));
        lines.add(new ExpenditureLine(
                FN, "30213", ExpenditureKind.PROJECT, FundSource.GENERAL_BUDGET, Amount.ofYuan("504000.00"), "P2"));
        Amount total = Amount.sum(lines.stream().map(ExpenditureLine::amount).toList());
        List<IncomeLine> income = List.of(new IncomeLine(IncomeSource.GP_APPROP, FN, total));
        UnitProfile unit = new UnitProfile(
                "测试电子政务中心",
                "测试自治州电子政务服务中心",
                "",
                UnitProfile.UnitType.ADMINISTRATIVE,
                List.of("负责电子政务建设。", "负责网站管理。"),
                List.of("综合科", "网络科"),
                List.of(),
                new Staffing(30, 16, 13, 3, 0, 0, 0, 0),
                0,
                0);
        Project.PerformanceTarget target = new Project.PerformanceTarget(
                "测试自治州电子政务服务中心",
                Amount.ofYuan("120000.00"),
                Amount.ZERO,
                "保障网站运行。",
                List.of(new Project.Indicator("项目完成", "数量指标", "托管设备（台）", "≥30")));
        List<Project> projects = List.of(
                new Project("P1", "网站托管费", FN, "州领导批示", "测试电子政务中心", "托管费", "2021年全年", null, target),
                new Project("P2", "专网租金", FN, "州领导批示", "测试电子政务中心", "租金", "2021年全年", null, null));
        return new Budget(
                2021,
                2021,
                templateId,
                unit,
                income,
                lines,
                projects,
                new ThreePublic(Amount.ZERO, Amount.ZERO, Amount.ZERO, Amount.ofYuan("5000.00")),
                null,
                Procurement.NONE,
                new Assets(
                        java.math.BigDecimal.ZERO,
                        Amount.ZERO,
                        List.of(),
                        Amount.ZERO,
                        Amount.ZERO,
                        0,
                        0,
                        Amount.ZERO,
                        0,
                        0),
                Map.of(),
                "",
                "2021-02-05");
    }

    private static void basic(List<ExpenditureLine> lines, String econ, String yuan) {
        lines.add(new ExpenditureLine(
                FN, econ, ExpenditureKind.BASIC, FundSource.GENERAL_BUDGET, Amount.ofYuan(yuan), null));
    }
}
