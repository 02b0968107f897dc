package org.gongkai.core.audit.rules.conformity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.core.audit.Docs;
import org.gongkai.core.audit.Finding;
import org.gongkai.core.audit.Fires;
import org.gongkai.core.audit.RuleProbe;
import org.gongkai.core.audit.Silent;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.testing.TestCodes;
import org.junit.jupiter.api.Test;

class ItemChainRulesTest {
    private static final String ITEM = "1、文化旅游体育与传媒支出（类）文化和旅游（款）行政";
    private static final String FUND_ITEM = "1、住房保障支出（类）超长期特别国债安排的支出（款）其他住房保障支出（项）";

    private static List<Finding> run(String id, Disclosure d) {
        return RuleProbe.run(id, d, TestCodes.INSTANCE);
    }

    /**
     * A 决算 document: 支出决算表 and 一般公共预算财政拨款支出决算表 with 2070101 457.86 and 2219899 105.00, an item of
     * 五（三） printed over three lines (the chain is cut between 行政 and 运行), and an item of 八.
     */
    private static Disclosure doc(String gpLine2, String gpWords, String fundAmount, String className) {
        return Docs.budget(2025)
                .finalAccounts()
                .codeTable(
                        "T3",
                        "",
                        "支出决算表",
                        "207|文化旅游体育与传媒支出|457.86|454.06|3.80",
                        "20701|文化和旅游|457.86|454.06|3.80",
                        "2070101|行政运行|457.86|454.06|3.80",
                        "221|住房保障支出|105.00||105.00",
                        "22198|超长期特别国债安排的支出|105.00||105.00",
                        "2219899|其他住房保障支出|105.00||105.00")
                .codeTable(
                        "T5",
                        "",
                        "一般公共预算财政拨款支出决算表",
                        "207|文化旅游体育与传媒支出|457.86|454.06|3.80",
                        "20701|文化和旅游|457.86|454.06|3.80",
                        "2070101|行政运行|457.86|454.06|3.80")
                .heading(2, "五", "一般公共预算财政拨款支出决算情况说明")
                .heading(3, "（三）", "一般公共预算财政拨款支出决算具体情况")
                .para(ITEM.replace("文化旅游体育与传媒支出", className))
                .para("运行（项）。主要用于：维持局本部日常运转发生的人员和公用支出。年初预算为 511.66 万元，支出决算为 " + gpLine2)
                .para(gpWords)
                .heading(2, "八", "政府性基金预算财政拨款收入支出决算情况说明")
                .para(FUND_ITEM + fundAmount + " 万元，主要用于住宅老旧电梯更新改造。年初预算为 0.00 万元，支出决算为 " + fundAmount
                        + " 万元。决算数大于预算数的主要原因：新增项目。")
                .build();
    }

    private static Disclosure right() {
        return doc("457.86 万元。", "决算数小于预算数的主要原因：人员经费支出减少。", "105.00", "文化旅游体育与传媒支出");
    }

    @Test
    @Silent("FA.ITEM-AMOUNT")
    @Silent("FA.DIRECTION")
    @Silent("NARR.ITEM-CLASS-NAME")
    void consistentItemsAreSilent() {
        Disclosure d = right();
        assertThat(run("FA.ITEM-AMOUNT", d)).isEmpty();
        assertThat(run("FA.DIRECTION", d)).isEmpty();
        assertThat(run("NARR.ITEM-CLASS-NAME", d)).isEmpty();
    }

    @Test
    @Fires("FA.ITEM-AMOUNT")
    void finalFigureOfAGeneralBudgetItemDiffersFromTheTable() {
        Disclosure d = doc("475.86 万元。", "决算数小于预算数的主要原因：人员经费支出减少。", "105.00", "文化旅游体育与传媒支出");
        List<Finding> f = run("FA.ITEM-AMOUNT", d);
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.expected()).isEqualTo("457.86");
            assertThat(x.actual()).isEqualTo("475.86");
            assertThat(x.difference()).isEqualTo("18.00");
            assertThat(x.locations().get(0).quote()).isEqualTo("475.86");
            assertThat(x.locations().get(1).row()).contains("2070101");
        });
    }

    @Test
    @Fires("FA.ITEM-AMOUNT")
    void fundItemLargerThanAllSpendingOfItsCode() {
        List<Finding> f = run("FA.ITEM-AMOUNT", doc("457.86 万元。", "决算数小于预算数的原因：减少。", "135.00", "文化旅游体育与传媒支出"));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.expected()).isEqualTo("105.00");
            assertThat(x.actual()).isEqualTo("135.00");
            assertThat(x.message()).contains("超出该科目全部支出30.00万元");
        });
        // Less than the code's whole spending is possible (part of it from other funds).
        assertThat(run("FA.ITEM-AMOUNT", doc("457.86 万元。", "决算数小于预算数的原因：减少。", "95.00", "文化旅游体育与传媒支出")))
                .isEmpty();
    }

    @Test
    @Fires("FA.DIRECTION")
    void comparisonWordAgainstTheFigures() {
        List<Finding> f = run("FA.DIRECTION", doc("457.86 万元。", "决算数大于预算数的主要原因：人员经费支出增加。", "105.00", "文化旅游体育与传媒支出"));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.expected()).isEqualTo("决算数小于预算数");
            assertThat(x.actual()).isEqualTo("决算数大于预算数");
            assertThat(x.message()).contains("年初预算511.66万元、支出决算457.86万元");
        });
        assertThat(run("FA.DIRECTION", doc("511.66 万元。", "决算数与预算数持平。", "105.00", "文化旅游体育与传媒支出")))
                .isEmpty();
    }

    @Test
    @Fires("NARR.ITEM-CLASS-NAME")
    void formerNameOfTheClass() {
        List<Finding> f = run("NARR.ITEM-CLASS-NAME", doc("457.86 万元。", "决算数小于预算数的原因：减少。", "105.00", "文化体育与传媒支出"));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.expected()).isEqualTo("文化旅游体育与传媒支出");
            assertThat(x.actual()).isEqualTo("文化体育与传媒支出");
            assertThat(x.message()).contains("207");
        });
    }
}
