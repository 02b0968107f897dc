package org.gongkai.core.derive.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.core.amount.Amount;
import org.gongkai.core.budget.ExpenditureKind;
import org.gongkai.core.budget.FundSource;
import org.gongkai.core.budget.IncomeSource;
import org.gongkai.core.budget.QuantityKey;
import org.gongkai.core.template.LineFilter;

/** 一 总体, 二 收入, 三 支出, 四 财政拨款收支总体. Every amount is the tables' displayed figure. */
final class OverviewSections {
    private OverviewSections() {}

    /** 一: 收支总预算, income sources, expenditure by 类. */
    static void overview(Narration n) {
        Amount income = n.facts.incomeTotal();
        Amount spending = n.facts.expenditure(BudgetFacts.all());
        if (!income.equals(spending)) {
            n.issue(
                    "BALANCE-MISMATCH",
                    "$.income",
                    "收入合计（" + n.money(income) + "）与支出合计（" + n.money(spending) + "）不相等，收支总预算应当平衡。");
        }
        n.paragraph(n.vars("total", n.money(n.shown.income(LineFilter.ALL, ""))), "overview.intro");
        List<String> items = new ArrayList<>();
        for (IncomeSource s : n.facts.incomeBySource().keySet()) {
            items.add(item(n, n.name("incomeSourceNames", s.name()), n.shown.income(Narration.source(s), "")));
        }
        n.paragraph(n.vars("items", list(n, items)), "overview.income");
        n.paragraph(n.vars("items", classes(n, LineFilter.ALL, BudgetFacts.all())), "overview.expenditure");
    }

    /** "一般公共服务支出268.22万元、…" for the 类 of the lines a filter accepts. */
    static String classes(
            Narration n,
            LineFilter filter,
            java.util.function.Predicate<org.gongkai.core.budget.ExpenditureLine> lines) {
        List<String> items = new ArrayList<>();
        for (String code :
                n.facts.expenditureBy(lines, BudgetFacts.functionClass()).keySet()) {
            items.add(item(n, n.functionName(code), n.shown.expenditure(filter, code)));
        }
        return list(n, items);
    }

    static String item(Narration n, String name, BigDecimal shown) {
        return n.text(n.vars("name", name, "amount", n.money(shown)), "list.item");
    }

    static String list(Narration n, List<String> items) {
        return items.isEmpty() ? n.text(n.vars(), "list.none") : n.join(items);
    }

    /** 二: each source with amount, share, change and reason; required sources not present say 未安排. */
    static void income(Narration n) {
        n.paragraph(n.vars("total", n.money(n.shown.income(LineFilter.ALL, ""))), "income.intro");
        Map<IncomeSource, Amount> sources = n.facts.incomeBySource();
        List<BigDecimal> shares = Figures.shares(new ArrayList<>(sources.values()));
        List<String> lines = new ArrayList<>();
        int i = 0;
        for (var e : sources.entrySet()) {
            String name = n.name("incomeSourceNames", e.getKey().name());
            BigDecimal shown = n.shown.income(Narration.source(e.getKey()), "");
            String cmp = n.compare(QuantityKey.income(e.getKey()), name, e.getValue(), shown, "income");
            lines.add(n.text(
                    n.vars(
                            "name",
                            name,
                            "amount",
                            n.money(shown),
                            "share",
                            n.percent(shares.get(i)),
                            "comparison",
                            cmp),
                    "income.source"));
            i++;
        }
        for (String key : n.style.listOption("incomeAlwaysMentioned")) {
            if (!sources.containsKey(IncomeSource.valueOf(key))) {
                lines.add(n.text(n.vars("name", n.name("incomeSourceNames", key)), "income.absent"));
            }
        }
        n.lines(lines);
    }

    /** 三: 基本支出 and 项目支出 with shares adding up to 100.00%, changes and reasons. */
    static void expenditure(Narration n) {
        n.paragraph(n.vars("total", n.money(n.shown.expenditure(LineFilter.ALL, ""))), "expenditure.intro");
        ExpenditureKind[] kinds = {ExpenditureKind.BASIC, ExpenditureKind.PROJECT};
        String[] keys = {QuantityKey.BASIC, QuantityKey.PROJECT};
        String[] names = {"basic", "project"};
        List<Amount> parts = List.of(
                n.facts.expenditure(BudgetFacts.kind(kinds[0])), n.facts.expenditure(BudgetFacts.kind(kinds[1])));
        List<BigDecimal> shares = Figures.shares(parts);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String label = n.name("kindNames", names[i]);
            BigDecimal shown = n.shown.expenditure(Narration.lines(null, kinds[i]), "");
            String cmp = n.compare(keys[i], label, parts.get(i), shown, "expenditure");
            lines.add(n.text(
                    n.vars(
                            "name",
                            label,
                            "amount",
                            n.money(shown),
                            "share",
                            n.percent(shares.get(i)),
                            "comparison",
                            cmp),
                    "expenditure.part"));
        }
        n.lines(lines);
    }

    /** 四: 财政拨款 income by budget type and spending of each by 类. */
    static void fiscal(Narration n) {
        Map<IncomeSource, Amount> sources = n.facts.incomeBySource();
        sources.keySet().removeIf(s -> !s.isAppropriation());
        if (sources.isEmpty()) {
            n.paragraph(n.vars(), "fiscal.none");
            return;
        }
        BigDecimal total = BigDecimal.ZERO;
        List<String> items = new ArrayList<>();
        for (IncomeSource s : sources.keySet()) {
            BigDecimal shown = n.shown.income(Narration.source(s), "");
            total = total.add(shown);
            items.add(item(n, n.name("appropriationNames", s.name()), shown));
        }
        boolean onlyGeneral = sources.size() == 1 && sources.containsKey(IncomeSource.GP_APPROP);
        n.paragraph(n.vars("total", n.money(total)), onlyGeneral ? "fiscal.onlyGeneral" : "fiscal.intro");
        n.paragraph(n.vars("items", list(n, items)), "fiscal.income");
        for (FundSource fund : FundSource.values()) {
            if (!fund.isAppropriation()
                    || n.facts.expenditure(BudgetFacts.fund(fund)).isZero()) {
                continue;
            }
            n.paragraph(
                    n.vars(
                            "fund",
                            n.name("fundNames", fund.name()),
                            "items",
                            classes(n, Narration.lines(fund, null), BudgetFacts.fund(fund))),
                    "fiscal.expenditure");
        }
    }
}
