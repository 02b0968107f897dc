package org.gongkai.core.testing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
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
import org.gongkai.core.classification.CodeEntry;
import org.gongkai.core.classification.ReferenceData;

/**
 * Valid generated budgets for property tests: codes from the 2021 reference lists, amounts in 元 with 分
 * including awkward ones (12,345.67 元 does not display exactly in 万元), income that balances expenditure
 * per 资金性质, projects with and without targets, 三公 items.
 */
public final class BudgetGenerator {
    private static final List<String> ITEMS = ReferenceData.forYear(2021).functionList().all().stream()
            .filter(e -> e.level() == CodeEntry.Level.ITEM)
            .map(CodeEntry::code)
            .toList();
    private static final List<String> ECONOMIC = ReferenceData.forYear(2021).departmentEconomicList().all().stream()
            .filter(e -> e.level() == CodeEntry.Level.SECTION)
            .map(CodeEntry::code)
            .toList();
    private static final List<IncomeSource> UNIT_SOURCES = List.of(
            IncomeSource.PUBLIC_SERVICE,
            IncomeSource.SUPERIOR_SUBSIDY,
            IncomeSource.OPERATING,
            IncomeSource.SUBORDINATE_REMIT,
            IncomeSource.OTHER,
            IncomeSource.SUPERIOR_SPECIAL,
            IncomeSource.CAREER_FUND_MAKEUP,
            IncomeSource.CARRY_OVER);

    private BudgetGenerator() {}

    /**
     * Amounts in 分: round figures and awkward ones (12,345.67 元, 149.99 元) that do not display exactly in
     * 万元. Every line is at least 100 元, the smallest amount 万元 with two decimals can show; a budget line
     * that would print as 0.00 is not something a unit prepares.
     */
    public static Arbitrary<Amount> amounts() {
        return Arbitraries.frequencyOf(
                        Tuple.of(4, Arbitraries.longs().between(10_000L, 2_000_000_000L)),
                        Tuple.of(2, Arbitraries.longs().between(1, 100_000L).map(x -> x * 10_000L)),
                        Tuple.of(1, Arbitraries.of(1_234_567L, 10_000L, 14_999L, 15_000L, 9_999_999L)),
                        Tuple.of(1, Arbitraries.longs().between(10_000L, 99_999L)))
                .map(Amount::ofFen);
    }

    private record LineSpec(
            String fn, String econ, ExpenditureKind kind, FundSource fund, Amount amount, int project) {}

    private static Arbitrary<LineSpec> lines() {
        Arbitrary<FundSource> funds = Arbitraries.frequency(
                Tuple.of(6, FundSource.GENERAL_BUDGET),
                Tuple.of(2, FundSource.GOVERNMENT_FUND),
                Tuple.of(1, FundSource.STATE_CAPITAL),
                Tuple.of(1, FundSource.SPECIAL_ACCOUNT),
                Tuple.of(2, FundSource.UNIT_FUNDS));
        return Combinators.combine(
                        Arbitraries.of(ITEMS),
                        Arbitraries.of(ECONOMIC),
                        Arbitraries.of(ExpenditureKind.class),
                        funds,
                        amounts(),
                        Arbitraries.integers().between(0, 3))
                .as(LineSpec::new);
    }

    /** Budgets for one template. */
    public static Arbitrary<Budget> budgets(String templateId) {
        return Combinators.combine(
                        lines().list().ofMinSize(1).ofMaxSize(14),
                        amounts().list().ofSize(4),
                        Arbitraries.integers().between(0, 15).list().ofSize(4),
                        Arbitraries.integers().between(0, 1000))
                .as((specs, tp, zeroes, seed) -> build(templateId, specs, tp, zeroes, seed));
    }

