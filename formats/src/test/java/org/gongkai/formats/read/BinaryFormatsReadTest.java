package org.gongkai.formats.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gongkai.core.SharedDir;
import org.gongkai.formats.read.docx.DocxExtractor;
import org.gongkai.formats.read.docx.DocxExtractorTest;
import org.gongkai.formats.read.html.HtmlExtractor;
import org.gongkai.formats.read.pdf.PdfExtractor;
import org.gongkai.formats.read.xlsx.XlsxExtractor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The binary extractors are registered and chosen by content; real PDFs and workbooks read end to end. */
class BinaryFormatsReadTest {
    @TempDir
    Path dir;

    private static Extractor chosen(Path file) throws Exception {
        byte[] head;
        try (var in = Files.newInputStream(file)) {
            head = in.readNBytes(8192);
        }
        return Readers.extractors().stream()
                .filter(e -> e.sniff(head))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void extractorChosenByContentNotName() throws Exception {
        Path docx = DocxExtractorTest.sample(dir.resolve("really-a-docx.pdf"));
        Path html = Files.writeString(dir.resolve("page.txt"), "<!DOCTYPE html><p>说明</p>", StandardCharsets.UTF_8);

        assertThat(chosen(docx)).isInstanceOf(DocxExtractor.class);
        assertThat(chosen(html)).isInstanceOf(HtmlExtractor.class);
    }

    @Test
    void corpusPdfAndWorkbooksReadIntoDisclosures() throws Exception {
        Path pdf = SharedDir.corpus("011_putuo_zhengfuban_2025_dept_budget.pdf");
        Path xlsx = SharedDir.corpus("008_putuo_bumenyusuan_moban_2026_template.xlsx");
        Path xls = SharedDir.corpus("010_putuo_danweiyusuan_moban_2026_template.xls");
        Assumptions.assumeTrue(Files.exists(pdf) && Files.exists(xlsx) && Files.exists(xls));

        assertThat(chosen(pdf)).isInstanceOf(PdfExtractor.class);
        assertThat(chosen(xlsx)).isInstanceOf(XlsxExtractor.class);
        assertThat(chosen(xls)).isInstanceOf(XlsxExtractor.class);

        ReadResult fromPdf = Readers.read(pdf);
        assertThat(fromPdf.disclosure().tables().count()).isGreaterThanOrEqualTo(9);
        assertThat(fromPdf.disclosure().tables()).anyMatch(t -> t.rows().size() >= 20);
        // the nine table sheets are tables; cover, contents and narrative sheets are text
        assertThat(Readers.read(xlsx).disclosure().tables().count()).isEqualTo(9);
        assertThat(Readers.read(xls).disclosure().tables().count()).isEqualTo(9);
    }
}
