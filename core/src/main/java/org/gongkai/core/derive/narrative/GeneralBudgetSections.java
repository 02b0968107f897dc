package org.gongkai.core.derive.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.core.amount.Amount;
import org.gongkai.core.budget.ExpenditureKind;
import org.gongkai.core.budget.FundSource;
import org.gongkai.core.budget.QuantityKey;
import org.gongkai.core.template.LineFilter;

/** 五 一般公共预算当年拨款 (规模, 结构, 具体使用) and 六 基本支出 (人员经费, 公用经费). */
final class GeneralBudgetSections {
    static final LineFilter GENERAL = Narration.lines(FundSource.GENERAL_BUDGET, null);
    static final LineFilter GENERAL_BASIC = Narration.lines(FundSource.GENERAL_BUDGET, ExpenditureKind.BASIC);
    static final LineFilter GENERAL_PROJECT = Narration.lines(FundSource.GENERAL_BUDGET, ExpenditureKind.PROJECT);

    private GeneralBudgetSections() {}

    /** 五(一): total, 基本/项目 with change, rate and reason. */
    static void scale(Narration n) {
        Amount basic = n.facts.expenditure(BudgetFacts.general().and(BudgetFacts.kind(ExpenditureKind.BASIC)));
        Amount project = n.facts.expenditure(BudgetFacts.general().and(BudgetFacts.kind(ExpenditureKind.PROJECT)));
        BigDecimal basicShown = n.shown.expenditure(GENERAL_BASIC, "");
        BigDecimal projectShown = n.shown.expenditure(GENERAL_PROJECT, "");
        String basicText = n.text(
                n.vars(
                        "amount",
                        n.money(basicShown),
                        "comparison",
                        n.compare(QuantityKey.GENERAL_BASIC, "一般公共预算基本支出", basic, basicShown, "general")),
                "general.scale.basic");
        String projectText = n.text(
                n.vars(
                        "amount",
                        n.money(projectShown),
                        "comparison",
                        n.compare(QuantityKey.GENERAL_PROJECT, "一般公共预算项目支出", project, projectShown, "general")),
                "general.scale.project");
        n.paragraph(
                n.vars("total", n.money(n.shown.expenditure(GENERAL, "")), "basic", basicText, "project", projectText),
                "general.scale");
    }

    /** 五(二): each 类 with amount and share (shares add up to 100.00%). */
    static void structure(Narration n) {
        Map<String, Amount> classes = n.facts.expenditureBy(BudgetFacts.general(), BudgetFacts.functionClass());
        if (classes.isEmpty()) {
            n.paragraph(n.vars(), "general.none");
            return;
        }
        List<BigDecimal> shares = Figures.shares(new ArrayList<>(classes.values()));
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
                            n.money(n.shown.expenditure(GENERAL, code)),
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
        int i = 0;
        for (var e : items.entrySet()) {
            String code = e.getKey();
            String key = QuantityKey.generalFunction(code);
            // With a single 项 the total's comparison is the item's.
            if (items.size() == 1
                    && n.budget.comparative(key).isEmpty()
                    && n.budget.comparative(QuantityKey.GENERAL_BUDGET).isPresent()) {
                key = QuantityKey.GENERAL_BUDGET;
            }
            String itemName = n.functionName(code);
            BigDecimal shown = n.shown.expenditure(GENERAL, code);
            String cmp = n.compare(key, itemName + "（" + code + "）", e.getValue(), shown, "generalItem");
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
                            n.money(shown),
                            "comparison",
                            cmp),
                    "general.item");
            i++;
        }
    }

    /** 六: 基本支出 split into 人员经费 and 公用经费 with their economic components, as 表六 shows them. */
    static void basic(Narration n) {
        n.paragraph(n.vars("total", n.money(n.shown.expenditure(GENERAL_BASIC, ""))), "basic.intro");
        n.paragraph(component(n, "basic.personnel", "personnel"));
        n.paragraph(component(n, "basic.public", "public"));
        Map<String, Amount> all = n.facts.expenditureBy(
                BudgetFacts.general().and(BudgetFacts.kind(ExpenditureKind.BASIC)), BudgetFacts.economic());
        for (String code : all.keySet()) {
            if (n.split.roleOf(code).isEmpty()) {
                n.issue(
                        "ECONOMIC-ROLE-UNKNOWN",
                        "$.expenditure[?(@.economicCode=='" + code + "')]",
                        "基本支出经济分类 " + code + " 既不属于人员经费也不属于公用经费，情况说明六未列出；请核对科目。");
            }
        }
    }

    private static String component(Narration n, String key, String role) {
        BigDecimal amount = n.shown.economic(GENERAL_BASIC, "", n.split, role);
        Map<String, Amount> parts = n.facts.expenditureBy(
                BudgetFacts.general()
                        .and(BudgetFacts.kind(ExpenditureKind.BASIC))
                        .and(l -> role.equals(n.split.roleOf(l.economicCode()))),
                BudgetFacts.economic());
        if (parts.isEmpty()) {
            return n.text(n.vars("amount", n.money(amount)), key + "None");
        }
        List<String> items = new ArrayList<>();
        for (String code : parts.keySet()) {
            items.add(OverviewSections.item(
                    n, n.economicName(code), n.shown.economic(GENERAL_BASIC, code, n.split, role)));
        }
        return n.text(n.vars("amount", n.money(amount), "items", n.join(items)), key);
    }
}
