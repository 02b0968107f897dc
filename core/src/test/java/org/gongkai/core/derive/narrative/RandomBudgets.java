package org.gongkai.core.derive.narrative;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.gongkai.core.amount.Amount;
import org.gongkai.core.budget.Budget;
import org.gongkai.core.budget.Comparative;
import org.gongkai.core.budget.ExpenditureKind;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.budget.FundSource;
import org.gongkai.core.budget.IncomeLine;
import org.gongkai.core.budget.IncomeSource;
import org.gongkai.core.budget.Procurement;
import org.gongkai.core.budget.Project;
import org.gongkai.core.budget.QuantityKey;
import org.gongkai.core.budget.Staffing;
import org.gongkai.core.budget.ThreePublic;
import org.gongkai.core.budget.UnitProfile;

/** Varied valid budgets for property tests: balanced income, mixed funds, kinds, codes and comparatives. */
final class RandomBudgets {
    static final String[] FUNCTIONS = {"2010504", "2010301", "2010302", "2080505", "2210201"};
    static final String[] BASIC_ECONOMIC = {
        "30101", "30102", "30103", "30108", "30113", "30201", "30207", "30211", "30217", "30228", "30229", "30302"
    };
    static final String[] PROJECT_ECONOMIC = {"30227", "30201", "31002"};

    private RandomBudgets() {}

    static Budget budget(Random r) {
        List<ExpenditureLine> lines = new ArrayList<>();
        List<Project> projects = new ArrayList<>();
        int count = 1 + r.nextInt(14);
        for (int i = 0; i < count; i++) {
            boolean basic = r.nextInt(3) > 0;
            String fn = FUNCTIONS[r.nextInt(FUNCTIONS.length)];
            FundSource fund = r.nextInt(6) == 0 ? FundSource.UNIT_FUNDS : FundSource.GENERAL_BUDGET;
            Amount amount = amount(r);
            if (basic) {
                lines.add(new ExpenditureLine(
                        fn,
                        BASIC_ECONOMIC[r.nextInt(BASIC_ECONOMIC.length)],
                        ExpenditureKind.BASIC,
                        fund,
                        amount,
                        null));
            } else {
                String id = "P" + i;
                lines.add(new ExpenditureLine(
                        fn,
                        PROJECT_ECONOMIC[r.nextInt(PROJECT_ECONOMIC.length)],
                        ExpenditureKind.PROJECT,
                        fund,
                        amount,
                        id));
                projects.add(new Project(id, "项目" + i, fn, "依据", "本单位", "用途", "全年", null, null));
            }
        }
        Map<String, Amount> general = new LinkedHashMap<>();
        Map<String, Amount> other = new LinkedHashMap<>();
        for (ExpenditureLine l : lines) {
            (l.fundSource() == FundSource.GENERAL_BUDGET ? general : other)
                    .merge(l.functionCode(), l.amount(), Amount::plus);
        }
        List<IncomeLine> income = new ArrayList<>();
        general.forEach((fn, a) -> income.add(new IncomeLine(IncomeSource.GP_APPROP, fn, a)));
        other.forEach((fn, a) -> income.add(new IncomeLine(IncomeSource.OTHER, fn, a)));

        Budget shape = new Budget(
                2021,
                2021,
                "xinjiang-2021",
                unit(),
                income,
                lines,
                projects,
                ThreePublic.NONE,
                null,
                Procurement.NONE,
                null,
                Map.of(),
                "",
                null);
        BudgetFacts f = new BudgetFacts(shape);
        Map<String, Amount> current = new LinkedHashMap<>();
        current.put(QuantityKey.income(IncomeSource.GP_APPROP), sum(general));
        current.put(QuantityKey.income(IncomeSource.OTHER), sum(other));
        current.put(QuantityKey.BASIC, f.expenditure(BudgetFacts.kind(ExpenditureKind.BASIC)));
        current.put(QuantityKey.PROJECT, f.expenditure(BudgetFacts.kind(ExpenditureKind.PROJECT)));
        current.put(
                QuantityKey.GENERAL_BASIC,
                f.expenditure(BudgetFacts.general().and(BudgetFacts.kind(ExpenditureKind.BASIC))));
        current.put(
                QuantityKey.GENERAL_PROJECT,
                f.expenditure(BudgetFacts.general().and(BudgetFacts.kind(ExpenditureKind.PROJECT))));
        current.put(QuantityKey.GENERAL_BUDGET, sum(general));
        general.forEach((fn, a) -> current.put(QuantityKey.generalFunction(fn), a));
        Map<String, Comparative> comparatives = new HashMap<>();
        current.forEach((key, now) -> {
            if (r.nextInt(5) == 0) {
                return; // missing comparative
            }
            Amount last = switch (r.nextInt(6)) {
                case 0 -> Amount.ZERO;
                case 1 -> now;
                default -> amount(r);
            };
            comparatives.put(key, new Comparative(last, r.nextBoolean() ? "原因" + r.nextInt(9) : ""));
        });
        return new Budget(
                2021,
                2021,
                "xinjiang-2021",
                unit(),
                income,
                lines,
                projects,
                ThreePublic.NONE,
                null,
                Procurement.NONE,
                null,
                comparatives,
                "",
                null);
    }

    private static Amount sum(Map<String, Amount> m) {
        return Amount.sum(m.values());
    }

    /** Amounts from 1 分 to 10 million 元, often whole 百元 (exactly displayable in 万元). */
    static Amount amount(Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> Amount.ofFen(1 + (long) (r.nextDouble() * 1_000_000_000L));
            case 1 -> Amount.ofYuan(100L * (1 + r.nextInt(100_000)));
            default -> Amount.ofFen(1 + r.nextInt(100_000));
        };
    }

    private static UnitProfile unit() {
        return new UnitProfile(
                "随机单位",
                "随机单位",
                "",
                UnitProfile.UnitType.ADMINISTRATIVE,
                List.of(),
                List.of(),
                List.of(),
                new Staffing(0, 0, 0, 0, 0, 0, 0, 0),
                0,
                0);
    }
}
