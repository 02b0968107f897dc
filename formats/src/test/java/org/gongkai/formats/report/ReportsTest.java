package org.gongkai.formats.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.core.audit.AuditResult;
import org.gongkai.core.audit.Category;
import org.gongkai.core.audit.Finding;
import org.gongkai.core.audit.Location;
import org.gongkai.core.audit.Severity;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.DisclosureInfo;
import org.gongkai.core.disclosure.Paragraph;
import org.gongkai.core.disclosure.SourceRef;
import org.gongkai.core.disclosure.Table;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class ReportsTest {
    private static final String SENTENCE = "政府采购预算16.62万元，其中：货物4.6万元，工程0万元，服务12万元。";

    private static final Table TABLE = new Table(
            "T6",
            "表六",
            "一般公共预算基本支出情况表",
            "某单位",
            "万元",
            List.of(
                    new Table.Column("code", "经济分类科目编码", Table.ColumnType.CODE),
                    new Table.Column("name", "经济分类科目名称", Table.ColumnType.LABEL),
                    new Table.Column("total", "合计", Table.ColumnType.AMOUNT),
                    new Table.Column("public", "公用经费", Table.ColumnType.AMOUNT)),
            List.of(new Table.Row(
                    "30201", Table.Row.Type.DATA, List.of("30201", "办公费", "1.62", "1.6"), SourceRef.line(40))),
            List.of(),
            SourceRef.line(30));

    private static final Disclosure DOC = new Disclosure(
            new DisclosureInfo("某单位", 2021, DisclosureInfo.Kind.BUDGET, "xinjiang-2021-dept-budget", "", "a.txt"),
            List.of(TABLE, new Paragraph("第三部分/十/（二）", SENTENCE, SourceRef.line(90))));

    private static final Finding CELL = new Finding(
            "T.ROW-SUM",
            Severity.ERROR,
            Category.ACCURACY,
            "表六 30201 办公费：合计1.62，各列之和1.60",
            List.of(Location.cell("表六 一般公共预算基本支出情况表", "30201 办公费", "公用经费", SourceRef.line(40))),
            "1.62",
            "1.60",
            "-0.02",
            "核对“公用经费”列，应为1.62");

    private static final Finding SPAN = new Finding(
            "NARR.LIST-SUM",
            Severity.WARNING,
            Category.ACCURACY,
            "政府采购合计16.62万元，各项之和16.60万元",
            List.of(Location.span("第三部分/十/（二）", "16.62", 6, 11, SourceRef.line(90))),
            "16.60",
            "16.62",
            "0.02",
            "");

    private static final AuditResult RESULT = new AuditResult("a.txt", DOC.info(), List.of(SPAN, CELL));

    @Test
    void textReportGroupsBySeverityAndNamesThePlace() {
        String text = TextReport.render(List.of(RESULT));
        assertThat(text).contains("错误 1 项，警告 1 项，提示 0 项");
        assertThat(text.indexOf("【错误")).isLessThan(text.indexOf("【警告"));
        assertThat(text).contains("表六 一般公共预算基本支出情况表／30201 办公费／公用经费（第40行）");
        assertThat(text).contains("应为：1.62　实际：1.60　差额：-0.02");
    }

    @Test
    void csvHasOneRowPerFindingWithQuoting() {
        String csv = CsvReport.render(List.of(RESULT));
        assertThat(csv).startsWith("\uFEFF文件,规则,严重程度");
        assertThat(csv.split("\r\n")).hasSize(3);
        assertThat(csv).contains("\"政府采购合计16.62万元，各项之和16.60万元\"".replace("\"", "")); // no comma → unquoted
        assertThat(CsvReport.quote("a,b\"c")).isEqualTo("\"a,b\"\"c\"");
    }

    @Test
    void xlsxOpensWithPoiAndListsFindings() throws Exception {
        byte[] bytes = XlsxReport.render(List.of(RESULT));
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var fmt = new DataFormatter();
            assertThat(wb.getSheet("汇总").getRow(1).getCell(4).getNumericCellValue())
                    .isEqualTo(1.0);
            var list = wb.getSheet("问题清单");
            assertThat(list.getLastRowNum()).isEqualTo(2);
            assertThat(fmt.formatCellValue(list.getRow(1).getCell(1))).isEqualTo("T.ROW-SUM");
        }
    }

    @Test
    void jsonIsParseableAndFlat() throws Exception {
        JsonNode root = new ObjectMapper().readTree(JsonReport.render(List.of(RESULT)));
        JsonNode doc = root.get("documents").get(0);
        assertThat(doc.get("counts").get("ERROR").asInt()).isEqualTo(1);
        assertThat(doc.get("findings").get(0).get("rule").asText()).isEqualTo("T.ROW-SUM");
        assertThat(doc.get("findings")
                        .get(1)
                        .get("locations")
                        .get(0)
                        .get("start")
                        .asInt())
                .isEqualTo(6);
    }

    @Test
    void htmlHighlightsTheCellAndTheSpan() {
        var html = Jsoup.parse(HtmlReport.render(List.of(new HtmlReport.Entry(RESULT, DOC))));
        var cell = html.selectFirst("td.ERROR");
        assertThat(cell).isNotNull();
        assertThat(cell.ownText()).isEqualTo("1.6");
        var mark = html.selectFirst("mark.WARNING");
        assertThat(mark).isNotNull();
        assertThat(mark.text()).isEqualTo("16.62");
        // the finding list links to the highlight and back
        assertThat(html.select("a[href=#d1f1-at]")).hasSize(1);
        assertThat(html.getElementById("d1f1-at")).isNotNull();
    }

    @Test
    void htmlMatchesCellsWhosePrintedLabelsHaveSpaces() {
        // Readers keep labels as printed ("合  计"); findings name the column without the spaces.
        Table spaced = new Table(
                "T6",
                "表六",
                "一般公共预算基本支出情况表",
                "",
                "万元",
                List.of(
                        new Table.Column("name", "经济分类科目名称", Table.ColumnType.LABEL),
                        new Table.Column("total", "一般公共预算基本支出/合  计", Table.ColumnType.AMOUNT)),
                List.of(new Table.Row("total", Table.Row.Type.TOTAL, List.of("合  计", "174.82"), SourceRef.line(9))),
                List.of(),
                SourceRef.line(1));
        Finding f = new Finding(
                "T6.COL-SUM",
                Severity.ERROR,
                Category.ACCURACY,
                "合计不等于各行之和",
                List.of(Location.cell("表六 一般公共预算基本支出情况表", "合计", "一般公共预算基本支出/合计", SourceRef.line(9))),
                "174.83",
                "174.82",
                "-0.01",
                "");
        Disclosure d = new Disclosure(DOC.info(), List.of(spaced));
        var html = Jsoup.parse(
                HtmlReport.render(List.of(new HtmlReport.Entry(new AuditResult("x", d.info(), List.of(f)), d))));
        assertThat(html.selectFirst("td.n.ERROR")).isNotNull();
        assertThat(html.selectFirst("td.n.ERROR").ownText()).isEqualTo("174.82");
    }

    @Test
    void htmlEscapesDocumentText() {
        Disclosure evil =
                new Disclosure(DOC.info(), List.of(new Paragraph("", "<script>alert(1)</script>", SourceRef.NONE)));
        String html =
                HtmlReport.render(List.of(new HtmlReport.Entry(new AuditResult("x", evil.info(), List.of()), evil)));
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;");
    }
}