    private static Budget build(
            String templateId, List<LineSpec> specs, List<Amount> tp, List<Integer> zero, int seed) {
        List<ExpenditureLine> lines = new ArrayList<>();
        Set<String> projectIds = new LinkedHashSet<>();
        Map<String, Amount> projectFiscal = new LinkedHashMap<>();
        Map<String, Amount> projectOther = new LinkedHashMap<>();
        Map<FundSource, Map<String, Amount>> byFund = new EnumMap<>(FundSource.class);
        for (LineSpec s : specs) {
            String pid = s.kind() == ExpenditureKind.PROJECT ? "P" + s.project() : null;
            lines.add(new ExpenditureLine(s.fn(), s.econ(), s.kind(), s.fund(), s.amount(), pid));
            byFund.computeIfAbsent(s.fund(), f -> new LinkedHashMap<>()).merge(s.fn(), s.amount(), Amount::plus);
            if (pid != null) {
                projectIds.add(pid);
                Map<String, Amount> bucket = s.fund().isAppropriation() ? projectFiscal : projectOther;
                bucket.merge(pid, s.amount(), Amount::plus);
            }
        }
        List<IncomeLine> income = new ArrayList<>();
        int k = seed;
        for (Map.Entry<FundSource, Map<String, Amount>> f : byFund.entrySet()) {
            for (Map.Entry<String, Amount> e : f.getValue().entrySet()) {
                IncomeSource source = switch (f.getKey()) {
                    case GENERAL_BUDGET -> IncomeSource.GP_APPROP;
                    case GOVERNMENT_FUND -> IncomeSource.GF_APPROP;
                    case STATE_CAPITAL -> IncomeSource.SOE_APPROP;
                    case SPECIAL_ACCOUNT -> IncomeSource.FIN_SPECIAL;
                    case UNIT_FUNDS -> UNIT_SOURCES.get(k++ % UNIT_SOURCES.size());
                };
                if (f.getKey() == FundSource.UNIT_FUNDS && e.getValue().fen() > 1) {
                    // Split unit money over two sources so the income side has several rows.
                    Amount half = Amount.ofFen(e.getValue().fen() / 2);
                    income.add(new IncomeLine(source, e.getKey(), half));
                    income.add(new IncomeLine(
                            UNIT_SOURCES.get(k++ % UNIT_SOURCES.size()),
                            e.getKey(),
                            e.getValue().minus(half)));
                } else {
                    income.add(new IncomeLine(source, e.getKey(), e.getValue()));
                }
            }
        }
        List<Project> projects = new ArrayList<>();
        int n = 0;
        for (String pid : projectIds) {
            Project.PerformanceTarget target = n++ % 2 == 0
                    ? new Project.PerformanceTarget(
                            "",
                            projectFiscal.getOrDefault(pid, Amount.ZERO),
                            projectOther.getOrDefault(pid, Amount.ZERO),
                            "完成年度任务。",
                            List.of(
                                    new Project.Indicator("产出指标", "数量指标", "完成事项（项）", "≥1"),
                                    new Project.Indicator("产出指标", "质量指标", "验收合格率（%）", "≥95%"),
                                    new Project.Indicator("效益指标", "社会效益指标", "保障工作正常开展", "有效保障"),
                                    new Project.Indicator("满意度指标", "服务对象满意度指标", "服务对象满意度（%）", "≥90%")))
                    : null;
            String fn = lines.stream()
                    .filter(l -> pid.equals(l.projectId()))
                    .findFirst()
                    .orElseThrow()
                    .functionCode();
            projects.add(new Project(pid, "项目" + pid, fn, "依据", "本单位", "分配", "全年", null, target));
        }
        // A valid budget's 三公 covers at least the 一般公共预算 money on the matching economic codes (I-26).
        ThreePublic three = new ThreePublic(
                (zero.get(0) < 5 ? Amount.ZERO : tp.get(0)).plus(generalOn(lines, "30212")),
                (zero.get(1) < 8 ? Amount.ZERO : tp.get(1)).plus(generalOn(lines, "31013", "30913")),
                (zero.get(2) < 5 ? Amount.ZERO : tp.get(2)).plus(generalOn(lines, "30231")),
                (zero.get(3) < 3 ? Amount.ZERO : tp.get(3)).plus(generalOn(lines, "30217")));
        UnitProfile unit = new UnitProfile(
                "测试单位",
                "测试单位全称",
                "",
                UnitProfile.UnitType.ADMINISTRATIVE,
                List.of("履行职责。"),
                List.of("办公室"),
                List.of(),
                new Staffing(10, 9, 8, 1, 0, 0, 0, 0),
                0,
                0);
        return new Budget(
                2021,
                2021,
                templateId,
                unit,
                income,
                lines,
                projects,
                three,
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

    private static Amount generalOn(List<ExpenditureLine> lines, String... economicCodes) {
        List<String> codes = List.of(economicCodes);
        return Amount.sum(lines.stream()
                .filter(l -> l.fundSource() == FundSource.GENERAL_BUDGET && codes.contains(l.economicCode()))
                .map(ExpenditureLine::amount)
                .toList());
    }
}
