package org.gongkai.formats.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.core.SharedDir;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.Table;
import org.junit.jupiter.api.Test;

/** 决算 layouts of the per-page JSON corpus: the keys and cells the auditor relies on. */
class FinalAccountsReadTest {

    private static Disclosure read(String name) throws Exception {
        return Readers.read(SharedDir.corpus(name)).disclosure();
    }

    private static Table titled(Disclosure d, String title) {
        return d.tables()
                .filter(t -> t.title().equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("没有找到表格：" + title));
    }

    @Test
    void wholeCodesUnderSplitCodeHeaderAreOneCodeColumn() throws Exception {
        // header prints 类 / 款 / 项, but each code stands whole in the first column
        Table general = titled(read("006_putuo_shengtaihuanjingju_2025_dept_final.json"), "一般公共预算财政拨款支出决算表");
        assertThat(general.columns())
                .extracting(Table.Column::key)
                .containsExactly("code", "name", "total", "basic", "project");
        assertThat(general.cell("20805", "code")).isEqualTo("20805");
        assertThat(general.cell("2080501", "total")).isEqualTo("51.98");
        assertThat(general.cell("total", "total")).isEqualTo("4,733.14");
    }

    @Test
    void levelWordsOnTheTotalLineDoNotStopTheContinuation() throws Exception {
        // 类 款 项 printed on the 合计 line; the next page's grid has the codes whole and no blank code columns
        Table income = titled(read("006_putuo_shengtaihuanjingju_2025_dept_final.json"), "收入决算表");
        assertThat(income.columns()).extracting(Table.Column::key).startsWith("code", "name");
        assertThat(income.cell("total", "total")).isEqualTo("4,733.14");
        assertThat(income.row("total").orElseThrow().cells()).doesNotContain("款", "项");
        assertThat(income.cell("2110105", "total")).isEqualTo("7.50");
        assertThat(income.cell("2210203", "total")).isEqualTo("202.20");
    }

    @Test
    void splitCodesThatAreFilledStaySplit() throws Exception {
        Table economic = titled(read("006_putuo_shengtaihuanjingju_2025_dept_final.json"), "一般公共预算财政拨款基本支出决算表");
        assertThat(economic.columns()).extracting(Table.Column::key).startsWith("code.class", "code.section");
        assertThat(economic.cell("30101", "code.section")).isEqualTo("01");
    }

    @Test
    void sideBySideEconomicTableIsReadAsOneCodeList() throws Exception {
        Table economic = titled(read("004_putuo_wenlvju_2025_dept_final.json"), "一般公共预算财政拨款基本支出决算表");
        assertThat(economic.columns()).extracting(Table.Column::key).containsExactly("code", "name", "total");
        assertThat(economic.cell("301", "total")).isEqualTo("7,728.96");
        assertThat(economic.cell("302", "total")).isEqualTo("1,708.26");
        assertThat(economic.cell("30201", "name")).isEqualTo("办公费");
        assertThat(economic.cell("personnel", "total")).isEqualTo("8,055.07");
        assertThat(economic.cell("public", "total")).isEqualTo("1,745.29");
        // classes in code order although 302 was printed in the right half
        assertThat(economic.rows().stream().map(Table.Row::key).filter(k -> k.matches("\\d{3}")))
                .containsExactly("301", "302", "303", "310");
    }

    @Test
    void sideBySideTableContinuedOnNextPageKeepsItsRightHalf() throws Exception {
        Table economic = titled(read("005_putuo_yichuanlujiedao_2025_dept_final.json"), "一般公共预算财政拨款基本支出决算表");
        assertThat(economic.row("31099")).isPresent();
        assertThat(economic.cell("public", "total")).isEqualTo("1915.30");
        assertThat(economic.cell("30299", "total")).isEqualTo("1,844.57");
    }

    @Test
    void finalSummaryRowsOfBalancesHaveTheirOwnKeys() throws Exception {
        Table summary = titled(read("004_putuo_wenlvju_2025_dept_final.json"), "收入支出决算总表");
        // 使用非财政拨款结余 is no appropriation row; 年初结转和结余 is the carry-in
        assertThat(summary.rows()).extracting(Table.Row::key).doesNotContain("APPROP|");
        assertThat(summary.cell("CARRY_OVER|CARRY_FORWARD", "income.amount")).isEqualTo("52.61");
        assertThat(summary.rows()).extracting(Table.Row::key).contains("CAREER_FUND_MAKEUP|");
        Table appropriations = titled(read("006_putuo_shengtaihuanjingju_2025_dept_final.json"), "财政拨款收入支出决算总表");
        assertThat(appropriations.rows()).extracting(Table.Row::key).contains("CARRY_OVER|CARRY_FORWARD");
    }

    @Test
    void budgetAndFinalPairsKeyTheFinalColumn() throws Exception {
        Table threePublic = titled(read("004_putuo_wenlvju_2025_dept_final.json"), "财政拨款“三公”经费支出决算表");
        assertThat(threePublic.cell("budget", "RECEPTION")).isEqualTo("0.40");
        assertThat(threePublic.cell("budget", "RECEPTION.budget")).isEqualTo("2.11");
        assertThat(threePublic.cell("budget", "total")).isEqualTo("3.04");
        assertThat(threePublic.cell("budget", "vehicles")).isEqualTo("2.64");
    }

    @Test
    void totalsOfTheYearAreTotalColumns() throws Exception {
        Table spending = titled(read("004_putuo_wenlvju_2025_dept_final.json"), "支出决算表");
        assertThat(spending.cell("total", "total")).isEqualTo("26,538.47");
        assertThat(spending.cell("20709", "total")).isEqualTo("2.80");
    }
}
