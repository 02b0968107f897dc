package org.gongkai.formats.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.Table;
import org.junit.jupiter.api.Test;

/**
 * Row labels that a page text wrapped over several lines around the line with the code and amounts (the amounts are
 * centred vertically in the cell, so the code line carries the middle fragment of a three-line label).
 */
class WrappedLabelsTest {

    private static Disclosure readAll(String... lines) {
        List<String> all = new ArrayList<>(List.of("=== [page 1] ==="));
        all.addAll(List.of(lines));
        return Assembler.assemble(new RawDocument("test.txt", SpacedLayout.parse(all)), new ArrayList<>());
    }

    private static Table read(String... lines) {
        return readAll(lines).tables().findFirst().orElseThrow();
    }

    private static String name(Table t, String code) {
        Table.Row row = t.row(code).orElseThrow();
        return row.cell(t.columnIndex("name").orElseThrow());
    }

    @Test
    void aThreeLineLabelAroundTheCodeLineIsOneName() {
        Table t = read(
                "一般公共预算财政拨款支出决算表",
                "单位：万元",
                "科目编码 科目名称 合计 基本支出 项目支出",
                "212 城乡社区支出 2,000.00 2,000.00",
                "国有土地使用权出让",
                "21219 收入对应专项债务收 2,000.00 2,000.00",
                "入安排的支出",
                "其他国有土地使用",
                "2121999 权出让收入对应专项 2,000.00 2,000.00",
                "债务收入安排的支出",
                "合计 2,000.00 2,000.00");
        assertThat(name(t, "21219")).isEqualTo("国有土地使用权出让收入对应专项债务收入安排的支出");
        assertThat(name(t, "2121999")).isEqualTo("其他国有土地使用权出让收入对应专项债务收入安排的支出");
        assertThat(name(t, "212")).isEqualTo("城乡社区支出");
        assertThat(t.rows()).allMatch(r -> !r.key().isEmpty(), "no row is left holding only a fragment");
        assertThat(t.cell("2121999", "total")).isEqualTo("2,000.00");
    }

    @Test
    void aFiveLineLabelTakesTwoLinesOnEachSide() {
        Table t = read(
                "一般公共预算财政拨款支出决算表",
                "单位：万元",
                "科目编码 科目名称 合计 基本支出 项目支出",
                "212 城乡社区支出 5.00 5.00",
                "其他国有",
                "土地使用",
                "2121999 权出让收 5.00 5.00",
                "入对应专",
                "项债务",
                "213 农林水支出 1.00 1.00");
        assertThat(name(t, "2121999")).isEqualTo("其他国有土地使用权出让收入对应专项债务");
        assertThat(name(t, "213")).isEqualTo("农林水支出");
    }

    @Test
    void aTwoLineLabelNextToAThreeLineLabelKeepsItsOwnLines() {
        Table t = read(
                "一般公共预算财政拨款支出决算表",
                "单位：万元",
                "科目编码 科目名称 合计 基本支出 项目支出",
                "20703 体育 20.00 20.00",
                "其他文化旅游",
                "20799 体育与传媒支 66.55 66.55",
                "出",
                "社会保障和就",
                "208 2,452.66 1,972.20 480.47",
                "业支出",
                "20805 行政事业单位养老支出 1,205.67 1,205.67");
        assertThat(name(t, "20799")).isEqualTo("其他文化旅游体育与传媒支出");
        assertThat(name(t, "208")).isEqualTo("社会保障和就业支出");
        assertThat(name(t, "20703")).isEqualTo("体育");
        assertThat(name(t, "20805")).isEqualTo("行政事业单位养老支出");
    }

    @Test
    void aHeaderLineAboveTheFirstRowIsNoPartOfItsName() {
        // the first row's name is complete; the text around it is the header and the next row's wrapped label
        Table t = read(
                "一般公共预算财政拨款支出决算表",
                "单位：万元",
                "科目编码 合计 基本支出 项目支出",
                "科目名称",
                "208 社会保障和就业支出 10.00 10.00",
                "机关事业单位基本养老",
                "2080505 10.00 10.00",
                "保险缴费支出");
        assertThat(name(t, "208")).isEqualTo("社会保障和就业支出");
        assertThat(name(t, "2080505")).isEqualTo("机关事业单位基本养老保险缴费支出");
    }

    @Test
    void aNameWrappedOnlyBelowItsCodeLineIsNotGivenTheLineAbove() {
        // a fragment above whose width differs from the code line's fragment is no part of that label
        Table t = read(
                "一般公共预算财政拨款支出决算表", "单位：万元", "科目编码 科目名称 合计 基本支出 项目支出", "备注", "20805 行政事业单位养老保险缴费 10.00 10.00", "支出");
        assertThat(name(t, "20805")).doesNotStartWith("备注");
    }

