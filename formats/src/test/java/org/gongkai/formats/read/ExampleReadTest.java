package org.gongkai.formats.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.core.SharedDir;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.DisclosureInfo.Kind;
import org.gongkai.core.disclosure.Paragraph;
import org.gongkai.core.disclosure.Table;
import org.gongkai.core.disclosure.TargetTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads the reference example (one cell per tabbed line) and checks tables, targets and narrative. */
class ExampleReadTest {
    static ReadResult result;
    static Disclosure d;

    @BeforeAll
    static void read() throws Exception {
        result = Readers.read(SharedDir.example());
        d = result.disclosure();
    }

    @Test
    void findsTheNineTablesWithTitlesAndUnits() {
        List<Table> tables = d.tables().toList();
        assertThat(tables)
                .extracting(Table::number)
                .containsExactly("表一", "表二", "表三", "表四", "表五", "表六", "表七", "表八", "表九");
        assertThat(tables).extracting(Table::key).containsExactly("T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9");
        assertThat(tables.get(0).title()).isEqualTo("部门收支总体情况表");
        assertThat(tables.get(5).title()).isEqualTo("一般公共预算基本支出情况表");
        assertThat(tables.get(7).title()).isEqualTo("一般公共预算“三公”经费支出情况表");
        assertThat(tables).allSatisfy(t -> {
            assertThat(t.unitLabel()).isEqualTo("万元");
            assertThat(t.preparer()).isEqualTo("克州电子政务服务中心");
        });
    }

    @Test
    void identityFromTheText() {
        assertThat(d.info().unitName()).isEqualTo("克州电子政务服务中心");
        assertThat(d.info().fiscalYear()).isEqualTo(2021);
        assertThat(d.info().kind()).isEqualTo(Kind.BUDGET);
        assertThat(d.info().templateId()).isEqualTo("xinjiang-2021-dept-budget");
    }

    @Test
    void expenditureTableHasSplitCodesJoinedAndTotals() {
        Table t3 = d.table("T3").orElseThrow();
        assertThat(t3.columns())
                .extracting(Table.Column::key)
                .containsExactly("code.class", "code.section", "code.item", "name", "total", "basic", "project");
        assertThat(t3.cell("total", "total")).isEqualTo("268.22");
        assertThat(t3.cell("total", "basic")).isEqualTo("174.82");
        assertThat(t3.cell("total", "project")).isEqualTo("93.4");
        assertThat(t3.row("total").orElseThrow().type()).isEqualTo(Table.Row.Type.TOTAL);
        assertThat(t3.rows()).extracting(Table.Row::key).containsExactly("201", "20105", "2010504", "total");
        assertThat(t3.cell("2010504", "name")).isEqualTo("信息事务");
        assertThat(t3.rows())
                .extracting(Table.Row::type)
                .containsExactly(
                        Table.Row.Type.SUBTOTAL, Table.Row.Type.SUBTOTAL, Table.Row.Type.DATA, Table.Row.Type.TOTAL);
    }

    @Test
    void economicCodesPrintedWithRepeatedDigitAreJoined() {
        Table t6 = d.table("T6").orElseThrow();
        assertThat(t6.cell("30201", "name")).isEqualTo("办公费");
        assertThat(t6.cell("30201", "total")).isEqualTo("1.62");
        assertThat(t6.cell("30201", "public")).isEqualTo("1.6");
        assertThat(t6.cell("30201", "personnel")).isEmpty();
        assertThat(t6.cell("30101", "personnel")).isEqualTo("52.63");
        assertThat(t6.cell("30302", "name")).isEqualTo("退休费");
        assertThat(t6.cell("total", "personnel")).isEqualTo("167.51");
        assertThat(t6.row("3020")).isEmpty();
    }

    @Test
    void twoSidedTablesHaveIncomeAndExpenditureColumns() {
        Table t1 = d.table("T1").orElseThrow();
        assertThat(t1.columns())
                .extracting(Table.Column::key)
                .containsExactly("income.label", "income.amount", "expenditure.label", "expenditure.amount");
        assertThat(t1.cell("GP_APPROP|202", "income.amount")).isEqualTo("268.22");
        assertThat(t1.cell("GP_APPROP|202", "expenditure.label")).isEqualTo("202 外交支出");
        assertThat(t1.cell("APPROP|201", "expenditure.amount")).isEqualTo("268.22");
        assertThat(t1.cell("|212", "expenditure.label")).isEqualTo("212 城乡社区支出");
        assertThat(t1.row("total|total").orElseThrow().type()).isEqualTo(Table.Row.Type.TOTAL);
        Table t4 = d.table("T4").orElseThrow();
        assertThat(t4.columns())
                .extracting(Table.Column::key)
                .containsExactly(
                        "income.label",
                        "income.amount",
                        "expenditure.label",
                        "expenditure.total",
                        "expenditure.GENERAL_BUDGET",
                        "expenditure.GOVERNMENT_FUND",
                        "expenditure.STATE_CAPITAL");
        assertThat(t4.cell("APPROP|201", "expenditure.GENERAL_BUDGET")).isEqualTo("268.22");
    }

