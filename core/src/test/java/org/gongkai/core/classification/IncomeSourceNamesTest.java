package org.gongkai.core.classification;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.core.budget.IncomeSource;
import org.junit.jupiter.api.Test;

class IncomeSourceNamesTest {
    private final IncomeSourceNames names = IncomeSourceNames.shipped();

    @Test
    void shippedFileLoadsCleanly() {
        assertThat(names.problems()).isEmpty();
        assertThat(names.all()).hasSize(18);
        assertThat(names.all().get(0).key()).isEqualTo("GP_APPROP");
    }

    @Test
    void budgetAndFinalAccountsNames() {
        IncomeSourceNames.Entry gp = names.get("GP_APPROP").orElseThrow();
        assertThat(gp.budgetName()).isEqualTo("一般公共预算拨款收入");
        assertThat(gp.finalAccountsName()).isEqualTo("一般公共预算财政拨款收入");
        assertThat(gp.side()).isEqualTo("income");
        IncomeSourceNames.Entry use = names.get("USE_BUSINESS_FUND").orElseThrow();
        assertThat(use.finalAccountsName()).isEqualTo("使用非财政拨款结余");
        assertThat(use.note()).contains("用事业基金弥补收支差额");
        // full-width brackets are part of the name, not a note
        assertThat(names.get("PRIOR_CARRYOVER").orElseThrow().budgetName()).isEqualTo("上年结转（结余）");
        // a 决算-only row has no budget name; a budget row reported elsewhere in 决算 has no 决算 name
        assertThat(names.get("SURPLUS_DISTRIBUTION").orElseThrow().budgetName()).isEmpty();
        assertThat(names.get("FIN_SPECIAL").orElseThrow().finalAccountsName()).isEmpty();
        assertThat(names.get("NOPE")).isEmpty();
    }

    @Test
    void everyBudgetModelSourceHasARow() {
        for (IncomeSource s : IncomeSource.values()) {
            assertThat(names.forSource(s)).as(s.name()).isPresent();
        }
        assertThat(names.forSource(IncomeSource.PUBLIC_SERVICE).orElseThrow().budgetName())
                .isEqualTo("事业收入");
    }

    @Test
    void findsRowsByPrintedName() {
        assertThat(names.byPrintedName("经营收入"))
                .extracting(IncomeSourceNames.Entry::key)
                .containsExactly("OPERATING");
        assertThat(names.byPrintedName("上年结转(结余)"))
                .extracting(IncomeSourceNames.Entry::key)
                .containsExactly("PRIOR_CARRYOVER");
        assertThat(names.byPrintedName("总计"))
                .extracting(IncomeSourceNames.Entry::key)
                .contains("INCOME_TOTAL", "EXP_TOTAL");
        assertThat(names.byPrintedName("不存在的收入")).isEmpty();
    }

    @Test
    void brokenTextReportsEveryProblem() {
        String text = "key,name_budget,name_final_accounts,side,group,confidence\n"
                + "GP_APPROP,一般公共预算拨款收入,一般公共预算财政拨款收入,income,本年收入,verified\n" // 2 ok
                + "gp-x,a,b,income,本年收入,verified\n" // 3 bad key
                + "GP_APPROP,a,b,income,本年收入,verified\n" // 4 duplicate
                + "X1,,(none),income,本年收入,verified\n" // 5 no name at all
                + "X2,a,b,sideways,本年收入,verified\n" // 6 bad side
                + "X3,a,b,income,whatever,verified\n" // 7 bad group
                + "X4,a,b,income,本年收入,maybe\n"; // 8 bad confidence
        IncomeSourceNames parsed = IncomeSourceNames.parse("inc.csv", text);
        assertThat(parsed.problems())
                .filteredOn(p -> p.line() > 0)
                .extracting(LoadProblem::line)
                .containsExactly(3, 4, 5, 6, 7, 8);
        // rows the budget model needs but the text lacks are reported on the file
        assertThat(parsed.problems())
                .filteredOn(p -> p.line() == 0)
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.message()).contains("缺少收入来源"));
    }
}
