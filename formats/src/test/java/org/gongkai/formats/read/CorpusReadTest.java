package org.gongkai.formats.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.core.SharedDir;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.DisclosureInfo.Kind;
import org.gongkai.core.disclosure.Table;
import org.gongkai.core.disclosure.TargetTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reads the development corpus: pdftotext -layout text and per-page JSON, checking real cells. */
class CorpusReadTest {

    private static Disclosure read(String name) throws Exception {
        return Readers.read(SharedDir.corpus(name)).disclosure();
    }

    private static Table titled(Disclosure d, String titlePart) {
        return d.tables()
                .filter(t -> t.title().contains(titlePart))
                .findFirst()
                .orElseThrow(() -> new AssertionError("没有找到表格：" + titlePart));
    }

    @Test
    void departmentBudgetFromPdftotextLayout() throws Exception {
        Disclosure d = read("011_putuo_zhengfuban_2025_dept_budget.txt");
        assertThat(d.info().fiscalYear()).isEqualTo(2025);
        assertThat(d.info().kind()).isEqualTo(Kind.BUDGET);
        assertThat(d.info().templateId()).isEqualTo("shanghai-dept-budget");
        assertThat(d.info().unitName()).isEqualTo("上海市普陀区人民政府办公室");
        Table spending = titled(d, "部门支出预算总表");
        assertThat(spending.unitLabel()).isEqualTo("元");
        assertThat(spending.cell("2010301", "total")).isEqualTo("12,029,501.84");
        assertThat(spending.cell("2010301", "basic")).isEqualTo("11,919,501.84");
        assertThat(spending.cell("2010302", "basic")).isEmpty();
        assertThat(spending.cell("2010302", "project")).isEqualTo("46,140,000.00");
        assertThat(spending.cell("total", "total")).isEqualTo("91,016,775.35");
        // the table runs over two pages: rows of the second page are there too
        assertThat(spending.cell("2210203", "total")).isEqualTo("1,867,680.00");
        Table appropriations = titled(d, "部门财政拨款收支预算总表");
        assertThat(appropriations.cell("total|total", "income.amount")).isEqualTo("91,016,775.35");
        assertThat(appropriations.cell("GP_APPROP|", "expenditure.GENERAL_BUDGET"))
                .isEqualTo("82,096,797.42");
        Table threePublic = titled(d, "“三公”经费和机关运行经费预算表");
        assertThat(threePublic.unitLabel()).isEqualTo("万元");
        assertThat(threePublic.cell("budget", "total")).isEqualTo("867.50");
        assertThat(threePublic.cell("budget", "ABROAD")).isEqualTo("839.00");
        assertThat(threePublic.cell("budget", "operatingCosts")).isEqualTo("213.28");
        Table fund = titled(d, "部门政府性基金预算支出功能分类预算表");
        assertThat(fund.isEmpty()).isTrue();
        assertThat(fund.notes()).singleElement().asString().contains("本表为空表");
    }

    @Test
    void tableKeysNameTheContentNotThePrintedNumber() throws Exception {
        Disclosure d = read("011_putuo_zhengfuban_2025_dept_budget.txt");
        assertThat(d.tables().map(Table::key)).containsExactly("T1", "T2", "T3", "T4", "T5", "T9", "T10", "T6", "T8");
        Disclosure finals = read("004_putuo_wenlvju_2025_dept_final.json");
        assertThat(titled(finals, "财政拨款收入支出决算总表").key()).isEqualTo("T4");
        assertThat(titled(finals, "收入支出决算总表").key()).isEqualTo("T1");
        assertThat(titled(finals, "一般公共预算财政拨款基本支出决算表").key()).isEqualTo("T6");
    }

    @Test
    void unitBudgetFromPdftotextLayout() throws Exception {
        Disclosure d = read("012_putuo_zhengfuban_2025_unit_budget.txt");
        assertThat(d.info().templateId()).isEqualTo("shanghai-unit-budget");
        Table income = titled(d, "预算单位收入预算总表");
        assertThat(income.cell("201", "APPROP")).isEqualTo("82,096,797.42");
        // "务支出" on a line of its own ends the full-width label above, not the label below
        assertThat(String.join("", income.row("2010399").orElseThrow().cells())).contains("其他政府办公厅（室）及相关机构事务支出");
        assertThat(String.join("", income.row("208").orElseThrow().cells()))
                .contains("社会保障和就业支出")
                .doesNotContain("务支出社会");
        Table economic = titled(d, "基本支出部门预算经济分类预算表");
        assertThat(economic.cell("301", "total")).isEqualTo("21,170,337.81");
        assertThat(economic.cell("total", "personnel")).isNotEmpty();
        // the 款 digits stand at the start of the name column ("301 | 01 基本工资"): the row is 30101
        assertThat(economic.cell("30101", "total")).isEqualTo("2,540,192.00");
        assertThat(economic.cell("30101", "name")).isEqualTo("基本工资");
        assertThat(economic.cell("30101", "code")).isEqualTo("30101");
        assertThat(economic.cell("30201", "public")).isEqualTo("259,400.00");
    }

    @Test
    void finalAccountsTemplateFromPdftotextLayout() throws Exception {
        Disclosure d = read("007_shanghai_bumenjuesuan_moban_2024_template.txt");
        assertThat(d.info().kind()).isEqualTo(Kind.FINAL_ACCOUNTS);
        assertThat(d.info().templateId()).isEqualTo("national-final-accounts");
        Table general = titled(d, "一般公共预算财政拨款支出决算表");
        assertThat(general.unitLabel()).isEqualTo("万元");
        assertThat(general.rows()).extracting(Table.Row::key).contains("205", "20502", "2050205");
        assertThat(general.cell("2050205", "name")).isEqualTo("高等教育");
    }

