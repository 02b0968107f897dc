package org.gongkai.core.audit.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Column roles of 决算 tables that print 预算数 beside 决算数 under one heading. */
class ColumnRoleTest {

    @Test
    void budgetColumnOfAPairCarriesNoRoleSoTheFinalColumnTakesIt() {
        assertThat(ColumnRole.ofAmountColumn("RECEPTION.budget", "公务接待费/预算数")).isEmpty();
        assertThat(ColumnRole.ofAmountColumn("RECEPTION", "公务接待费/决算数")).isEqualTo(ColumnRole.RECEPTION);
        assertThat(ColumnRole.ofAmountColumn("VEHICLES.budget", "公务用车购置及运行维护费/小计/预算数"))
                .isEmpty();
    }

    @Test
    void plainKeysAndUnkeyedLabelsKeepTheirRoles() {
        assertThat(ColumnRole.ofAmountColumn("", "公务接待费")).isEqualTo(ColumnRole.RECEPTION);
        assertThat(ColumnRole.ofAmountColumn("expenditure.total", "合计")).isEqualTo(ColumnRole.TOTAL);
        assertThat(ColumnRole.ofAmountColumn("", "预算数")).isEqualTo(ColumnRole.TOTAL);
    }
}
