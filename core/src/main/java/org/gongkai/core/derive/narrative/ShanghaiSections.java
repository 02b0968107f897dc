package org.gongkai.core.derive.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.core.amount.Amount;
import org.gongkai.core.budget.Comparative;
import org.gongkai.core.budget.FundSource;
import org.gongkai.core.budget.IncomeSource;
import org.gongkai.core.budget.Project;
import org.gongkai.core.budget.QuantityKey;
import org.gongkai.core.budget.ThreePublic;
import org.gongkai.core.disclosure.Heading;
import org.gongkai.core.disclosure.SourceRef;
import org.gongkai.core.template.LineFilter;

/**
 * Sections of the Shanghai family (部门预算编制说明, 其他相关情况说明 "三公", 项目经费情况说明), whose
 * shape differs from the Xinjiang 一–十: one running text for income and spending by budget type, a
 * per-项 list of 财政拨款 spending, and one explanation per project.
 */
final class ShanghaiSections {
    /** Optional comparatives key for 财政拨款 as a whole; otherwise the income sources' figures are summed. */
    static final String FISCAL_KEY = "fiscal.total";

    private static final List<IncomeSource> APPROPRIATIONS =
            List.of(IncomeSource.GP_APPROP, IncomeSource.GF_APPROP, IncomeSource.SOE_APPROP);

    private static final LineFilter APPROPRIATION = new LineFilter(
            java.util.Set.of(FundSource.GENERAL_BUDGET, FundSource.GOVERNMENT_FUND, FundSource.STATE_CAPITAL),
            java.util.Set.of(),
            "",
            java.util.Set.of());

    private ShanghaiSections() {}

    /** 部门预算编制说明: income, spending by budget type with changes, the reason, and 财政拨款 by 项. */
    static void budgetExplanation(Narration n) {
        Map<IncomeSource, Amount> sources = n.facts.incomeBySource();
        Amount fiscal = Amount.ZERO;
        for (IncomeSource s : APPROPRIATIONS) {
            fiscal = fiscal.plus(sources.getOrDefault(s, Amount.ZERO));
        }
        BigDecimal total = n.shown.income(LineFilter.ALL, "");
        BigDecimal fiscalShown = BigDecimal.ZERO;
        for (IncomeSource s : APPROPRIATIONS) {
            fiscalShown = fiscalShown.add(n.shown.income(Narration.source(s), ""));
        }
        Optional<Comparative> fiscalLast = Comparisons.statedOrSum(
                n,
                FISCAL_KEY,
                APPROPRIATIONS.stream().map(QuantityKey::income).toList(),
                APPROPRIATIONS.stream()
                        .map(s -> sources.getOrDefault(s, Amount.ZERO))
                        .toList());
        String fiscalCmp = Comparisons.phrase(n, FISCAL_KEY, fiscalLast, "财政拨款收入", fiscal, fiscalShown, "fiscalTotal");
        List<String> others = new ArrayList<>();
        for (String key : n.style.listOption("otherIncomeLines")) {
            BigDecimal a = n.shown.income(Narration.source(IncomeSource.valueOf(key)), "");
            others.add(OverviewSections.item(n, n.name("incomeSourceNames", key), a));
        }
        n.paragraph(
                n.vars(
                        "total",
                        n.money(total),
                        "fiscal",
                        n.money(fiscalShown),
                        "comparison",
                        fiscalCmp,
                        "others",
                        String.join("；", others)),
                "explanation.income");
        BigDecimal spending = n.shown.expenditure(LineFilter.ALL, "");
        Amount fiscalSpending = n.facts.expenditure(BudgetFacts.appropriation());
        BigDecimal fiscalSpendingShown = BigDecimal.ZERO;
        for (IncomeSource s : APPROPRIATIONS) {
            fiscalSpendingShown =
                    fiscalSpendingShown.add(n.shown.expenditure(Narration.lines(s.fundSource(), null), ""));
        }
        List<String> funds = new ArrayList<>();
        for (IncomeSource s : APPROPRIATIONS) {
            Amount a = n.facts.expenditure(BudgetFacts.fund(s.fundSource()));
            BigDecimal shown = n.shown.expenditure(Narration.lines(s.fundSource(), null), "");
            String name = n.name("fundNames", s.fundSource().name());
            String cmp = n.compare(QuantityKey.income(s), name, a, shown, "fiscalTotal");
            funds.add(n.text(n.vars("name", name, "amount", n.money(shown), "comparison", cmp), "explanation.fund"));
        }
        String spendingCmp = Comparisons.phrase(
                n, FISCAL_KEY, fiscalLast, "财政拨款支出", fiscalSpending, fiscalSpendingShown, "fiscalTotal");
        n.paragraph(
                n.vars(
                        "total",
                        n.money(spending),
                        "fiscal",
                        n.money(fiscalSpendingShown),
                        "comparison",
                        spendingCmp,
                        "funds",
                        String.join("；", funds)),
                "explanation.expenditure");
        if (fiscalLast.isPresent()) {
            reason(n, fiscalLast.get(), fiscal);
        }
        items(n);
    }

    private static void reason(Narration n, Comparative c, Amount current) {
        String reason = Comparisons.cleanReason(c.reason());
        BigDecimal change = Figures.alone(current.minus(c.lastYear()), n.unit);
        if (reason.isEmpty() || change.signum() == 0) {
            return;
        }
        String word = n.text(n.vars(), change.signum() > 0 ? "explanation.wordUp" : "explanation.wordDown");
        n.paragraph(n.vars("direction", word, "reason", reason), "explanation.reason");
    }