    @Test
    void theTailOfALabelWrappedBelowItsCodeLineIsNotTheHeadOfTheNextLabel() {
        // top-aligned cells: each name starts on its code line and ends on the line below
        Table t = read(
                "一般公共预算财政拨款支出决算表",
                "单位：万元",
                "科目编码 科目名称 合计 基本支出 项目支出",
                "2080505 机关事业单位基本养老保险 229.67 229.67",
                "缴费支出",
                "2080506 机关事业单位职业年金 116.59 116.59",
                "缴费支出");
        assertThat(name(t, "2080506")).isEqualTo("机关事业单位职业年金");
        assertThat(name(t, "2080505")).isEqualTo("机关事业单位基本养老保险");
    }

    @Test
    void sideBySideLabelsWrappedAroundTwoNamelessCodesGoToTheirOwnHalf() {
        Table t = read(
                "一般公共预算财政拨款基本支出决算表",
                "单位：万元",
                "科目编码 科目名称 决算数 科目名称 决算数",
                "类 款 类 款",
                "303 对个人和家庭的补助 1.00 302 商品和服务支出 9.07",
                "303 02 退休费 1.00 302 01 办公费 0.00",
                "其他对个人和家庭 其他商品和服务支",
                "303 99 0.00 302 99 9.07",
                "的补助 出",
                "310 资本性支出 14.44");
        assertThat(name(t, "30399")).isEqualTo("其他对个人和家庭的补助");
        assertThat(name(t, "30299")).isEqualTo("其他商品和服务支出");
        assertThat(t.cell("30299", "total")).isEqualTo("9.07");
    }

    @Test
    void columnLabelsPrintedOnTheTotalLineAreNoCellsOfIt() {
        // the template prints the sub-header of 本年支出 on the line of the total row
        Table t = read(
                "政府性基金预算财政拨款收入支出决算表",
                "单位：万元",
                "项目",
                "年初结转和 年末结转和",
                "本年收入 本年支出",
                "功能分类",
                "结余 结余",
                "科目名称",
                "科目编码",
                "合计 0 2002.80 合计 基本支出 项目支出 0",
                "207 文化旅游体育与传媒支出 0 2.80 2.80 2.80 0",
                "212 城乡社区支出 0 2,000.00 2,000.00 2,000.00 0");
        Table.Row total = t.rows().stream()
                .filter(r -> r.type() == Table.Row.Type.TOTAL)
                .findFirst()
                .orElseThrow();
        assertThat(total.cells()).noneMatch(c -> c.contains("基本支出"));
        // which columns its three amounts stand in the text cannot tell: none is compared with the column sums
        for (int c = 0; c < t.columns().size(); c++) {
            if (t.columns().get(c).type() == Table.ColumnType.AMOUNT) {
                assertThat(total.isUncertain(c)).as("column %d", c).isTrue();
            }
        }
        assertThat(t.cell("212", t.columns().get(3).key())).isEqualTo("2,000.00");
    }

    @Test
    void aTwoSidedTotalLineKeepsItsSecondLabel() {
        Table t = read(
                "收入支出决算总表", "单位：万元", "项目 决算数 项目 决算数", "一、财政拨款收入 10.00 一、一般公共服务支出 10.00", "本年收入合计 10.00 本年支出合计 10.00");
        assertThat(t.rows()).anyMatch(r -> r.cells().contains("本年支出合计"));
    }

    @Test
    void aPartHeadingAfterATableTitleInTheContentsStartsNoTable() {
        // the year is misprinted ("202"), so only the part heading tells that no table follows
        Disclosure d = readAll(
                "目 录",
                "第二部分 某某局 2025 年度部门决算表",
                "一、收入支出决算总表",
                "九、国有资本经营预算财政拨款收入支出决算表",
                "第三部分 某某局 202 年度部门决算情况说明",
                "一、收入支出决算总体情况说明");
        assertThat(d.tables().toList()).isEmpty();
    }

    @Test
    void aYearAfterATableTitleIsNoAmount() {
        Disclosure d = readAll("九、国有资本经营预算财政拨款收入支出决算表", "某某局 2025 年度部门决算情况", "说明", "一、收入支出决算总体情况说明");
        assertThat(d.tables().toList()).isEmpty();
    }

    @Test
    void aPartHeadingEndsATableOfTheSpaceAlignedLayout() {
        List<String> lines = List.of(
                "=== [page 1] ===",
                "                  目   录",
                "第二部分 某某局 2024 年度部门决算表",
                "一、收入支出决算总表",
                "九、国有资本经营预算财政拨款收入支出决算表",
                "",
                "第三部分 某某局 2024 年度部门决算情况说明",
                "一、收入支出决算总体情况说明",
                "=== [page 2] ===",
                "收入支出决算总表",
                "单位：万元",
                "项目            决算数       项目            决算数",
                "一、财政拨款收入     10.00      一、一般公共服务支出     10.00",
                "本年收入合计       10.00      本年支出合计       10.00",
                "合计 10.00 10.00",
                "注：本表反映部门本年度的总收支。",
                "说明 a   b   c",
                "x   y   z");
        assertThat(AlignedLayout.matches(lines)).isTrue();
        Disclosure d = Assembler.assemble(new RawDocument("test.txt", AlignedLayout.parse(lines)), new ArrayList<>());
        assertThat(d.tables().toList()).extracting(Table::title).containsExactly("收入支出决算总表");
    }
}
