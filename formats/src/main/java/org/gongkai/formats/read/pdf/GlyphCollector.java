package org.gongkai.formats.read.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Collects the positioned glyphs of one page (PDFBox's own text assembly is bypassed). */
final class GlyphCollector extends PDFTextStripper {
    private final List<Glyph> glyphs = new ArrayList<>();
    private final List<List<Glyph>> pages = new ArrayList<>();

    GlyphCollector() {
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(false);
    }

    @Override
    protected void processTextPosition(TextPosition t) {
        String text = t.getUnicode();
        if (text == null || text.isEmpty()) {
            return;
        }
        float size = t.getFontSizeInPt();
        if (size <= 0) {
            size = Math.max(t.getHeightDir() * 2, 1f);
        }
        glyphs.add(new Glyph(text, t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), size));
    }

    @Override
    protected void writePage() {
        // the stripper's own line assembly is not used: the layout is rebuilt from the glyphs
    }

    @Override
    protected void writeString(String text, List<TextPosition> textPositions) throws IOException {
        // text is taken from processTextPosition
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new java.io.InterruptedIOException("interrupted");
        }
        pages.add(List.copyOf(glyphs));
        glyphs.clear();
    }

    /** The glyphs of each page (content-stream order), for at most the first maxPages pages. */
    List<List<Glyph>> pages(PDDocument document, int maxPages) throws IOException {
        pages.clear();
        glyphs.clear();
        setStartPage(1);
        setEndPage(maxPages);
        getText(document);
        return List.copyOf(pages);
    }
}