    /** 财政拨款支出主要内容: each 项 with its full names and amount. */
    private static void items(Narration n) {
        Map<String, Amount> items = n.facts.expenditureBy(BudgetFacts.appropriation(), BudgetFacts.functionItem());
        if (items.isEmpty()) {
            return;
        }
        n.paragraph(n.vars(), "explanation.itemsIntro");
        int i = 0;
        for (String code : items.keySet()) {
            n.paragraph(
                    n.vars(
                            "n",
                            String.valueOf(i + 1),
                            "className",
                            n.functionName(BudgetFacts.prefix(code, 3)),
                            "sectionName",
                            n.functionName(BudgetFacts.prefix(code, 5)),
                            "itemName",
                            n.functionName(code),
                            "code",
                            code,
                            "amount",
                            n.money(n.shown.expenditure(APPROPRIATION, code))),
                    "explanation.item");
            i++;
        }
    }

    /** "三公" with each item compared to last year; 公务用车购置及运行费 as a subtotal of its two items. */
    static void threePublic(Narration n) {
        ThreePublic tp = n.budget.threePublic() == null ? ThreePublic.NONE : n.budget.threePublic();
        BigDecimal total = n.shown.threePublic("total");
        List<BigDecimal> top = List.of(
                n.shown.threePublic("ABROAD"), n.shown.threePublic("vehicles"), n.shown.threePublic("RECEPTION"));
        List<BigDecimal> cars =
                List.of(n.shown.threePublic("VEHICLE_PURCHASE"), n.shown.threePublic("VEHICLE_OPERATION"));
        String totalCmp = n.compare(QuantityKey.THREE_PUBLIC, "三公经费", tp.total(), total, "threePublic");
        n.paragraph(n.vars("amount", n.money(total), "comparison", totalCmp), "threePublic.total");
        n.paragraph(item(n, ThreePublic.Item.ABROAD, tp.abroad(), top.get(0)), "threePublic.abroad");
        Optional<Comparative> carsLast = Comparisons.statedOrSum(
                n,
                "threePublic.VEHICLES",
                List.of(
                        QuantityKey.threePublic(ThreePublic.Item.VEHICLE_PURCHASE),
                        QuantityKey.threePublic(ThreePublic.Item.VEHICLE_OPERATION)),
                List.of(tp.vehiclePurchase(), tp.vehicleOperation()));
        String carsCmp = Comparisons.phrase(
                n, "threePublic.VEHICLES", carsLast, "公务用车购置及运行费", tp.vehicles(), top.get(1), "threePublic");
        var v = n.vars("amount", n.money(top.get(1)), "comparison", carsCmp);
        v.put(
                "purchase",
                n.text(
                        item(n, ThreePublic.Item.VEHICLE_PURCHASE, tp.vehiclePurchase(), cars.get(0)),
                        "threePublic.purchase"));
        v.put(
                "operation",
                n.text(
                        item(n, ThreePublic.Item.VEHICLE_OPERATION, tp.vehicleOperation(), cars.get(1)),
                        "threePublic.operation"));
        n.paragraph(v, "threePublic.vehicles");
        n.paragraph(item(n, ThreePublic.Item.RECEPTION, tp.reception(), top.get(2)), "threePublic.reception");
    }

    private static Map<String, String> item(Narration n, ThreePublic.Item item, Amount amount, BigDecimal shown) {
        String name = n.name("threePublicNames", item.name());
        return n.vars(
                "amount",
                n.money(shown),
                "comparison",
                n.compare(QuantityKey.threePublic(item), name, amount, shown, "threePublic"));
    }

    /** 项目经费情况说明: one heading and the standard items per project with money. */
    static void projectExplanations(Narration n) {
        Map<String, Amount> amounts =
                n.facts.expenditureBy(l -> l.projectId() != null, org.gongkai.core.budget.ExpenditureLine::projectId);
        String base = n.path;
        for (int i = 0; i < n.budget.projects().size(); i++) {
            Project p = n.budget.projects().get(i);
            Amount a = amounts.get(p.id());
            if (a == null) {
                continue;
            }
            String title = n.text(n.vars("name", p.name()), "projectExplanation.heading");
            n.blocks.add(new Heading(2, "", title, SourceRef.NONE));
            n.path = base.isEmpty() ? p.name() : base + "/" + p.name();
            String goal = p.target() == null ? "" : p.target().annualGoal();
            String summary = goal == null || goal.isBlank() ? p.allocation() : goal;
            n.paragraph(
                    n.vars("value", ProjectSection.detail(n, i, "allocation", summary)), "projectExplanation.summary");
            n.paragraph(
                    n.vars("value", ProjectSection.detail(n, i, "policyBasis", p.policyBasis())),
                    "projectExplanation.basis");
            n.paragraph(
                    n.vars("value", ProjectSection.detail(n, i, "undertakingUnit", p.undertakingUnit())),
                    "projectExplanation.undertaker");
            n.paragraph(
                    n.vars("value", ProjectSection.detail(n, i, "allocation", p.allocation())),
                    "projectExplanation.plan");
            n.paragraph(
                    n.vars("value", ProjectSection.detail(n, i, "executionPeriod", p.executionPeriod())),
                    "projectExplanation.period");
            n.paragraph(n.vars("value", n.money(n.shown.project(p.id()))), "projectExplanation.amount");
            n.paragraph(n.vars(), "projectExplanation.target");
        }
        n.path = base;
    }
}
