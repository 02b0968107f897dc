package org.gongkai.formats.read.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.gongkai.core.SharedDir;
import org.gongkai.formats.read.RawDocument;
import org.gongkai.formats.read.RawItem;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The PDF extractor on real published disclosures (shared/corpus-dev), checked against their pdftotext twins. */
class PdfCorpusTest {
    private final PdfExtractor extractor = new PdfExtractor();

    private RawDocument read(String name) throws Exception {
        Path file = SharedDir.corpus(name);
        Assumptions.assumeTrue(Files.exists(file), name + " missing");
        return extractor.extract(file);
    }

    @Test
    void twoSidedSummaryTableKeepsBlankAmountCells() throws Exception {
        RawDocument doc = read("011_putuo_zhengfuban_2025_dept_budget.pdf");

        assertThat(row(doc, "一、财政拨款收入")).containsExactly("一、财政拨款收入", "91,016,775.35", "一、一般公共服务支出", "82,096,797.42");
        // the income side has no amount here: an empty cell, and the expenditure side stays in its columns
        assertThat(row(doc, "2. 政府性基金")).containsExactly("2. 政府性基金", "", "三、卫生健康支出", "1,097,073.43");
        assertThat(row(doc, "二、事业收入")).containsExactly("二、事业收入", "", "", "");
        assertThat(row(doc, "收入总计")).containsExactly("收入总计", "91,016,775.35", "支出总计", "91,016,775.35");
    }

    @Test
    void classificationTableKeepsCodesAndBlankBasicColumn() throws Exception {
        RawDocument doc = read("011_putuo_zhengfuban_2025_dept_budget.pdf");
        RawItem.Grid spending = gridWith(doc, "2025年部门支出预算总表");

        assertThat(rowIn(spending, "一般行政管理事务"))
                .containsExactly("201", "03", "02", "一般行政管理事务", "46,140,000.00", "", "46,140,000.00");
        assertThat(rowIn(spending, "行政单位离退休"))
                .containsExactly("208", "05", "01", "行政单位离退休", "1,554,220.00", "1,554,220.00", "");
    }

    @Test
    void tableContinuedOnNextPageIsOneGridWithoutRepeatedHeader() throws Exception {
        RawDocument doc = read("011_putuo_zhengfuban_2025_dept_budget.pdf");
        RawItem.Grid general = gridWith(doc, "2025年部门一般公共预算支出功能分类预算表");

        int first = indexOf(general, "一般公共服务支出");
        int last = indexOf(general, "购房补贴");
        assertThat(general.rowRefs().get(first).page()).isEqualTo(14);
        assertThat(general.rowRefs().get(last).page()).isEqualTo(15);
        long headers =
                general.rows().stream().filter(r -> r.contains("功能分类科目名称")).count();
        assertThat(headers).isEqualTo(1);
    }

    @Test
    void sanGongTableHasBlankVehicleCells() throws Exception {
        RawDocument doc = read("011_putuo_zhengfuban_2025_dept_budget.pdf");
        List<String> figures = row(doc, "867.50");

        // 合计, 因公出国(境)费, 公务接待费, 公务用车 小计/购置费/运行费 (blank), 机关运行经费
        assertThat(figures).containsExactly("867.50", "839.00", "28.50", "", "", "", "213.28");
    }

    @Test
    void narrativeStaysRunningTextWithPage() throws Exception {
        RawDocument doc = read("011_putuo_zhengfuban_2025_dept_budget.pdf");

        RawItem.Line line = doc.items().stream()
                .filter(RawItem.Line.class::isInstance)
                .map(RawItem.Line.class::cast)
                .filter(l -> l.text().contains("收入预算9,101.68万元"))
                .findFirst()
                .orElseThrow();
        assertThat(line.ref().page()).isEqualTo(6);
        assertThat(doc.items())
                .noneMatch(i -> i instanceof RawItem.Grid g
                        && g.rows().stream().anyMatch(r -> String.join("", r).contains("主要用于")));
    }

    @Test
    void unitBudgetSummaryWithLabelsSetCloseToAmounts() throws Exception {
        RawDocument doc = read("012_putuo_zhengfuban_2025_unit_budget.pdf");
        RawItem.Grid grant = gridWith(doc, "2025年预算单位财政拨款收支预算总表");

        assertThat(rowIn(grant, "一、一般公共预算资金"))
                .containsExactly("一、一般公共预算资金", "91,016,775.35", "一、一般公共服务支出", "82,096,797.42", "82,096,797.42", "", "");
        assertThat(rowIn(grant, "项目")).contains("政府性基金预算", "国有资本经营预算");
    }

    @Test
    void labelWrappedAroundItsAmountLineIsJoinedWithoutTouchingTheRowAbove() throws Exception {
        RawDocument doc = read("012_putuo_zhengfuban_2025_unit_budget.pdf");
        RawItem.Grid income = gridWith(doc, "2025年预算单位收入预算总表");

        // the label's first line is printed as close to 事业运行 as to its own amounts
        assertThat(rowIn(income, "事业运行")).containsSubsequence("201", "03", "50", "事业运行", "3,807,295.58");
        assertThat(rowIn(income, "其他政府办公厅（室）及相关机构事务支出"))
                .containsSubsequence("201", "03", "99", "其他政府办公厅（室）及相关机构事务支出", "20,120,000.00");
        assertThat(income.rows()).noneMatch(r -> r.contains("务支出"));
    }

    @Test
    void blankTemplateTableContinuesOverPageBreak() throws Exception {
        RawDocument doc = read("007_shanghai_bumenjuesuan_moban_2024_template.pdf");
        RawItem.Grid summary = gridWith(doc, "财政拨款收入支出决算总表");

        assertThat(rowIn(summary, "十六、金融支出")).isNotNull();
        assertThat(rowIn(summary, "一、一般公共服务支出")).isNotNull();
        assertThat(summary.rowRefs().get(indexOf(summary, "十六、金融支出")).page())
                .isGreaterThan(
                        summary.rowRefs().get(indexOf(summary, "一、一般公共服务支出")).page());
    }

    /** The first row of any grid with a cell equal to the text. */
    private static List<String> row(RawDocument doc, String cell) {
        return PdfExtractorTest.grids(doc).stream()
                .flatMap(g -> g.rows().stream())
                .filter(r -> r.contains(cell))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + cell));
    }

    private static List<String> rowIn(RawItem.Grid grid, String cell) {
        return grid.rows().get(indexOf(grid, cell));
    }

    private static int indexOf(RawItem.Grid grid, String cell) {
        for (int i = 0; i < grid.rows().size(); i++) {
            if (grid.rows().get(i).contains(cell)) {
                return i;
            }
        }
        throw new AssertionError("no row with " + cell);
    }

    /** The grid that follows the line with the given title. */
    private static RawItem.Grid gridWith(RawDocument doc, String title) {
        List<RawItem> items = doc.items();
        Optional<Integer> at = java.util.stream.IntStream.range(0, items.size())
                .filter(i -> items.get(i) instanceof RawItem.Line l && l.text().equals(title))
                .boxed()
                .findFirst();
        assertThat(at).as("title " + title).isPresent();
        for (int i = at.get() + 1; i < items.size(); i++) {
            if (items.get(i) instanceof RawItem.Grid g) {
                return g;
            }
        }
        throw new AssertionError("no grid after " + title);
    }
}
