package org.gongkai.core.audit.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Class rows of summary tables labelled by name only (决算 and Shanghai 收支总表) get their 类 code. */
class RowRoleClassNameTest {
    @Test
    void classNamesWithOrdinalsAreClassCodes() {
        assertThat(RowRole.expense("七、文化旅游体育与传媒支出")).isEqualTo("207");
        assertThat(RowRole.expense("五、教育支出")).isEqualTo("205");
        assertThat(RowRole.expense("二十四、抗疫特别国债安排的支出")).isEqualTo("234");
        // a label cut by a line wrap still names one class
        assertThat(RowRole.expense("一、社会保障和就业")).isEqualTo("208");
        assertThat(RowRole.expense("五、资源勘探工业信")).isEqualTo("215");
    }

    @Test
    void otherLabelsAreNoClass() {
        assertThat(RowRole.expense("本年支出合计")).isEqualTo(RowRole.EXPENSE_SUBTOTAL);
        assertThat(RowRole.expense("年末结转和结余")).isEqualTo(RowRole.CARRY_FORWARD);
        assertThat(RowRole.expense("结余分配")).isEmpty();
        assertThat(RowRole.expense("项目")).isEmpty();
        // too short a head to name one class
        assertThat(RowRole.expense("一、社会")).isEmpty();
        assertThat(RowRole.expense("某某专项支出")).isEmpty();
    }
}
