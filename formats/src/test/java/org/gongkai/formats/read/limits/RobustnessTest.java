package org.gongkai.formats.read.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.formats.read.Extractor;
import org.gongkai.formats.read.RawDocument;
import org.gongkai.formats.read.UnreadableDocumentException;
import org.gongkai.formats.read.docx.DocxExtractor;
import org.gongkai.formats.read.docx.DocxExtractorTest;
import org.gongkai.formats.read.html.HtmlExtractor;
import org.gongkai.formats.read.pdf.PdfExtractor;
import org.gongkai.formats.read.pdf.PdfMaker;
import org.gongkai.formats.read.xlsx.XlsxExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken input never crashes or hangs a reader: truncated and corrupted files of every binary format
 * give a document or an {@link UnreadableDocumentException}, quickly; zip bombs are refused.
 */
class RobustnessTest {
    private static final Duration PER_FILE = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @Test
    void corruptedPdfs() throws Exception {
        Path seed = dir.resolve("seed.pdf");
        new PdfMaker()
                .page()
                .row(100, new float[] {50, 200, 300}, "Item", "Total", "Basic")
                .row(125, new float[] {50, 200, 300}, "Office", "1,200.00", "1,000.00")
                .write(seed);
        fuzz(new PdfExtractor(), seed, "pdf");
    }

    @Test
    void corruptedDocx() throws Exception {
        fuzz(new DocxExtractor(), DocxExtractorTest.sample(dir.resolve("seed.docx")), "docx");
    }

    @Test
    void corruptedXlsxAndXls() throws Exception {
        fuzz(new XlsxExtractor(), workbook(new XSSFWorkbook(), dir.resolve("seed.xlsx")), "xlsx");
        fuzz(new XlsxExtractor(), workbook(new HSSFWorkbook(), dir.resolve("seed.xls")), "xls");
    }

    @Test
    void corruptedHtml() throws Exception {
        Path seed = dir.resolve("seed.html");
        Files.writeString(
                seed,
                "<html><body><p>说明</p><table><tr><td rowspan=\"99999\" colspan=\"99999\">a</td></tr></table></body></html>",
                StandardCharsets.UTF_8);
        fuzz(new HtmlExtractor(), seed, "html", 1); // lenient: only the empty file is refused
    }

    @Test
    void zipBombIsRefused() throws Exception {
        Path seed = DocxExtractorTest.sample(dir.resolve("seed.docx"));
        Path bomb = dir.resolve("bomb.docx");
        try (ZipFile zip = new ZipFile(seed.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("word/document.xml")) {
                    byte[] chunk = new byte[1 << 20];
                    Arrays.fill(chunk, (byte) ' ');
                    for (int i = 0; i < 80; i++) {
                        out.write(chunk); // 80 MB of blanks, a few KB compressed
                    }
                } else {
                    try (var in = zip.getInputStream(entry)) {
                        in.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }

        assertThatThrownBy(() -> new DocxExtractor().extract(bomb))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("DOCX")
                .hasMessageContaining("bomb.docx")
                .hasMessageContaining("压缩炸弹");
    }

    @Test
    void slowReadingIsCutOffWithReason() throws Exception {
        Path file = dir.resolve("slow.pdf");
        Files.writeString(file, "%PDF-1.4");
        long start = System.nanoTime();

        assertThatThrownBy(() -> Bounded.call("PDF", file, Duration.ofMillis(300), () -> {
                    Thread.sleep(10_000);
                    return null;
                }))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("超时");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void libraryFailuresBecomeChineseReasons() throws Exception {
        Path file = dir.resolve("x.docx");
        Files.writeString(file, "x");

        assertThatThrownBy(() -> Bounded.call("DOCX", file, () -> {
                    throw new StackOverflowError();
                }))
                .hasMessageContaining("嵌套过深");
        assertThatThrownBy(() -> Bounded.call("DOCX", file, () -> {
                    throw new TooLargeException("单元格超过 3 个");
                }))
                .hasMessageContaining("单元格超过 3 个");
    }

    /** Truncations, byte flips and garbage after the magic: each must read or be refused, in time. */
    private void fuzz(Extractor extractor, Path seed, String ext) throws Exception {
        fuzz(extractor, seed, ext, 3);
    }

    private void fuzz(Extractor extractor, Path seed, String ext, int minRefused) throws Exception {
        byte[] good = Files.readAllBytes(seed);
        assertThat(extractor.sniff(good)).as("seed sniffed").isTrue();
        Random random = new Random(42);
        List<byte[]> variants = new ArrayList<>();
        for (int cut : new int[] {0, 1, 8, 64, good.length / 4, good.length / 2, good.length - 16, good.length - 1}) {
            variants.add(Arrays.copyOf(good, Math.max(0, cut)));
        }
        for (int i = 0; i < 12; i++) {
            byte[] flipped = good.clone();
            for (int k = 0; k < 1 + i * 3; k++) {
                flipped[random.nextInt(flipped.length)] = (byte) random.nextInt(256);
            }
            variants.add(flipped);
        }
        byte[] garbage = new byte[4096];
        random.nextBytes(garbage);
        System.arraycopy(good, 0, garbage, 0, Math.min(8, good.length));
        variants.add(garbage);

        int refused = 0;
        for (int i = 0; i < variants.size(); i++) {
            Path file = dir.resolve("v" + i + "." + ext);
            Files.write(file, variants.get(i));
            long start = System.nanoTime();
            try {
                RawDocument doc = extractor.extract(file);
                assertThat(doc.items()).isNotNull();
            } catch (UnreadableDocumentException e) {
                refused++;
                assertThat(e.getMessage()).as("variant %d", i).contains("v" + i + "." + ext);
            }
            assertThat(Duration.ofNanos(System.nanoTime() - start))
                    .as("variant %d", i)
                    .isLessThan(PER_FILE);
        }
        assertThat(refused).as("the empty and truncated files are refused").isGreaterThanOrEqualTo(minRefused);
    }

    private static Path workbook(Workbook wb, Path file) throws Exception {
        try (wb;
                OutputStream out = Files.newOutputStream(file)) {
            var sheet = wb.createSheet("表");
            sheet.createRow(0).createCell(0).setCellValue("项目");
            sheet.getRow(0).createCell(1).setCellValue(12.5);
            sheet.createRow(1).createCell(1).setCellFormula("B1*2");
            wb.write(out);
        }
        return file;
    }
}
