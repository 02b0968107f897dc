package org.gongkai.formats.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The column x-ranges of one table, rebuilt from where its cells are printed: figures and labels of the
 * data rows first (they line up under their column), then header cells that fall in no such range (so a
 * column whose every data cell is blank still exists and its cells become "").
 */
final class Columns {
    private final List<float[]> ranges;

    private Columns(List<float[]> ranges) {
        this.ranges = ranges;
    }

    int size() {
        return ranges.size();
    }

    List<float[]> ranges() {
        return ranges.stream().map(float[]::clone).toList();
    }

    /**
     * Builds the columns of a region.
     *
     * @param seed columns inherited from the same table on the previous page (may be empty)
     * @param data lines holding figures
     * @param other the remaining lines of the region (headers, label-only rows)
     */
    static Columns of(List<float[]> seed, List<PageLine> data, List<PageLine> other, float slack) {
        List<float[]> ranges = new ArrayList<>();
        seed.forEach(r -> ranges.add(r.clone()));
        List<Segment> primary = new ArrayList<>();
        data.forEach(l -> primary.addAll(l.segments()));
        if (primary.isEmpty()) {
            other.forEach(l -> primary.addAll(l.segments()));
        }
        for (Segment s : primary) {
            absorb(ranges, s, slack);
        }
        if (!data.isEmpty()) {
            addHeaderOnly(ranges, other, slack);
        }
        ranges.sort(Comparator.comparingDouble(r -> r[0]));
        return new Columns(ranges);
    }

    /**
     * Header cells over columns that are blank in every data row add those columns. Lines are taken from
     * the one nearest the data upwards; a cell centred over two neighbouring columns of a lower header line
     * is a label spanning them, not a column of its own.
     */
    private static void addHeaderOnly(List<float[]> ranges, List<PageLine> other, float slack) {
        int dataColumns = ranges.size();
        List<PageLine> upwards = new ArrayList<>(other);
        upwards.sort(Comparator.comparingDouble(PageLine::y).reversed());
        List<float[]> extra = new ArrayList<>();
        for (int i = 0; i < upwards.size(); i++) {
            PageLine line = upwards.get(i);
            for (Segment s : line.segments()) {
                boolean covered = ranges.stream().anyMatch(r -> s.overlap(r[0], r[1]) > -slack)
                        || extra.stream().anyMatch(r -> s.overlap(r[0], r[1]) > -slack);
                if (!covered
                        && !wrapped(s, line, other)
                        && !spans(s, upwards.subList(0, i), ranges.subList(0, dataColumns), line.y())) {
                    absorb(extra, s, slack);
                }
            }
        }
        ranges.addAll(extra);
    }

    /** True when the segment is the second line of a header cell printed right above it. */
    private static boolean wrapped(Segment s, PageLine line, List<PageLine> other) {
        for (PageLine above : other) {
            float dy = line.y() - above.y();
            if (dy <= 0 || dy >= RegionFinder.TIGHT * Math.max(line.fontSize(), above.fontSize())) {
                continue;
            }
            for (Segment t : above.segments()) {
                if (t.x0() <= s.centre() && s.centre() <= t.x1() && t.x1() - t.x0() > s.x1() - s.x0()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when a lower line has cells in two neighbouring data columns on either side of the segment's centre. */
    private static boolean spans(Segment s, List<PageLine> lower, List<float[]> data, float y) {
        List<float[]> sorted = new ArrayList<>(data);
        sorted.sort(Comparator.comparingDouble(r -> r[0]));
        for (PageLine line : lower) {
            if (line.y() <= y) {
                continue;
            }
            for (int c = 0; c + 1 < sorted.size(); c++) {
                float[] left = sorted.get(c);
                float[] right = sorted.get(c + 1);
                if (left[1] <= s.centre() && s.centre() <= right[0] && hasCell(line, left) && hasCell(line, right)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasCell(PageLine line, float[] range) {
        return line.segments().stream().anyMatch(seg -> seg.overlap(range[0], range[1]) > 0);
    }

    /** Widens the range the segment overlaps, fusing ranges it bridges, or adds a new one. */
    private static void absorb(List<float[]> ranges, Segment s, float slack) {
        float[] merged = {s.x0(), s.x1()};
        for (int i = ranges.size() - 1; i >= 0; i--) {
            float[] r = ranges.get(i);
            if (s.overlap(r[0], r[1]) > -slack) {
                merged[0] = Math.min(merged[0], r[0]);
                merged[1] = Math.max(merged[1], r[1]);
                ranges.remove(i);
            }
        }
        ranges.add(merged);
    }

    /** The column a segment belongs to: the one it overlaps most, else the nearest. */
    int columnOf(Segment s) {
        int best = 0;
        float bestScore = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < ranges.size(); i++) {
            float[] r = ranges.get(i);
            float score = s.overlap(r[0], r[1]);
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }
}