    @Test
    void departmentBudgetFromPageJson() throws Exception {
        Disclosure d = read("001_putuo_chengguanju_2026_dept_budget.json");
        assertThat(d.info().templateId()).isEqualTo("shanghai-dept-budget");
        assertThat(d.info().fiscalYear()).isEqualTo(2026);
        List<Table> tables = d.tables().toList();
        assertThat(tables).hasSize(9);
        assertThat(tables).extracting(Table::unitLabel).containsOnly("元", "万元");
        Table summary = titled(d, "部门财务收支预算总表");
        assertThat(summary.cell("total|total", "income.amount")).isEqualTo("47,483,458");
        assertThat(summary.cell("GP_APPROP|", "income.amount")).isEqualTo("47,483,458");
        Table spending = titled(d, "部门支出预算总表");
        assertThat(spending.cell("2120104", "project")).isNotEmpty();
        assertThat(spending.cell("212", "project")).isEqualTo("10,992,193");
        assertThat(spending.cell("total", "basic")).isEqualTo("36,197,265");
        // 住房保障 rows stand on the next page of the source
        assertThat(spending.row("221")).isPresent();
        Table threePublic = titled(d, "“三公”经费");
        assertThat(threePublic.cell("budget", "vehicles")).isEqualTo("113.76");
        TargetTable target = d.targetTables().findFirst().orElseThrow();
        assertThat(target.projectName()).isEqualTo("拆违经费");
        assertThat(target.unitLabel()).isEqualTo("元");
        assertThat(target.total()).isEqualTo("3,498,000.00");
        assertThat(target.indicators()).hasSize(8);
        assertThat(target.indicators().get(2).level1()).isEqualTo("产出指标");
        assertThat(target.indicators().get(2).level2()).isEqualTo("质量指标");
    }

    @Test
    void pageTextTwinWithSingleSpacesIsReadAsWellAsItCanBe() throws Exception {
        Disclosure d = read("001_putuo_chengguanju_2026_dept_budget.txt");
        Table summary = titled(d, "部门财务收支预算总表");
        assertThat(summary.unitLabel()).isEqualTo("元");
        assertThat(summary.cell("total|total", "income.amount")).isEqualTo("47,483,458");
        // "47,483,458一、社会保障和就业支出": the amount and the next label are split apart
        assertThat(summary.cell("APPROP|", "expenditure.label")).isEqualTo("一、社会保障和就业支出");
        Table spending = titled(d, "部门支出预算总表");
        assertThat(spending.cell("212", "project")).isEqualTo("10,992,193");
        assertThat(spending.cell("2080801", "total")).isEqualTo("294,000");
        Table economic = titled(d, "基本支出部门预算经济分类预算表");
        assertThat(economic.cell("301", "personnel")).isEqualTo("29,045,727");
    }

    @Test
    void filledFundTableAndLargeAmountsFromPageJson() throws Exception {
        Disclosure d = read("002_putuo_jianguanwei_2026_dept_budget.json");
        Table fund = titled(d, "部门政府性基金预算支出功能分类预算表");
        assertThat(fund.cell("212", "total")).isEqualTo("2,792,857,000.00");
        assertThat(fund.isEmpty()).isFalse();
        Table summary = titled(d, "部门财务收支预算总表");
        assertThat(summary.cell("APPROP|", "income.amount")).isEqualTo("3,286,618,082.20");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "001_putuo_chengguanju_2026_dept_budget.json",
                "002_putuo_jianguanwei_2026_dept_budget.json",
                "003_putuo_wenlvju_2026_dept_budget.json",
                "011_putuo_zhengfuban_2025_dept_budget.txt",
                "012_putuo_zhengfuban_2025_unit_budget.txt"
            })
    void everyTitledTableHasUnitAndKnownColumns(String name) throws Exception {
        Disclosure d = read(name);
        List<Table> titled = d.tables()
                .filter(t -> !t.title().isEmpty() && !t.columns().isEmpty())
                .toList();
        assertThat(titled).hasSizeGreaterThanOrEqualTo(9);
        assertThat(titled).allSatisfy(t -> {
            assertThat(t.unitLabel()).as(t.title()).isIn("元", "万元");
            assertThat(t.columns()).as(t.title()).anyMatch(c -> !c.key().startsWith("col"));
        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "004_putuo_wenlvju_2025_dept_final.json",
                "005_putuo_yichuanlujiedao_2025_dept_final.json",
                "006_putuo_shengtaihuanjingju_2025_dept_final.json"
            })
    void finalAccountsFromPageJson(String name) throws Exception {
        Disclosure d = read(name);
        assertThat(d.info().kind()).isEqualTo(Kind.FINAL_ACCOUNTS);
        assertThat(d.info().fiscalYear()).isEqualTo(2025);
        assertThat(d.info().templateId()).isEqualTo("national-final-accounts");
        Table total = titled(d, "财政拨款收入支出决算总表");
        assertThat(total.unitLabel()).isEqualTo("万元");
        assertThat(total.columns()).extracting(Table.Column::key).contains("income.label", "expenditure.label");
        Table general = titled(d, "一般公共预算财政拨款支出决算表");
        int amount = general.columnIndex("total").orElseThrow();
        assertThat(general.rows())
                .anyMatch(r -> r.key().matches("\\d{7}") && !r.cell(amount).isEmpty());
    }
}
