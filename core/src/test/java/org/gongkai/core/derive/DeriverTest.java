package org.gongkai.core.derive;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.core.classification.ReferenceData;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.Table;
import org.gongkai.core.testing.SampleBudgets;
import org.junit.jupiter.api.Test;

class DeriverTest {
    private static final String XJ = "xinjiang-2021-dept-budget";

    private Disclosure derive() {
        return Deriver.derive(SampleBudgets.small(XJ), ReferenceData.forYear(2021))
                .disclosure();
    }

    @Test
    void summaryTableListsEveryClassAndBalances() {
        Table t1 = derive().table("T1").orElseThrow();
        assertThat(t1.title()).isEqualTo("部门收支总体情况表");
        assertThat(t1.number()).isEqualTo("表一");
        assertThat(t1.unitLabel()).isEqualTo("万元");
        // 30 classes 201…234 plus the totals row.
        assertThat(t1.rows()).hasSize(31);
        assertThat(t1.cell("APPROP|201", "income.amount")).isEqualTo("205.40");
        assertThat(t1.cell("GP_APPROP|202", "income.amount")).isEqualTo("205.40");
        assertThat(t1.cell("APPROP|201", "expenditure.amount")).isEqualTo("205.40");
        assertThat(t1.cell("GF_APPROP|203", "income.amount")).isEmpty();
        assertThat(t1.cell("total|total", "income.amount")).isEqualTo("205.40");
        assertThat(t1.cell("total|total", "expenditure.amount")).isEqualTo("205.40");
        assertThat(t1.rows().get(0).cells().get(2)).isEqualTo("201 一般公共服务支出");
    }

    @Test
    void expenditureTableSplitsBasicAndProjectAdditively() {
        Table t3 = derive().table("T3").orElseThrow();
        assertThat(t3.rows()).extracting(Table.Row::key).containsExactly("201", "20105", "2010504", "total");
        assertThat(t3.cell("2010504", "name")).isEqualTo("信息事务");
        assertThat(t3.cell("2010504", "code.section")).isEqualTo("05");
        // basic 1,430,000.00 元 exactly → 143.00; project 62.40; total 205.40
        assertThat(t3.cell("201", "basic")).isEqualTo("143.00");
        assertThat(t3.cell("201", "project")).isEqualTo("62.40");
        assertThat(t3.cell("total", "total")).isEqualTo("205.40");
    }

    @Test
    void basicExpenditureTableSplitsPersonnelAndPublicAndAddsUp() {
        Disclosure d = derive();
        Table t6 = d.table("T6").orElseThrow();
        assertThat(t6.cell("total", "total"))
                .isEqualTo(d.table("T5").orElseThrow().cell("total", "basic"));
        // 301 = 137.954321 万元, 302 = 2.885679: the 0.01 left over by the floors goes to 302 (larger
        // remainder), and inside 302 to 30201 (1.623456, remainder 0.003456 beats 30228's 0.002223).
        assertThat(t6.cell("301", "personnel")).isEqualTo("137.95");
        assertThat(t6.cell("302", "public")).isEqualTo("2.89");
        assertThat(t6.cell("30201", "public")).isEqualTo("1.63");
        assertThat(t6.cell("30228", "public")).isEqualTo("0.76");
        assertThat(t6.cell("30201", "personnel")).isEmpty();
        assertThat(t6.cell("303", "total")).isEqualTo("2.16");
        assertThat(t6.cell("total", "personnel")).isEqualTo("140.11");
        assertThat(t6.cell("total", "public")).isEqualTo("2.89");
    }

    @Test
    void emptyFundTableCarriesTheNote() {
        Table t9 = derive().table("T9").orElseThrow();
        assertThat(t9.isEmpty()).isTrue();
        assertThat(t9.notes()).containsExactly("备注：测试电子政务中心无政府性基金预算拨款安排的支出，故本表为空表。");
        Table t5 = derive().table("T5").orElseThrow();
        assertThat(t5.notes()).isEmpty();
    }
}
