package org.gongkai.formats.read.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.gongkai.core.disclosure.SourceRef;
import org.gongkai.formats.read.Extractor;
import org.gongkai.formats.read.RawDocument;
import org.gongkai.formats.read.RawItem;
import org.gongkai.formats.read.UnreadableDocumentException;
import org.gongkai.formats.read.limits.Bounded;
import org.gongkai.formats.read.limits.Limits;

/**
 * Reads a PDF's text layer with glyph positions: running text becomes lines, tables become grids whose
 * columns are rebuilt from x-positions (so blank cells stay as ""), with wrapped labels joined and a
 * table continued over a page break kept as one grid without its repeated header.
 */
public final class PdfExtractor implements Extractor {
    /** Streams PDFBox creates while reading stay in memory up to 64 MB, then go to a temp file (512 MB cap). */
    private static final org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction STREAM_CACHE =
            MemoryUsageSetting.setupMixed(64L << 20, 512L << 20).streamCache;

    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    @Override
    public String format() {
        return "PDF";
    }

    @Override
    public boolean sniff(byte[] head) {
        // the header may follow a little junk (allowed by readers); look in the first 1 KB
        int limit = Math.min(head.length, 1024) - MAGIC.length;
        for (int i = 0; i <= limit; i++) {
            if (matchesAt(head, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAt(byte[] head, int at) {
        for (int j = 0; j < MAGIC.length; j++) {
            if (head[at + j] != MAGIC[j]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public RawDocument extract(Path file) throws UnreadableDocumentException {
        return Bounded.call(format(), file, () -> read(file));
    }

    private RawDocument read(Path file) throws IOException, UnreadableDocumentException {
        String name = file.getFileName().toString();
        List<List<Glyph>> pages;
        try (PDDocument document =
                Loader.loadPDF(new RandomAccessReadBufferedFile(file), "", null, null, STREAM_CACHE)) {
            if (document.getNumberOfPages() > Limits.MAX_PAGES) {
                throw new UnreadableDocumentException(
                        "PDF 页数过多（" + document.getNumberOfPages() + " 页，上限 " + Limits.MAX_PAGES + " 页）：" + name);
            }
            pages = new GlyphCollector().pages(document, Limits.MAX_PAGES);
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException("PDF 已加密，需要密码才能打开，无法读取：" + name);
        }
        if (pages.stream().allMatch(p -> p.stream().allMatch(Glyph::isBlank))) {
            throw new UnreadableDocumentException("PDF 为扫描件/无文字层（共 " + pages.size() + " 页均无可提取的文字），请提供带文字层的文件：" + name);
        }
        return new RawDocument(name, assemble(pages));
    }

    /** Turns the pages into items, continuing a table over page breaks. */
    static List<RawItem> assemble(List<List<Glyph>> pages) {
        List<RawItem> items = new ArrayList<>();
        GridBuilder open = null; // the table the previous page ended with
        for (int p = 0; p < pages.size(); p++) {
            int page = p + 1;
            List<PageLayout.Block> blocks =
                    PageLayout.blocks(LineBuilder.lines(pages.get(p)), open == null ? List.of() : open.columns());
            for (int b = 0; b < blocks.size(); b++) {
                PageLayout.Block block = blocks.get(b);
                if (block instanceof PageLayout.Text text) {
                    flush(open, items);
                    open = null;
                    items.add(new RawItem.Line(text.text(), SourceRef.page(page, text.line())));
                } else if (block instanceof PageLayout.Table table) {
                    if (b == 0 && open != null && open.continuesWith(table)) {
                        open.append(table, page, true);
                    } else {
                        flush(open, items);
                        open = new GridBuilder(table.columns());
                        open.append(table, page, false);
                    }
                }
            }
        }
        flush(open, items);
        return items;
    }

    private static void flush(GridBuilder grid, List<RawItem> items) {
        if (grid != null) {
            items.add(grid.build());
        }
    }
}