    @Test
    void incomeTableHeaderWithWrappedCellsGivesSourceColumns() {
        Table t2 = d.table("T2").orElseThrow();
        assertThat(t2.columns()).hasSize(16);
        assertThat(t2.columnIndex("SUPERIOR_SUBSIDY")).isPresent();
        assertThat(t2.columnIndex("OPERATING").getAsInt()).isEqualTo(11);
        assertThat(t2.cell("2010504", "GP_APPROP")).isEqualTo("268.22");
        assertThat(t2.cell("total", "total")).isEqualTo("268.22");
    }

    @Test
    void threePublicAndEmptyFundTable() {
        Table t8 = d.table("T8").orElseThrow();
        assertThat(t8.columns())
                .extracting(Table.Column::key)
                .containsExactly("total", "ABROAD", "vehicles", "VEHICLE_PURCHASE", "VEHICLE_OPERATION", "RECEPTION");
        assertThat(t8.rows()).hasSize(2).allSatisfy(r -> assertThat(r.key()).isEqualTo("budget"));
        assertThat(t8.rows().get(0).cells()).containsExactly("0.50", "", "", "", "", "0.50");
        Table t9 = d.table("T9").orElseThrow();
        assertThat(t9.isEmpty()).isTrue();
        assertThat(t9.notes()).singleElement().asString().contains("本表为空");
        assertThat(d.table("T3").orElseThrow().isEmpty()).isFalse();
    }

    @Test
    void projectTableKeepsProjectNameColumnAndEconomicGroups() {
        Table t7 = d.table("T7").orElseThrow();
        assertThat(t7.cell("2010504", "total")).isEqualTo("93.40");
        assertThat(t7.cell("2010504", "econ.302")).isEqualTo("93.40");
        assertThat(t7.row("total").orElseThrow().type()).isEqualTo(Table.Row.Type.TOTAL);
    }

    @Test
    void sixTargetTablesWithIndicatorsFilledDown() {
        List<TargetTable> targets = d.targetTables().toList();
        assertThat(targets).hasSize(6);
        TargetTable first = targets.get(0);
        assertThat(first.projectName()).isEqualTo("克州政府网站托管费（电信机房电费）");
        assertThat(first.year()).isEqualTo("2021");
        assertThat(first.total()).isEqualTo("6");
        assertThat(first.fiscal()).isEqualTo("6");
        assertThat(first.other()).isEqualTo("0");
        assertThat(first.unitLabel()).isEqualTo("万元");
        assertThat(first.goal()).startsWith("该项目资金用于克州政府网站托管费");
        assertThat(first.indicators()).hasSize(9);
        TargetTable.IndicatorRow quality = first.indicators().get(1);
        assertThat(quality.level1()).isEqualTo("项目完成");
        assertThat(quality.level2()).isEqualTo("质量指标");
        assertThat(quality.name()).isEqualTo("资金使用合格率(%)");
        assertThat(quality.value()).isEqualTo("100%");
        assertThat(first.indicators().get(8).level1()).isEqualTo("满意度指标");
        assertThat(targets).extracting(TargetTable::total).containsExactly("6", "6", "12", "7", "50.4", "12");
    }

    @Test
    void narrativeParagraphsSitInTheirSections() {
        List<Paragraph> scale =
                d.paragraphs().filter(p -> p.section().equals("第三部分/五/（一）")).toList();
        assertThat(scale).singleElement().satisfies(p -> assertThat(p.text()).contains("268.22万元", "174.82万元"));
        assertThat(d.paragraphs().filter(p -> p.section().equals("第三部分/六")))
                .anySatisfy(p -> assertThat(p.text()).startsWith("公用经费7.32万元"));
        assertThat(d.paragraphs().filter(p -> p.section().equals("第一部分/一"))).hasSize(8);
        assertThat(d.paragraphs()).noneMatch(p -> p.text().contains("bookmark"));
        assertThat(d.headings().filter(h -> h.level() == 1)).hasSize(4);
    }

    @Test
    void gbkCopyReadsTheSame(@TempDir Path tmp) throws Exception {
        String text = Files.readString(SharedDir.example(), StandardCharsets.UTF_8);
        Path gbk = tmp.resolve(SharedDir.example().getFileName().toString());
        Files.write(gbk, text.getBytes(Charset.forName("GBK")));
        ReadResult again = Readers.read(gbk);
        assertThat(again.disclosure()).isEqualTo(d);
    }
}
