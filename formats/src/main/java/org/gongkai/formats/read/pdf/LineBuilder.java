package org.gongkai.formats.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups the glyphs of one page into printed lines (by baseline) and each line into segments (by gaps),
 * in reading order top to bottom.
 */
final class LineBuilder {
    /** Baselines closer than this share a line, as a share of the font size. */
    private static final float SAME_LINE = 0.35f;
    /** A gap wider than this starts a new segment (a new cell candidate). */
    private static final float CELL_GAP = 0.8f;
    /** Inside a table row, a gap this wide between two ideographs separates cells. */
    private static final float NARROW_GAP = 0.25f;
    /** A gap wider than this is written as a space in the line text. */
    private static final float WORD_GAP = 0.3f;

    private LineBuilder() {}

    static List<PageLine> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        List<PageLine> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        float lineY = 0;
        float lineSize = 0;
        for (Glyph g : sorted) {
            if (!current.isEmpty() && Math.abs(g.y() - lineY) > SAME_LINE * Math.max(lineSize, g.fontSize())) {
                addLine(current, lines);
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                lineY = g.y();
                lineSize = g.fontSize();
            }
            current.add(g);
            lineSize = Math.max(lineSize, g.fontSize());
        }
        addLine(current, lines);
        return lines;
    }

    private static void addLine(List<Glyph> glyphs, List<PageLine> lines) {
        glyphs.sort(Comparator.comparingDouble(Glyph::x));
        PageLine coarse = line(glyphs, Float.MAX_VALUE);
        if (coarse == null) {
            return;
        }
        // in a table row, neighbouring header cells may be set only a few points apart
        lines.add(RegionFinder.tabular(coarse) ? line(glyphs, NARROW_GAP) : coarse);
    }

    /** Builds one line; wordGap is the gap between two ideographs that still separates cells. */
    private static PageLine line(List<Glyph> glyphs, float wordGap) {
        List<Segment> segments = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        StringBuilder seg = new StringBuilder();
        float segX0 = 0;
        float segX1 = 0;
        float size = 0;
        float y = 0;
        Glyph prev = null;
        boolean space = false; // a space character was printed since the previous glyph
        for (Glyph g : glyphs) {
            if (g.isBlank()) {
                space = prev != null;
                continue;
            }
            if (prev != null && g.text().equals(prev.text()) && Math.abs(g.x() - prev.x()) < 0.3f * g.width()) {
                continue; // the same glyph drawn twice (fake bold)
            }
            size = Math.max(size, g.fontSize());
            y = Math.max(y, g.y());
            if (prev != null) {
                float gap = g.x() - prev.right();
                float fs = Math.max(g.fontSize(), prev.fontSize());
                if (gap > CELL_GAP * fs
                        || (gap > 0.25f * fs && figures(prev, g))
                        || (gap > 0.15f * fs && figureThenWord(prev, g))
                        || (gap > 0.25f * fs && wordThenFigure(prev, g))
                        || (gap > wordGap * fs && ideographs(prev, g))) {
                    segments.add(new Segment(seg.toString(), segX0, segX1));
                    seg.setLength(0);
                } else if (space) {
                    seg.append(' ');
                }
                if (space || gap > WORD_GAP * fs) {
                    line.append(' ');
                }
                space = false;
            }
            if (seg.isEmpty()) {
                segX0 = g.x();
            }
            seg.append(g.text());
            line.append(g.text());
            segX1 = Math.max(segX1, g.right());
            prev = g;
        }
        if (seg.isEmpty()) {
            return null;
        }
        segments.add(new Segment(seg.toString(), segX0, segX1));
        return new PageLine(y, size, segments, line.toString());
    }

    private static boolean ideographs(Glyph prev, Glyph next) {
        return Character.isIdeographic(prev.text().codePointBefore(prev.text().length()))
                && Character.isIdeographic(next.text().codePointAt(0));
    }

    /** Two figures side by side in neighbouring columns: a narrow gap still separates them. */
    private static boolean figures(Glyph prev, Glyph next) {
        char p = prev.text().charAt(prev.text().length() - 1);
        char n = next.text().charAt(0);
        return Character.isDigit(p) && (Character.isDigit(n) || n == '-');
    }

    /** A label followed closely by its amount: two cells, not one. */
    private static boolean wordThenFigure(Glyph prev, Glyph next) {
        return Character.isIdeographic(prev.text().codePointBefore(prev.text().length()))
                && Character.isDigit(next.text().charAt(0));
    }

    /** An amount followed by a label printed close to it: two cells of a two-sided table row. */
    private static boolean figureThenWord(Glyph prev, Glyph next) {
        char p = prev.text().charAt(prev.text().length() - 1);
        char n = next.text().charAt(0);
        return Character.isDigit(p) && Character.isIdeographic(n);
    }
}
