package org.gongkai.formats.read.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.core.SharedDir;
import org.gongkai.formats.read.RawDocument;
import org.gongkai.formats.read.RawItem;
import org.gongkai.formats.read.UnreadableDocumentException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxExtractorTest {
    private final XlsxExtractor extractor = new XlsxExtractor();

    @TempDir
    Path dir;

    @Test
    void oneGridPerSheetWithDisplayedValuesFormulaResultsAndMerges() throws Exception {
        Path file = dir.resolve("budget.xlsx");
        write(new XSSFWorkbook(), file);

        RawDocument doc = extractor.extract(file);

        assertThat(doc.items()).hasSize(1); // the empty second sheet gives no grid
        RawItem.Grid grid = (RawItem.Grid) doc.items().get(0);
        assertThat(grid.rows())
                .containsExactly(
                        List.of("收支总表", "", ""),
                        List.of("项目", "预算数", "占比"),
                        List.of("办公费", "1,200.50", "80%"),
                        List.of("差旅费", "300.00", "20%"),
                        List.of("合计", "1,500.50", ""));
        assertThat(grid.rowRefs().get(2)).isEqualTo(new org.gongkai.core.disclosure.SourceRef(0, 3, "总表"));
        assertThat(grid.ref().sheet()).isEqualTo("总表");
    }

    @Test
    void aSheetOfRunningTextReadsAsLines() throws Exception {
        Path file = dir.resolve("text.xlsx");
        try (Workbook wb = new XSSFWorkbook();
                var out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("编制说明");
            s.createRow(0).createCell(0).setCellValue("2026年部门预算编制说明");
            s.createRow(2).createCell(0).setCellValue("  一、收入预算\n  收入预算100万元。\n\n");
            wb.write(out);
        }

        List<RawItem> items = extractor.extract(file).items();

        assertThat(items)
                .extracting(i -> ((RawItem.Line) i).text())
                .containsExactly("2026年部门预算编制说明", "一、收入预算", "收入预算100万元。");
        assertThat(items.get(2).ref()).isEqualTo(new org.gongkai.core.disclosure.SourceRef(0, 3, "编制说明"));
    }

    @Test
    void readsOldBinaryXls() throws Exception {
        Path file = dir.resolve("budget.xls");
        write(new HSSFWorkbook(), file);

        RawItem.Grid grid = (RawItem.Grid) extractor.extract(file).items().get(0);

        assertThat(grid.rows().get(4)).containsExactly("合计", "1,500.50", "");
    }

    @Test
    void sniffsWorkbooksNotWordOrPdf() throws Exception {
        Path xlsx = dir.resolve("a.xlsx");
        Path xls = dir.resolve("a.xls");
        write(new XSSFWorkbook(), xlsx);
        write(new HSSFWorkbook(), xls);

        assertThat(extractor.sniff(head(xlsx))).isTrue();
        assertThat(extractor.sniff(head(xls))).isTrue();
        assertThat(extractor.sniff("%PDF-1.4".getBytes())).isFalse();
        assertThat(extractor.sniff("PK\3\4\0\0word/document.xml".getBytes())).isFalse();
    }

    @Test
    void passwordProtectedWorkbookIsRefusedAsEncrypted() throws Exception {
        Path plain = writeTo(new XSSFWorkbook(), dir.resolve("plain.xlsx"));
        Path locked = dir.resolve("locked.xlsx");
        var info = new org.apache.poi.poifs.crypt.EncryptionInfo(org.apache.poi.poifs.crypt.EncryptionMode.agile);
        var encryptor = info.getEncryptor();
        encryptor.confirmPassword("secret");
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs =
                new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
            try (OutputStream os = encryptor.getDataStream(fs)) {
                Files.copy(plain, os);
            }
            try (OutputStream out = Files.newOutputStream(locked)) {
                fs.writeFilesystem(out);
            }
        }

        assertThat(extractor.sniff(head(locked))).isTrue();
        assertThatThrownBy(() -> extractor.extract(locked))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("已加密")
                .hasMessageContaining("locked.xlsx");
    }

    @Test
    void corruptWorkbookIsUnreadableWithReason() throws Exception {
        Path file = dir.resolve("broken.xlsx");
        byte[] good = Files.readAllBytes(writeTo(new XSSFWorkbook(), dir.resolve("good.xlsx")));
        Files.write(file, java.util.Arrays.copyOf(good, good.length / 2));

        assertThatThrownBy(() -> extractor.extract(file))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("XLSX")
                .hasMessageContaining("broken.xlsx");
    }

    @Test
    void corpusTemplatesKeepSheetNamesAndHeaderCells() throws Exception {
        for (String name : List.of(
                "008_putuo_bumenyusuan_moban_2026_template.xlsx",
                "009_putuo_danweiyusuan_moban_2026_template.xlsx",
                "010_putuo_danweiyusuan_moban_2026_template.xls")) {
            Path file = SharedDir.corpus(name);
            Assumptions.assumeTrue(Files.exists(file));

            RawDocument doc = extractor.extract(file);

            // the nine table sheets are grids; the one-cell narrative sheets (职能, 名词解释, …) are lines
            assertThat(doc.items())
                    .as(name)
                    .filteredOn(RawItem.Grid.class::isInstance)
                    .hasSize(9);
            assertThat(doc.items())
                    .as(name)
                    .filteredOn(i -> i instanceof RawItem.Line l
                            && l.ref().sheet().equals("名词解释")
                            && l.text().startsWith("（二）事业收入："))
                    .hasSize(1);
            RawItem.Grid income = doc.items().stream()
                    .filter(RawItem.Grid.class::isInstance)
                    .map(RawItem.Grid.class::cast)
                    .filter(g -> g.rows().stream().anyMatch(r -> r.contains("收入总计")))
                    .findFirst()
                    .orElseThrow();
            List<String> total = income.rows().stream()
                    .filter(r -> r.contains("收入总计"))
                    .findFirst()
                    .orElseThrow();
            assertThat(total).as(name).containsSubsequence("收入总计", "支出总计");
            assertThat(income.ref().sheet()).as(name).isNotEmpty();
        }
    }

    private static byte[] head(Path file) throws Exception {
        try (var in = Files.newInputStream(file)) {
            return in.readNBytes(8192);
        }
    }

    private static void write(Workbook wb, Path file) throws Exception {
        writeTo(wb, file);
    }

    private static Path writeTo(Workbook wb, Path file) throws Exception {
        try (wb) {
            Sheet sheet = wb.createSheet("总表");
            wb.createSheet("空表");
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            CellStyle pct = wb.createCellStyle();
            pct.setDataFormat(wb.createDataFormat().getFormat("0%"));
            sheet.createRow(0).createCell(0).setCellValue("收支总表");
            sheet.getRow(0).createCell(1).setCellValue("合并区内的残留文字");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 2));
            Row header = sheet.createRow(1);
            header.createCell(0).setCellValue("项目");
            header.createCell(1).setCellValue("预算数");
            header.createCell(2).setCellValue("占比");
            Object[][] data = {{"办公费", 1200.5, "B3/B5"}, {"差旅费", 300.0, "B4/B5"}};
            for (int i = 0; i < data.length; i++) {
                Row row = sheet.createRow(2 + i);
                row.createCell(0).setCellValue((String) data[i][0]);
                Cell amount = row.createCell(1);
                amount.setCellValue((Double) data[i][1]);
                amount.setCellStyle(money);
                Cell share = row.createCell(2);
                share.setCellFormula((String) data[i][2]);
                share.setCellStyle(pct);
            }
            Row total = sheet.createRow(4);
            total.createCell(0).setCellValue("合计");
            Cell sum = total.createCell(1);
            sum.setCellFormula("SUM(B3:B4)");
            sum.setCellStyle(money);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll(); // cache results like Excel does
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }
}
