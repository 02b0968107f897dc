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

/** 一 总体, 二 收入, 三 支出, 四 财政拨款收支总体. */
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
        BigDecimal total = Figures.alone(income, n.unit);
        n.paragraph(n.vars("total", n.money(total)), "overview.intro");
        Map<IncomeSource, Amount> sources = n.facts.incomeBySource();
        List<String> names = sources.keySet().stream()
                .map(s -> n.name("incomeSourceNames", s.name()))
                .toList();
        n.paragraph(n.vars("items", listed(n, names, new ArrayList<>(sources.values()), total)), "overview.income");
        Map<String, Amount> classes = n.facts.expenditureBy(BudgetFacts.all(), BudgetFacts.functionClass());
        List<String> classNames = classes.keySet().stream().map(n::functionName).toList();
        BigDecimal spent = Figures.alone(spending, n.unit);
        n.paragraph(
                n.vars("items", listed(n, classNames, new ArrayList<>(classes.values()), spent)),
                "overview.expenditure");
    }

    /** "一般公共预算268.22万元、…": names with amounts allocated to a displayed total. */
    static String listed(Narration n, List<String> names, List<Amount> amounts, BigDecimal total) {
        if (names.isEmpty()) {
            return n.text(n.vars(), "list.none");
        }
        List<BigDecimal> shown = Figures.parts(amounts, total, n.unit);
        List<String> items = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            items.add(n.text(n.vars("name", names.get(i), "amount", n.money(shown.get(i))), "list.item"));
        }
        return n.join(items);
    }

    /** 二: each source with amount, share, change and reason; required sources not present say 未安排. */
    static void income(Narration n) {
        Amount total = n.facts.incomeTotal();
        BigDecimal totalShown = Figures.alone(total, n.unit);
        n.paragraph(n.vars("total", n.money(totalShown)), "income.intro");
        Map<IncomeSource, Amount> sources = n.facts.incomeBySource();
        List<Amount> amounts = new ArrayList<>(sources.values());
        List<BigDecimal> shown = Figures.parts(amounts, totalShown, n.unit);
        List<BigDecimal> shares = Figures.shares(amounts);
        List<String> lines = new ArrayList<>();
        int i = 0;
        for (var e : sources.entrySet()) {
            String name = n.name("incomeSourceNames", e.getKey().name());
            String cmp = n.compare(QuantityKey.income(e.getKey()), name, e.getValue(), shown.get(i), "income");
            lines.add(n.text(
                    n.vars(
                            "name",
                            name,
                            "amount",
                            n.money(shown.get(i)),
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
        Amount basic = n.facts.expenditure(BudgetFacts.kind(ExpenditureKind.BASIC));
        Amount project = n.facts.expenditure(BudgetFacts.kind(ExpenditureKind.PROJECT));
        BigDecimal total = Figures.alone(basic.plus(project), n.unit);
        n.paragraph(n.vars("total", n.money(total)), "expenditure.intro");
        List<Amount> parts = List.of(basic, project);
        List<BigDecimal> shown = Figures.parts(parts, total, n.unit);
        List<BigDecimal> shares = Figures.shares(parts);
        List<String> lines = new ArrayList<>();
        String[] keys = {QuantityKey.BASIC, QuantityKey.PROJECT};
        String[] names = {"basic", "project"};
        for (int i = 0; i < 2; i++) {
            String label = n.name("kindNames", names[i]);
            String cmp = n.compare(keys[i], label, parts.get(i), shown.get(i), "expenditure");
            lines.add(n.text(
                    n.vars(
                            "name",
                            label,
                            "amount",
                            n.money(shown.get(i)),
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
        Amount total = Amount.sum(sources.values());
        BigDecimal totalShown = Figures.alone(total, n.unit);
        boolean onlyGeneral = sources.size() == 1 && sources.containsKey(IncomeSource.GP_APPROP);
        if (sources.isEmpty()) {
            n.paragraph(n.vars(), "fiscal.none");
            return;
        }
        n.paragraph(n.vars("total", n.money(totalShown)), onlyGeneral ? "fiscal.onlyGeneral" : "fiscal.intro");
        List<String> names = sources.keySet().stream()
                .map(s -> n.name("appropriationNames", s.name()))
                .toList();
        n.paragraph(n.vars("items", listed(n, names, new ArrayList<>(sources.values()), totalShown)), "fiscal.income");
        for (FundSource fund : FundSource.values()) {
            if (!fund.isAppropriation()) {
                continue;
            }
            Map<String, Amount> classes = n.facts.expenditureBy(BudgetFacts.fund(fund), BudgetFacts.functionClass());
            if (classes.isEmpty()) {
                continue;
            }
            List<String> classNames =
                    classes.keySet().stream().map(n::functionName).toList();
            BigDecimal fundShown = Figures.alone(Amount.sum(classes.values()), n.unit);
            n.paragraph(
                    n.vars(
                            "fund",
                            n.name("fundNames", fund.name()),
                            "items",
                            listed(n, classNames, new ArrayList<>(classes.values()), fundShown)),
                    "fiscal.expenditure");
        }
    }
}
