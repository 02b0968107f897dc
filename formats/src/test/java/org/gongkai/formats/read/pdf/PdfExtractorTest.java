package org.gongkai.formats.read.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.formats.read.RawDocument;
import org.gongkai.formats.read.RawItem;
import org.gongkai.formats.read.UnreadableDocumentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfExtractorTest {
    private static final float[] COLS = {50, 200, 300, 400};
    private final PdfExtractor extractor = new PdfExtractor();

    @TempDir
    Path dir;

    @Test
    void sniffsPdfHeaderOnly() {
        assertThat(extractor.sniff("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)))
                .isTrue();
        assertThat(extractor.sniff("PK\3\4".getBytes(StandardCharsets.US_ASCII)))
                .isFalse();
        assertThat(extractor.sniff("<html>%PDF".getBytes(StandardCharsets.US_ASCII)))
                .isFalse();
        assertThat(extractor.sniff(new byte[0])).isFalse();
    }

    @Test
    void rebuildsColumnsSoBlankCellsStayEmpty() throws Exception {
        Path pdf = dir.resolve("t.pdf");
        new PdfMaker()
                .page()
                .text("Budget summary", 50, 60)
                .row(100, COLS, "Item", "Total", "Basic", "Project")
                .row(125, COLS, "Office", "1,200.00", "1,000.00", "200.00")
                .row(150, COLS, "Training", "300.00", null, "300.00")
                .row(175, COLS, "Pensions", "50.00", "50.00", null)
                .text("Figures are in yuan; this sentence is running text.", 50, 230)
                .write(pdf);

        RawDocument doc = extractor.extract(pdf);

        assertThat(doc.items().get(0)).isInstanceOf(RawItem.Line.class);
        RawItem.Grid grid = onlyGrid(doc);
        assertThat(grid.rows())
                .containsExactly(
                        List.of("Item", "Total", "Basic", "Project"),
                        List.of("Office", "1,200.00", "1,000.00", "200.00"),
                        List.of("Training", "300.00", "", "300.00"),
                        List.of("Pensions", "50.00", "50.00", ""));
        assertThat(grid.rowRefs().get(2).page()).isEqualTo(1);
        assertThat(grid.rowRefs().get(2).line()).isEqualTo(4);
        assertThat(doc.items().get(doc.items().size() - 1))
                .isEqualTo(new RawItem.Line(
                        "Figures are in yuan; this sentence is running text.",
                        org.gongkai.core.disclosure.SourceRef.page(1, 6)));
    }

    @Test
    void joinsLabelsWrappedAroundTheirAmountLine() throws Exception {
        Path pdf = dir.resolve("wrap.pdf");
        new PdfMaker()
                .page()
                .row(100, COLS, "Item", "Total", "Basic", "Project")
                .row(125, COLS, "Office", "1,200.00", "1,000.00", "200.00")
                // a tall cell: label over two lines, amounts centred between them
                .text("Social security", 50, 146)
                .row(152, COLS, null, "90.00", "90.00", null)
                .text("and employment", 50, 158)
                .row(185, COLS, "Total", "1,290.00", "1,090.00", "200.00")
                .write(pdf);

        RawItem.Grid grid = onlyGrid(extractor.extract(pdf));

        assertThat(grid.rows()).hasSize(4);
        assertThat(grid.rows().get(2)).containsExactly("Social security and employment", "90.00", "90.00", "");
        assertThat(grid.rows().get(3).get(0)).isEqualTo("Total");
    }

    @Test
    void wrappedLabelStartingRightUnderTheRowAboveStaysWithItsOwnAmounts() throws Exception {
        Path pdf = dir.resolve("wrap-close.pdf");
        new PdfMaker()
                .page()
                .row(100, COLS, "Item", "Total", "Basic", "Project")
                .row(125, COLS, "Office", "1,200.00", "1,000.00", "200.00")
                // the label's first line is as close to the row above as rows are to each other
                .text("Social security", 50, 140)
                .row(146, COLS, null, "90.00", "90.00", null)
                .text("and employment", 50, 152)
                .row(168, COLS, "Training", "300.00", null, "300.00")
                .text("Without amounts", 50, 178)
                .row(200, COLS, "Total", "1,590.00", "1,090.00", "500.00")
                .write(pdf);

        RawItem.Grid grid = onlyGrid(extractor.extract(pdf));

        assertThat(grid.rows())
                .containsExactly(
                        List.of("Item", "Total", "Basic", "Project"),
                        List.of("Office", "1,200.00", "1,000.00", "200.00"),
                        List.of("Social security and employment", "90.00", "90.00", ""),
                        List.of("Training Without amounts", "300.00", "", "300.00"),
                        List.of("Total", "1,590.00", "1,090.00", "500.00"));
    }

    @Test
    void joinsAHeaderCellWrappedOverTwoLines() throws Exception {
        Path pdf = dir.resolve("header.pdf");
        new PdfMaker()
                .page()
                .row(100, COLS, "Item", "Total", "Basic", "Project")
                .row(112, COLS, null, null, "spending", "spending")
                .row(140, COLS, "Office", "1,200.00", "1,000.00", "200.00")
                .write(pdf);

        RawItem.Grid grid = onlyGrid(extractor.extract(pdf));

        assertThat(grid.rows())
                .containsExactly(
                        List.of("Item", "Total", "Basic spending", "Project spending"),
                        List.of("Office", "1,200.00", "1,000.00", "200.00"));
    }

    @Test
    void continuesATableOverAPageBreakWithoutItsRepeatedHeader() throws Exception {
        Path pdf = dir.resolve("two-pages.pdf");
        new PdfMaker()
                .page()
                .row(100, COLS, "Item", "Total", "Basic", "Project")
                .row(125, COLS, "Office", "1,200.00", "1,000.00", "200.00")
                .row(150, COLS, "Training", "300.00", null, "300.00")
                .page()
                .row(100, COLS, "Item", "Total", "Basic", "Project")
                .row(125, COLS, "Pensions", "50.00", "50.00", null)
                .row(150, COLS, "Sum", "1,550.00", "1,050.00", "500.00")
                .write(pdf);

        RawItem.Grid grid = onlyGrid(extractor.extract(pdf));

        assertThat(grid.rows())
                .extracting(r -> r.get(0))
                .containsExactly("Item", "Office", "Training", "Pensions", "Sum");
        assertThat(grid.rowRefs().get(3).page()).isEqualTo(2);
    }

    @Test
    void keepsTwoDifferentTablesApart() throws Exception {
        Path pdf = dir.resolve("two-tables.pdf");
        new PdfMaker()
                .page()
                .row(100, COLS, "Item", "Total", "Basic", "Project")
                .row(125, COLS, "Office", "1,200.00", "1,000.00", "200.00")
                .page()
                .row(100, new float[] {50, 350}, "Vehicles", "3")
                .row(125, new float[] {50, 350}, "Buildings", "2")
                .write(pdf);

        List<RawItem> items = extractor.extract(pdf).items();

        assertThat(items).hasSize(2).allMatch(i -> i instanceof RawItem.Grid);
        assertThat(((RawItem.Grid) items.get(1)).rows().get(0)).containsExactly("Vehicles", "3");
    }

    @Test
    void refusesEncryptedPdf() throws Exception {
        Path pdf = dir.resolve("locked.pdf");
        new PdfMaker().page().text("secret 1", 50, 100).write(pdf, "user-secret");

        assertThatThrownBy(() -> extractor.extract(pdf))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("PDF 已加密");
    }

    @Test
    void readsPdfRestrictedOnlyByOwnerPassword() throws Exception {
        Path pdf = dir.resolve("owner-only.pdf");
        new PdfMaker().page().text("public 1", 50, 100).write(pdf, "");

        assertThat(extractor.extract(pdf).items()).extracting(RawItem::ref).isNotEmpty();
    }

    @Test
    void refusesPdfWithoutTextLayer() throws Exception {
        Path pdf = dir.resolve("scan.pdf");
        new PdfMaker().page().page().write(pdf);

        assertThatThrownBy(() -> extractor.extract(pdf))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("扫描件/无文字层");
    }

    @Test
    void refusesCorruptPdfWithChineseReason() throws Exception {
        Path pdf = dir.resolve("broken.pdf");
        Files.write(pdf, "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> extractor.extract(pdf))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("PDF")
                .hasMessageContaining("broken.pdf");
    }

    static RawItem.Grid onlyGrid(RawDocument doc) {
        List<RawItem.Grid> grids = grids(doc);
        assertThat(grids).hasSize(1);
        return grids.get(0);
    }

    static List<RawItem.Grid> grids(RawDocument doc) {
        return doc.items().stream()
                .filter(RawItem.Grid.class::isInstance)
                .map(RawItem.Grid.class::cast)
                .toList();
    }
}
