package org.gongkai.core.derive.narrative;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.gongkai.core.amount.Amount;
import org.gongkai.core.budget.Budget;
import org.gongkai.core.budget.ExpenditureKind;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.budget.FundSource;
import org.gongkai.core.budget.IncomeLine;
import org.gongkai.core.budget.IncomeSource;

/** Exact sums of a budget's lines that the narrative talks about (nothing here is rounded). */
final class BudgetFacts {
    private final Budget budget;

    BudgetFacts(Budget budget) {
        this.budget = budget;
    }

    /** Income by source in enum order; sources without money are absent. */
    Map<IncomeSource, Amount> incomeBySource() {
        Map<IncomeSource, Amount> map = new EnumMap<>(IncomeSource.class);
        for (IncomeLine line : budget.income()) {
            map.merge(line.source(), line.amount(), Amount::plus);
        }
        map.values().removeIf(Amount::isZero);
        return map;
    }

    Amount incomeTotal() {
        return Amount.sum(budget.income().stream().map(IncomeLine::amount).toList());
    }

    Amount expenditure(Predicate<ExpenditureLine> filter) {
        return Amount.sum(budget.expenditure().stream()
                .filter(filter)
                .map(ExpenditureLine::amount)
                .toList());
    }

    /** Sums by a key (code prefix …) of the lines passing a filter, in key order, zero sums dropped. */
    Map<String, Amount> expenditureBy(Predicate<ExpenditureLine> filter, Function<ExpenditureLine, String> key) {
        Map<String, Amount> map = new TreeMap<>();
        for (ExpenditureLine line : budget.expenditure()) {
            if (filter.test(line)) {
                map.merge(key.apply(line), line.amount(), Amount::plus);
            }
        }
        map.values().removeIf(Amount::isZero);
        return map;
    }

    static Predicate<ExpenditureLine> all() {
        return l -> true;
    }

    static Predicate<ExpenditureLine> kind(ExpenditureKind kind) {
        return l -> l.kind() == kind;
    }

    static Predicate<ExpenditureLine> fund(FundSource fund) {
        return l -> l.fundSource() == fund;
    }

    static Predicate<ExpenditureLine> general() {
        return fund(FundSource.GENERAL_BUDGET);
    }

    static Predicate<ExpenditureLine> appropriation() {
        return l -> l.fundSource().isAppropriation();
    }

    static Function<ExpenditureLine, String> functionClass() {
        return l -> prefix(l.functionCode(), 3);
    }

    static Function<ExpenditureLine, String> functionItem() {
        return ExpenditureLine::functionCode;
    }

    static Function<ExpenditureLine, String> economic() {
        return ExpenditureLine::economicCode;
    }

    /** 一般公共预算 amount of each project, by project id (projects without such money are absent). */
    Map<String, Amount> generalByProject() {
        return expenditureBy(
                general().and(kind(ExpenditureKind.PROJECT)).and(l -> l.projectId() != null),
                ExpenditureLine::projectId);
    }

    static String prefix(String code, int length) {
        return code == null ? "" : code.length() <= length ? code : code.substring(0, length);
    }
}
