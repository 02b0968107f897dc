package org.gongkai.formats.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.core.audit.AuditContext;
import org.gongkai.core.audit.Auditor;
import org.gongkai.core.audit.Finding;
import org.gongkai.core.audit.rules.arith.ArithRules;
import org.gongkai.core.classification.ReferenceData;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook laid out like the Shanghai Excel templates: title, a blank row, 编制单位 with 单位：元 in the
 * last column, a 科目编码 header split into 类/款/项 columns, a "…" placeholder row, a merged 合计 row.
 */
class WorkbookSplitCodesTest {
    @TempDir
    Path dir;

    @Test
    void splitCodeColumnsAreJoinedAndNeverAmounts() throws Exception {
        Table t = incomeTable(read("200"));

        assertThat(t.unitLabel()).isEqualTo("元");
        assertThat(t.columns().subList(0, 3)).extracting(Table.Column::type).containsOnly(Table.ColumnType.CODE);
        assertThat(t.columns()).extracting(Table.Column::key).noneMatch(k -> k.startsWith("income."));
        assertThat(t.rows()).extracting(Table.Row::key).containsExactly("205", "20502", "2050201", "2050205", "total");
        assertThat(t.cell("2050205", "total")).isEqualTo("200");
        assertThat(t.cell("2050205", "PUBLIC_SERVICE")).isEqualTo("50");
        assertThat(t.cell("total", "APPROP")).isEqualTo("250");
    }

    @Test
    void amountsThatAddUpGiveNoArithmeticFinding() throws Exception {
        assertThat(audit(read("200"))).isEmpty();
    }

    @Test
    void oneWrongAmountFiresAtItsRowAndColumn() throws Exception {
        List<Finding> findings = audit(read("210"));

        assertThat(findings)
                .filteredOn(f -> f.ruleId().equals("T2.ROW-SUM"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.location().row()).startsWith("2050205");
                    assertThat(f.actual()).isEqualTo("210");
                    assertThat(f.expected()).isEqualTo("200");
                });
        assertThat(findings)
                .noneMatch(
                        f -> f.location().row().startsWith("205 ") && f.ruleId().endsWith("ROW-SUM"));
    }

    @Test
    void theSameLayoutInAnHtmlTableReadsAlike() throws Exception {
        Path file = dir.resolve("income.html");
        String html = "<html><body><table>"
                + "<tr><td colspan=9>2026年预算单位收入预算总表</td></tr>"
                + "<tr><td colspan=9></td></tr>"
                + "<tr><td colspan=8>编制单位：</td><td>单位：元</td></tr>"
                + "<tr><td colspan=3>功能分类科目编码</td><td rowspan=2>功能分类科目名称</td><td rowspan=2>合计</td>"
                + "<td rowspan=2>财政拨款收入</td><td rowspan=2>事业收入</td><td rowspan=2>事业单位经营收入</td>"
                + "<td rowspan=2>其他收入</td></tr>"
                + "<tr><td>类</td><td>款</td><td>项</td></tr>"
                + "<tr><td>205</td><td></td><td></td><td>教育支出</td><td>300</td><td>250</td><td>50</td><td>0</td><td>0</td></tr>"
                + "<tr><td>205</td><td>02</td><td>05</td><td>高等教育</td><td>300</td><td>250</td><td>50</td><td>0</td><td>0</td></tr>"
                + "<tr><td>…</td><td></td><td></td><td>…</td><td></td><td></td><td></td><td></td><td></td></tr>"
                + "<tr><td colspan=4>合计</td><td>300</td><td>250</td><td>50</td><td>0</td><td>0</td></tr>"
                + "</table></body></html>";
        Files.writeString(file, html);

        Disclosure d = Readers.read(file).disclosure();
        Table t = incomeTable(d);

        assertThat(t.unitLabel()).isEqualTo("元");
        assertThat(t.rows()).extracting(Table.Row::key).containsExactly("205", "2050205", "total");
        assertThat(t.cell("2050205", "APPROP")).isEqualTo("250");
        assertThat(audit(d)).isEmpty();
    }

    private static List<Finding> audit(Disclosure d) {
        return new Auditor(ArithRules.all()).audit(AuditContext.of(d, ReferenceData.forYear(2026)));
    }

    private static Table incomeTable(Disclosure d) {
        return d.tables().filter(t -> t.key().equals("T2")).findFirst().orElseThrow();
    }

    private Disclosure read(String higherEducation) throws Exception {
        Path file = dir.resolve("income.xlsx");
        try (Workbook wb = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("单位收入总表");
            row(s, 1, "2026年预算单位收入预算总表");
            row(s, 3, "编制单位：", "", "", "", "", "", "", "", "单位：元");
            row(s, 5, "项目", "", "", "", "收入预算");
            row(s, 6, "功能分类科目编码", "", "", "功能分类科目名称", "合计", "财政拨款收入", "事业收入", "事业单位\n经营收入", "其他收入");
            row(s, 7, "类", "款", "项");
            row(s, 8, "205", "", "", "教育支出", "300", "250", "50", "0", "0");
            row(s, 9, "205", "02", "", "普通教育", "300", "250", "50", "0", "0");
            row(s, 10, "205", "02", "01", "学前教育", "100", "100", "0", "0", "0");
            row(s, 11, "205", "02", "05", "高等教育", higherEducation, "150", "50", "0", "0");
            row(s, 12, "…", "", "", "…");
            row(s, 13, "合计", "", "", "", "300", "250", "50", "0", "0");
            s.addMergedRegion(new CellRangeAddress(6, 6, 0, 2));
            s.addMergedRegion(new CellRangeAddress(13, 13, 0, 3));
            for (int c = 3; c <= 8; c++) {
                s.addMergedRegion(new CellRangeAddress(6, 7, c, c));
            }
            wb.write(out);
        }
        return Readers.read(file).disclosure();
    }

    private static void row(Sheet s, int index, String... cells) {
        Row r = s.createRow(index);
        for (int c = 0; c < cells.length; c++) {
            if (!cells[c].isEmpty()) {
                r.createCell(c).setCellValue(cells[c]);
            }
        }
    }
}
