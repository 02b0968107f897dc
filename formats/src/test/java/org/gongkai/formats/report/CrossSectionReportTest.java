package org.gongkai.formats.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.gongkai.core.audit.AuditResult;
import org.gongkai.core.audit.Category;
import org.gongkai.core.audit.Finding;
import org.gongkai.core.audit.Location;
import org.gongkai.core.audit.Severity;
import org.gongkai.core.disclosure.DisclosureInfo;
import org.gongkai.core.disclosure.SourceRef;
import org.junit.jupiter.api.Test;

/** The "跨文件核对" part of the text, JSON, CSV and summary reports. */
class CrossSectionReportTest {
    private static final DisclosureInfo INFO =
            new DisclosureInfo("某局", 2025, DisclosureInfo.Kind.BUDGET, "shanghai-dept-budget", "部门预算", "a.pdf");
    private static final List<AuditResult> FILES =
            List.of(new AuditResult("a.pdf", INFO, List.of()), new AuditResult("b.pdf", INFO, List.of()));

    private static final Finding CELL = new Finding(
            "XDOC.DEPT-UNIT-CELL",
            Severity.ERROR,
            Category.CONSISTENCY,
            "《b.pdf》3. 预算单位支出预算总表／2010350 事业运行／基本支出为310元，《a.pdf》同一位置为300元",
            List.of(
                    Location.cell("3. 预算单位支出预算总表", "2010350 事业运行", "基本支出", SourceRef.page(5, 12))
                            .inFile("b.pdf"),
                    Location.cell("3. 部门支出预算总表", "2010350 事业运行", "基本支出", SourceRef.page(6, 3))
                            .inFile("a.pdf")),
            "300元",
            "310元",
            "10元",
            "");
    private static final CrossSection CROSS = new CrossSection(List.of("《a.pdf》（部门）与《b.pdf》（单位）"), List.of(CELL));

    @Test
    void textPrintsTheSectionAfterTheFilesWithBothPlacesAndCountsItInTheTotal() {
        String text = TextReport.render(FILES, CROSS);

        assertThat(text.indexOf("━━ 跨文件核对")).isGreaterThan(text.indexOf("━━ b.pdf"));
        assertThat(text)
                .contains("核对：《a.pdf》（部门）与《b.pdf》（单位）")
                .contains("位置：《b.pdf》3. 预算单位支出预算总表／2010350 事业运行／基本支出（第5页第12行）")
                .contains("对照：《a.pdf》3. 部门支出预算总表／2010350 事业运行／基本支出（第6页第3行）")
                .contains("共审核 2 份文件：错误 1 项");
        // without a cross section the per-file report is as before
        assertThat(TextReport.render(FILES, null))
                .isEqualTo(TextReport.render(FILES))
                .doesNotContain("跨文件");
    }

    @Test
    void htmlAndXlsxCarryTheSectionToo() throws Exception {
        List<HtmlReport.Entry> entries =
                FILES.stream().map(r -> new HtmlReport.Entry(r, null)).toList();
        String html = HtmlReport.render(entries, CROSS);
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(html);
        org.jsoup.nodes.Element section = doc.getElementById("cross");
        assertThat(section).isNotNull();
        assertThat(section.text())
                .contains("跨文件核对")
                .contains("核对：《a.pdf》（部门）与《b.pdf》（单位）")
                .contains("错误 1 项")
                .contains("位置：《b.pdf》3. 预算单位支出预算总表／2010350 事业运行／基本支出")
                .contains("对照：《a.pdf》3. 部门支出预算总表／2010350 事业运行／基本支出");
        assertThat(HtmlReport.render(entries)).doesNotContain("跨文件核对");

        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(XlsxReport.render(FILES, CROSS)))) {
            var summary = wb.getSheet("汇总");
            var last = summary.getRow(summary.getLastRowNum());
            assertThat(last.getCell(0).getStringCellValue()).isEqualTo("跨文件核对");
            assertThat(last.getCell(4).getNumericCellValue()).isEqualTo(1.0);
            var list = wb.getSheet("问题清单");
            var row = list.getRow(list.getLastRowNum());
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("跨文件核对");
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("XDOC.DEPT-UNIT-CELL");
        }
    }

    @Test
    void aRunWithoutPairsSaysSo() {
        assertThat(TextReport.render(FILES, new CrossSection(List.of(), List.of())))
                .contains("━━ 跨文件核对")
                .contains("未找到可相互核对的部门公开与单位公开");
    }

    @Test
    void jsonCsvAndSummaryCarryTheCrossFindingsWithTheirFiles() throws Exception {
        JsonNode json = new ObjectMapper().readTree(JsonReport.render(FILES, CROSS));
        JsonNode finding = json.get("crossDocument").get("findings").get(0);
        assertThat(finding.get("locations").get(0).get("file").asText()).isEqualTo("b.pdf");
        assertThat(finding.get("locations").get(1).get("file").asText()).isEqualTo("a.pdf");
        assertThat(json.get("crossDocument").get("counts").get("ERROR").asInt()).isEqualTo(1);
        assertThat(new ObjectMapper().readTree(JsonReport.render(FILES)).has("crossDocument"))
                .isFalse();

        assertThat(CsvReport.render(FILES, CROSS)).contains("跨文件核对,XDOC.DEPT-UNIT-CELL,错误");
        assertThat(SummaryReport.render(List.of(SummaryReport.Row.cross(CROSS))))
                .contains("跨文件核对,有错误,,,,1,0,0,XDOC.DEPT-UNIT-CELL×1,《a.pdf》（部门）与《b.pdf》（单位）");
    }
}
