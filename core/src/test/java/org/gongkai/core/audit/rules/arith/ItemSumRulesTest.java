package org.gongkai.core.audit.rules.arith;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.audit.Docs;
import org.gongkai.core.audit.Finding;
import org.gongkai.core.audit.Fires;
import org.gongkai.core.audit.RuleProbe;
import org.gongkai.core.audit.Silent;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.testing.TestCodes;
import org.junit.jupiter.api.Test;

/**
 * FA.ITEM-SUM: the 年初预算 and 支出决算 of the items listed one by one in 五（三） add up to the totals the section
 * states first; a difference that rounding each item can explain is a ROUND.RESIDUE warning.
 */
class ItemSumRulesTest {
    private static final String[] ITEMS = {
        "社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项），主要用于支付退休人员补贴。年初预算为 %s 万元，",
        "支出决算为 %s 万元。决算数大于预算数的主要原因：年中人员退休。",
        "2.卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项），主要用于支付基本医疗保险费。年初预算为 %s 万元，支出决算为 %s 万元，" + "决算数小于预算数的主要原因：医疗保险实际支出较预算小。",
        "3.节能环保支出（类）污染防治（款）大气（项），主要用于扬尘污染防治监管等项目支出，年初预算为 %s 万元，支出决算为 %s 万元。"
    };

    /** Totals first, then three items' 年初预算/支出决算 in order. */
    private static Disclosure doc(String lead, String budget, String actual, String... items) {
        List<String> paras = new ArrayList<>();
        paras.add("一般公共预算财政拨款支出年初预算为 " + budget + " 万元，支出决算为 " + actual + " 万元，完成年初预算的 100%。" + lead + "其中：");
        paras.add("1." + String.format(ITEMS[0], items[0]));
        paras.add(String.format(ITEMS[1], items[1]));
        paras.add(String.format(ITEMS[2], items[2], items[3]));
        paras.add(String.format(ITEMS[3], items[4], items[5]));
        return Docs.budget(2025)
                .finalAccounts()
                .heading(2, "五", "一般公共预算财政拨款支出决算情况说明")
                .heading(3, "（三）", "一般公共预算财政拨款支出决算具体情况")
                .paras(paras.toArray(String[]::new))
                .build();
    }

    private static List<Finding> run(String id, Disclosure d) {
        return RuleProbe.run(id, d, TestCodes.INSTANCE);
    }

    @Test
    @Silent("FA.ITEM-SUM")
    void itemsThatAddUpOnBothSides() {
        Disclosure d = doc("", "300.00", "310.00", "51.50", "51.98", "78.57", "46.34", "169.93", "211.68");
        assertThat(run("FA.ITEM-SUM", d)).isEmpty();
        assertThat(run("ROUND.RESIDUE", d)).isEmpty();
    }

    @Test
    @Fires("FA.ITEM-SUM")
    void budgetsThatMissTheTotalWhileTheFinalsAddUp() {
        Disclosure d = doc("", "300.00", "310.00", "51.50", "51.98", "78.57", "46.34", "196.93", "211.68");
        assertThat(run("FA.ITEM-SUM", d)).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("所述年初预算总数为300.00万元", "逐项列出的3项年初预算之和为327.00万元", "相差-27.00万元");
            assertThat(f.location().quote()).startsWith("300.00");
            assertThat(f.locations()).hasSize(4);
        });
    }

    @Test
    @Fires("FA.ITEM-SUM")
    void finalsThatMissTheTotalWhileTheBudgetsAddUp() {
        Disclosure d = doc("", "300.00", "310.00", "51.50", "51.98", "78.57", "46.34", "169.93", "221.68");
        assertThat(run("FA.ITEM-SUM", d))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("所述支出决算总数为310.00万元", "之和为320.00万元"));
    }

    @Test
    @Silent("FA.ITEM-SUM")
    void aDifferenceOfOneStepIsARoundingResidue() {
        Disclosure d = doc("", "300.01", "310.00", "51.50", "51.98", "78.57", "46.34", "169.93", "211.68");
        assertThat(run("FA.ITEM-SUM", d)).isEmpty();
        assertThat(run("ROUND.RESIDUE", d)).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("年初预算", "相差0.01万元", "FA.ITEM-SUM");
            assertThat(f.severity()).isEqualTo(org.gongkai.core.audit.Severity.WARNING);
        });
    }

    @Test
    @Silent("FA.ITEM-SUM")
    void threeItemsRoundedAloneCannotExplainThreeSteps() {
        // (3 + 1) ÷ 2 = 2 steps at most from rounding: 0.02 is residue, 0.03 is an error
        Disclosure two = doc("", "300.02", "310.00", "51.50", "51.98", "78.57", "46.34", "169.93", "211.68");
        assertThat(run("FA.ITEM-SUM", two)).isEmpty();
        Disclosure three = doc("", "300.03", "310.00", "51.50", "51.98", "78.57", "46.34", "169.93", "211.68");
        assertThat(run("FA.ITEM-SUM", three)).hasSize(1);
    }

    @Test
    @Silent("FA.ITEM-SUM")
    void aListThatAddsUpOnNeitherSideMayLeaveItemsOut() {
        Disclosure d = doc("", "400.00", "410.00", "51.50", "51.98", "78.57", "46.34", "169.93", "211.68");
        assertThat(run("FA.ITEM-SUM", d)).isEmpty();
    }

    @Test
    @Silent("FA.ITEM-SUM")
    void aListOfTheMainItemsOnlyIsNotSummed() {
        Disclosure d = doc("主要项目如下，", "300.00", "310.00", "51.50", "51.98", "78.57", "46.34", "196.93", "211.68");
        assertThat(run("FA.ITEM-SUM", d)).isEmpty();
    }

    @Test
    @Silent("FA.ITEM-SUM")
    void budgetDisclosuresAreNotChecked() {
        Disclosure d = Docs.budget(2025)
                .heading(2, "五", "一般公共预算支出情况说明")
                .paras(
                        "一般公共预算支出年初预算为 300.00 万元，支出决算为 310.00 万元。其中：",
                        "1." + String.format(ITEMS[0], "99.00"),
                        String.format(ITEMS[1], "51.98"),
                        String.format(ITEMS[2], "78.57", "46.34"))
                .build();
        assertThat(run("FA.ITEM-SUM", d)).isEmpty();
    }
}
