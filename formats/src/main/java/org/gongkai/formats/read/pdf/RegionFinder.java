package org.gongkai.formats.read.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the table regions of a page: runs of lines laid out in columns (cells set apart by wide gaps), together with the label-only rows between and around them that start where a column starts.
 * Everything else is running text.
 */
final class RegionFinder {
    /** "编制部门：…  单位：元" and the like: a caption above a table, kept as text. */
    private static final Pattern CAPTION = Pattern.compile("^(编制(部门|单位)|填报(部门|单位)|单位)[:：].*");
    /** A gap this wide (share of the font size) separates columns, not words. */
    private static final float COLUMN_GAP = 1.5f;
    /** Lines closer than this (share of the font size) belong to one cell or one row. */
    static final float TIGHT = 1.6f;

    /** Line index range [from, to) of one table region. */
    record Region(int from, int to) {}

    private RegionFinder() {}

    static List<Region> regions(List<PageLine> lines) {
        List<Region> regions = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (!tabular(lines.get(i))) {
                i++;
                continue;
            }
            int from = i;
            int j = i + 1;
            while (j < lines.size()) {
                PageLine line = lines.get(j);
                if (!tabular(line) && !rowLike(line, lines.subList(from, j))) {
                    break;
                }
                j++;
            }
            int to = j; // label-only rows after the last row with columns still belong to the table
            // leading label-only header lines directly above the first tabular line
            while (from > 0
                    && (regions.isEmpty() || regions.get(regions.size() - 1).to() < from)
                    && leadingHeader(lines.get(from - 1), lines.get(from), lines.subList(from, to))) {
                from--;
            }
            regions.add(new Region(from, to));
            i = to;
        }
        return joinHeaderParts(lines, regions);
    }

    /**
     * A multi-line table header often has lines with a single cell each; they cut the table into pieces.
     * Two regions separated only by a few such short lines (same or smaller font, close together) are one
     * table.
     */
    private static List<Region> joinHeaderParts(List<PageLine> lines, List<Region> regions) {
        List<Region> out = new ArrayList<>();
        for (Region r : regions) {
            if (!out.isEmpty() && bridgeable(lines, out.get(out.size() - 1), r)) {
                Region prev = out.remove(out.size() - 1);
                out.add(new Region(prev.from(), r.to()));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    private static boolean bridgeable(List<PageLine> lines, Region upper, Region lower) {
        if (lower.from() - upper.to() > 3) {
            return false;
        }
        float size = lines.get(upper.from()).fontSize();
        for (int i = upper.to(); i < lower.from(); i++) {
            PageLine line = lines.get(i);
            if (caption(line)
                    || line.text().endsWith("。")
                    || line.fontSize() > size * 1.1f
                    || line.segments().size() > 1) {
                return false;
            }
        }
        for (int i = upper.to(); i <= lower.from(); i++) {
            PageLine above = lines.get(i - 1);
            PageLine below = lines.get(i);
            if (below.y() - above.y() > 2.5f * Math.max(above.fontSize(), below.fontSize())) {
                return false;
            }
        }
        return true;
    }

    /** A line just above a table that is part of its header: a column label, or a label spanning columns. */
    private static boolean leadingHeader(PageLine line, PageLine below, List<PageLine> table) {
        if (rowLike(line, table) && tight(line, below)) {
            return true;
        }
        if (caption(line) || line.text().endsWith("。") || line.fontSize() > below.fontSize() * 1.1f) {
            return false;
        }
        if (below.y() - line.y() > 2.5f * Math.max(line.fontSize(), below.fontSize())) {
            return false;
        }
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        for (PageLine l : table) {
            left = Math.min(left, l.x0());
            right = Math.max(right, l.segments().get(l.segments().size() - 1).x1());
        }
        float x1 = line.segments().get(line.segments().size() - 1).x1();
        return line.x0() >= left - line.fontSize()
                && x1 <= right + line.fontSize()
                && x1 - line.x0() < 0.6f * (right - left);
    }

    static boolean tabular(PageLine line) {
        if (line.segments().size() < 2 || caption(line)) {
            return false;
        }
        // only a wide gap makes columns: narrow gaps occur in running text too (around Latin digits)
        return line.widestGap() >= COLUMN_GAP * line.fontSize();
    }

    static boolean caption(PageLine line) {
        return line.segments().stream().anyMatch(s -> CAPTION.matcher(s.text()).matches());
    }

    /**
     * A line without columns that still belongs to the table: it starts where a cell of a row with columns
     * starts and does not run into the next cell of that row.
     */
    private static boolean rowLike(PageLine line, List<PageLine> table) {
        if (caption(line) || line.text().endsWith("。")) {
            return false;
        }
        float tolerance = line.fontSize();
        float x1 = line.segments().get(line.segments().size() - 1).x1();
        for (PageLine other : table) {
            if (!tabular(other)) {
                continue;
            }
            List<Segment> cells = other.segments();
            for (int k = 0; k < cells.size(); k++) {
                Segment s = cells.get(k);
                if (Math.abs(s.x0() - line.x0()) > tolerance) {
                    continue;
                }
                float limit = k + 1 < cells.size() ? cells.get(k + 1).x0() : s.x1() + 4 * tolerance;
                if (x1 <= limit + tolerance) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean tight(PageLine above, PageLine below) {
        return below.y() - above.y() < TIGHT * Math.max(above.fontSize(), below.fontSize());
    }
}
