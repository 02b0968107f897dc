package org.gongkai.core.derive.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.core.amount.Amount;
import org.gongkai.core.budget.ExpenditureKind;
import org.gongkai.core.budget.QuantityKey;

/** 五 一般公共预算当年拨款 (规模, 结构, 具体使用) and 六 基本支出 (人员经费, 公用经费). */
final class GeneralBudgetSections {
    private GeneralBudgetSections() {}

    /** 五(一): total, 基本/项目 with change, rate and reason. */
    static void scale(Narration n) {
        Amount basic = n.facts.expenditure(BudgetFacts.general().and(BudgetFacts.kind(ExpenditureKind.BASIC)));
        Amount project = n.facts.expenditure(BudgetFacts.general().and(BudgetFacts.kind(ExpenditureKind.PROJECT)));
        BigDecimal total = Figures.alone(basic.plus(project), n.unit);
        List<BigDecimal> shown = Figures.parts(List.of(basic, project), total, n.unit);
        String basicText = n.text(
                n.vars(
                        "amount",
                        n.money(shown.get(0)),
                        "comparison",
                        n.compare(QuantityKey.GENERAL_BASIC, "一般公共预算基本支出", basic, shown.get(0), "general")),
                "general.scale.basic");
        String projectText = n.text(
                n.vars(
                        "amount",
                        n.money(shown.get(1)),
                        "comparison",
                        n.compare(QuantityKey.GENERAL_PROJECT, "一般公共预算项目支出", project, shown.get(1), "general")),
                "general.scale.project");
        n.paragraph(n.vars("total", n.money(total), "basic", basicText, "project", projectText), "general.scale");
    }

    /** 五(二): each 类 with amount and share (shares add up to 100.00%). */
    static void structure(Narration n) {
        Map<String, Amount> classes = n.facts.expenditureBy(BudgetFacts.general(), BudgetFacts.functionClass());
        if (classes.isEmpty()) {
            n.paragraph(n.vars(), "general.none");
            return;
        }
        List<Amount> amounts = new ArrayList<>(classes.values());
        List<BigDecimal> shown = Figures.parts(amounts, n.unit);
        List<BigDecimal> shares = Figures.shares(amounts);
        int i = 0;
        for (String code : classes.keySet()) {
            n.paragraph(
                    n.vars(
                            "n",
                            String.valueOf(i + 1),
                            "code",
                            code,
                            "name",
                            n.shortClassName(code),
                            "fullName",
                            n.functionName(code),
                            "amount",
                            n.money(shown.get(i)),
                            "share",
                            n.percent(shares.get(i))),
                    "general.structure.item");
            i++;
        }
    }

    /** 五(三): each 项 with code and official names, amount, last year, change, rate and reason. */
    static void items(Narration n) {
        Map<String, Amount> items = n.facts.expenditureBy(BudgetFacts.general(), BudgetFacts.functionItem());
        if (items.isEmpty()) {
            n.paragraph(n.vars(), "general.none");
            return;
        }
        List<Amount> amounts = new ArrayList<>(items.values());
        List<BigDecimal> shown = Figures.parts(amounts, n.unit);
        int i = 0;
        for (String code : items.keySet()) {
            String key = QuantityKey.generalFunction(code);
            // With a single 项 the total's comparison is the item's (I: the total has one 项).
            if (items.size() == 1
                    && n.budget.comparative(key).isEmpty()
                    && n.budget.comparative(QuantityKey.GENERAL_BUDGET).isPresent()) {
                key = QuantityKey.GENERAL_BUDGET;
            }
            String itemName = n.functionName(code);
            String cmp = n.compare(key, itemName + "（" + code + "）", amounts.get(i), shown.get(i), "generalItem");
            n.paragraph(
                    n.vars(
                            "n",
                            String.valueOf(i + 1),
                            "className",
                            n.shortClassName(BudgetFacts.prefix(code, 3)),
                            "classCode",
                            BudgetFacts.prefix(code, 3),
                            "sectionName",
                            n.functionName(BudgetFacts.prefix(code, 5)),
                            "sectionCode",
                            code.length() >= 5 ? code.substring(3, 5) : "",
                            "itemName",
                            itemName,
                            "itemCode",
                            code.length() >= 7 ? code.substring(5, 7) : "",
                            "code",
                            code,
                            "amount",
                            n.money(shown.get(i)),
                            "comparison",
                            cmp),
                    "general.item");
            i++;
        }
    }

    /** 六: 基本支出 split into 人员经费 and 公用经费 with their economic components. */
    static void basic(Narration n) {
        List<String> personnelClasses = n.style.listOption("personnelEconomicClasses");
        Map<String, Amount> personnel = n.facts.generalBasicByEconomic(personnelClasses, true);
        Map<String, Amount> publicCosts = n.facts.generalBasicByEconomic(personnelClasses, false);
        Amount p = Amount.sum(personnel.values());
        Amount c = Amount.sum(publicCosts.values());
        BigDecimal total = Figures.alone(p.plus(c), n.unit);
        List<BigDecimal> shown = Figures.parts(List.of(p, c), total, n.unit);
        n.paragraph(n.vars("total", n.money(total)), "basic.intro");
        n.paragraph(component(n, "basic.personnel", personnel, shown.get(0)));
        n.paragraph(component(n, "basic.public", publicCosts, shown.get(1)));
    }

    private static String component(Narration n, String key, Map<String, Amount> parts, BigDecimal shown) {
        if (parts.isEmpty()) {
            return n.text(n.vars("amount", n.money(shown)), key + "None");
        }
        List<BigDecimal> partShown = Figures.parts(new ArrayList<>(parts.values()), shown, n.unit);
        List<String> items = new ArrayList<>();
        int i = 0;
        for (String code : parts.keySet()) {
            items.add(n.text(n.vars("name", n.economicName(code), "amount", n.money(partShown.get(i))), "list.item"));
            i++;
        }
        return n.text(n.vars("amount", n.money(shown), "items", n.join(items)), key);
    }
}
