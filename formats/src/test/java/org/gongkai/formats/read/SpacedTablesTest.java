package org.gongkai.formats.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.Table;
import org.junit.jupiter.api.Test;

/** Layouts of page text that leave blank cells out: two-sided, side-by-side, wrapped headers. */
class SpacedTablesTest {

    private static Table read(String... lines) {
        List<String> all = new ArrayList<>(List.of("=== [page 1] ==="));
        all.addAll(List.of(lines));
        Disclosure d = Assembler.assemble(new RawDocument("test.txt", SpacedLayout.parse(all)), new ArrayList<>());
        return d.tables().findFirst().orElseThrow();
    }

    @Test
    void anExpenditureItemAloneGoesToTheExpenditureSide() {
        Table t = read(
                "部门财务收支预算总表",
                "单位：元",
                "项目 预算数 项目 预算数",
                "一、财政拨款收入 3,000.00 一、教育支出 1,000.00",
                "二、事业收入 二、卫生健康支出 1,000.00",
                "三、住房保障支出 1,000.00",
                "使用非财政拨款结余 结余分配",
                "收入总计 3,000.00 支出总计 3,000.00");
        int label = t.columnIndex("expenditure.label").orElseThrow();
        assertThat(t.rows())
                .anyMatch(r -> r.cell(label).equals("三、住房保障支出") && r.cell(0).isEmpty());
        assertThat(t.rows())
                .anyMatch(r -> r.cell(0).equals("使用非财政拨款结余") && r.cell(label).equals("结余分配"));
    }

    @Test
    void labelsWrappedAroundTheirAmountLineGoToTheSideTheirWordsSay() {
        Table t = read(
                "部门财政拨款收支预算总表",
                "单位：元",
                "财政拨款收入 财政拨款支出",
                "项目 预算数 项目 合计 一般公共预算 政府性基金预算",
                "一、社会保障和就业",
                "一、一般公共预算 300.00 100.00 100.00 0.00",
                "支出",
                "二、政府性基金预算 0.00 二、卫生健康支出 100.00 100.00 0.00",
                "三、国有资本经营预",
                "三、城乡社区支出 50.00 50.00 0.00",
                "算",
                "五、资源勘探工业信",
                "50.00 50.00 0.00",
                "息等支出",
                "收入总计 300.00 支出总计 300.00 300.00 0.00");
        int income = t.columnIndex("income.label").orElseThrow();
        int label = t.columnIndex("expenditure.label").orElseThrow();
        int total = t.columnIndex("expenditure.total").orElseThrow();
        assertThat(t.rows())
                .extracting(r -> r.cell(income) + "|" + r.cell(label) + "|" + r.cell(total))
                .containsExactly(
                        "一、一般公共预算|一、社会保障和就业支出|100.00",
                        "二、政府性基金预算|二、卫生健康支出|100.00",
                        "三、国有资本经营预算|三、城乡社区支出|50.00",
                        "|五、资源勘探工业信息等支出|50.00",
                        "收入总计|支出总计|300.00");
    }

    @Test
    void sideBySideHalvesWithSplitCodesStackIntoOneCodeList() {
        Table t = read(
                "一般公共预算财政拨款基本支出决算表",
                "单位：万元",
                "科目编码 科目名称 决算数 科目名称 决算数",
                "类 款 类 款",
                "301 工资福利支出 3.00 302 商品和服务支出 2.00",
                "301 01 基本工资 1.00 302 01 办公费 2.00",
                "301 02 津贴补贴 2.00 302 02 印刷费 0.00",
                "303 对个人和家庭的补助 1.00 302 98 其他费用 0.00",
                "303 01 离休费 1.00",
                "302 99 其他商品和服务支出 0.00");
        assertThat(t.cell("30201", "total")).isEqualTo("2.00");
        assertThat(t.cell("30102", "total")).isEqualTo("2.00");
        assertThat(t.cell("30301", "total")).isEqualTo("1.00");
        // the last line holds only a right-half row: it stays after the other 302 rows
        List<String> keys = t.rows().stream().map(Table.Row::key).toList();
        assertThat(keys.indexOf("30299")).isGreaterThan(keys.indexOf("30298"));
        assertThat(keys.indexOf("30299")).isGreaterThan(keys.indexOf("30201"));
    }

    @Test
    void aHeaderLabelWrappedAboveAndBelowTheMainLineIsAColumn() {
        Table t = read(
                "部门收入预算总表",
                "单位：元",
                "事业单位",
                "科目名称 合计 财政拨款收入 事业收入 其他收入",
                "经营收入",
                "201 一般公共服务支出 10 4 3 2 1",
                "合计 10 4 3 2 1");
        assertThat(t.columns())
                .extracting(Table.Column::key)
                .containsSubsequence("total", "APPROP", "PUBLIC_SERVICE", "OPERATING", "OTHER");
        assertThat(t.cell("201", "OPERATING")).isEqualTo("2");
    }

    @Test
    void aPageNumberOnTheLastLineOfAPageIsNoRow() {
        Table t = read(
                "部门支出预算总表", "单位：元", "科目名称 合计 基本支出 项目支出", "201 一般公共服务支出 10 4 6", "18", "=== [page 2] ===", "合计 10 4 6");
        assertThat(t.rows()).noneMatch(r -> r.cells().contains("18"));
    }
}
