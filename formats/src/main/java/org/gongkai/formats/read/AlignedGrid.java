package org.gongkai.formats.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.gongkai.core.disclosure.SourceRef;
import org.gongkai.formats.read.AlignedFields.Field;
import org.gongkai.formats.read.AlignedFields.Kind;
import org.gongkai.formats.read.AlignedLayout.PageLine;

/**
 * Rebuilds the columns of one space-aligned table from character positions: amounts cluster by their
 * right edge, codes and labels by their left edge; header words that sit over no body column add a column
 * (a column left blank in every row). Label fragments on lines of their own, directly above or below a
 * row, are wrapped labels and join that row's cell.
 */
final class AlignedGrid {
    private AlignedGrid() {}

    private static final int TOLERANCE = 3;
    private static final Pattern LABEL_HEADER = Pattern.compile("(项目|科目|名称|.*科目名称|.*项目名称)");
    private static final Pattern NUMBERED = Pattern.compile("^([一二三四五六七八九十]+、|\\d+[.．、]|[（(][一二三四五六七八九十]+[）)]).*");

    private static final class Col {
        final boolean amount;
        int minAnchor;
        int maxAnchor;
        int minStart = Integer.MAX_VALUE;
        int maxEnd;

        Col(boolean amount, int anchor) {
            this.amount = amount;
            this.minAnchor = anchor;
            this.maxAnchor = anchor;
        }

        void add(Field f) {
            minAnchor = Math.min(minAnchor, f.anchor());
            maxAnchor = Math.max(maxAnchor, f.anchor());
            minStart = Math.min(minStart, f.start());
            maxEnd = Math.max(maxEnd, f.end());
        }

        double center() {
            return (minStart + maxEnd) / 2.0;
        }

        boolean overlaps(int s, int e) {
            return s < maxEnd + 1 && e > minStart - 1;
        }
    }

    static RawItem.Grid build(List<PageLine> header, List<PageLine> body) {
        List<List<Field>> bodyFields = new ArrayList<>();
        List<Boolean> isData = new ArrayList<>();
        for (PageLine l : body) {
            bodyFields.add(l.text().isBlank() ? List.of() : AlignedFields.split(l.text()));
            isData.add(!l.text().isBlank() && AlignedLayout.isDataLine(l.text()));
        }
        alignPages(body, bodyFields, isData);
        Map<Field, Col> owner = new IdentityHashMap<>();
        List<Col> cols = new ArrayList<>();
        for (boolean amount : new boolean[] {true, false}) {
            List<Field> fs = new ArrayList<>();
            for (int r = 0; r < body.size(); r++) {
                if (isData.get(r)) {
                    for (Field f : bodyFields.get(r)) {
                        if ((f.kind() == Kind.AMOUNT) == amount && !isCentredTotal(f)) {
                            fs.add(f);
                        }
                    }
                }
            }
            fs.sort(Comparator.comparingInt(Field::anchor));
            Col current = null;
            for (Field f : fs) {
                if (current == null || f.anchor() > current.maxAnchor + TOLERANCE) {
                    current = new Col(amount, f.anchor());
                    cols.add(current);
                }
                current.add(f);
                owner.put(f, current);
            }
        }
        int rightmost = cols.stream().mapToInt(c -> c.maxEnd).max().orElse(-1);
        int amountsFrom = cols.stream()
                .filter(c -> c.amount)
                .mapToInt(c -> c.minStart)
                .min()
                .orElse(Integer.MAX_VALUE);
        List<List<Field>> headerFields = new ArrayList<>();
        for (PageLine l : header) {
            headerFields.add(AlignedFields.split(l.text()));
        }
        for (int h = headerFields.size() - 1; h >= 0; h--) {
            List<Field> below = nextNonEmpty(headerFields, h);
            for (Field f : headerFields.get(h)) {
                boolean free = cols.stream().noneMatch(c -> c.overlaps(f.start(), f.end()));
                if (free
                        && (f.start() > rightmost || f.start() >= amountsFrom)
                        && !isParentBetween(f, below)
                        && !overLabelCell(f, cols)) {
                    Col c = new Col(false, f.start());
                    c.add(f);
                    cols.add(c);
                }
            }
        }
        cols.sort(Comparator.comparingDouble(Col::center));
        int n = cols.size();
        List<List<String>> rows = new ArrayList<>();
        List<SourceRef> refs = new ArrayList<>();
        for (int h = 0; h < header.size(); h++) {
            String[] cells = emptyCells(n);
            for (Field f : headerFields.get(h)) {
                int c = firstOverlap(cols, f);
                cells[c] = cells[c] + f.text();
            }
            rows.add(List.of(cells));
            refs.add(header.get(h).ref());
        }
        String[][] bodyCells = new String[body.size()][];
        for (int r = 0; r < body.size(); r++) {
            if (isData.get(r)) {
                bodyCells[r] = emptyCells(n);
                for (Field f : bodyFields.get(r)) {
                    Col c = owner.get(f);
                    int idx = c != null
                            ? cols.indexOf(c)
                            : isCentredTotal(f) ? labelColumnLeftOf(cols, f) : firstOverlap(cols, f);
                    bodyCells[r][idx] = join(bodyCells[r][idx], f.text(), " ");
                }
            }
        }
        int[] widest = new int[n];
        for (int r = 0; r < body.size(); r++) {
            for (int c = 0; isData.get(r) && c < n; c++) {
                widest[c] = Math.max(widest[c], bodyCells[r][c].length());
            }
        }
        boolean[] own = new boolean[body.size()];
        for (int r = 0; r < body.size(); r++) {
            if (isData.get(r) || bodyFields.get(r).isEmpty()) {
                continue;
            }
            int target = fragmentTarget(r, body, isData, bodyFields, bodyCells, cols, widest);
            if (target < 0) {
                own[r] = true;
                bodyCells[r] = emptyCells(n);
                for (Field f : bodyFields.get(r)) {
                    int idx = firstOverlap(cols, f);
                    bodyCells[r][idx] = join(bodyCells[r][idx], f.text(), " ");
                }
                continue;
            }
            for (Field f : bodyFields.get(r)) {
                int idx = firstOverlap(cols, f);
                String cell = bodyCells[target][idx];
                bodyCells[target][idx] = target > r ? f.text() + cell : cell + f.text();
            }
        }
        for (int r = 0; r < body.size(); r++) {
            if (isData.get(r) || own[r]) {
                rows.add(List.of(bodyCells[r]));
                refs.add(body.get(r).ref());
            }
        }
        SourceRef ref = !refs.isEmpty() ? refs.get(0) : SourceRef.NONE;
        return new RawItem.Grid(rows, refs, ref);
    }

    /** The nearest header line below h that has words, or none. */
    private static List<Field> nextNonEmpty(List<List<Field>> headerFields, int h) {
        for (int i = h + 1; i < headerFields.size(); i++) {
            if (!headerFields.get(i).isEmpty()) {
                return headerFields.get(i);
            }
        }
        return List.of();
    }

    /**
     * A header word centred in the gap between two words of the line below is their parent (本年支出 over
     * 项目 and 预算数), not a column of its own.
     */
    private static boolean isParentBetween(Field f, List<Field> below) {
        Field left = null;
        Field right = null;
        for (Field b : below) {
            if (b.start() < f.end() && b.end() > f.start()) {
                return false;
            }
            if (b.end() <= f.start()) {
                left = b;
            } else if (right == null) {
                right = b;
            }
        }
        if (left == null || right == null) {
            return false;
        }
        double middle = (left.start() + right.end()) / 2.0;
        return Math.abs((f.start() + f.end()) / 2.0 - middle) <= TOLERANCE;
    }

    /**
     * Labels are left-aligned but their header is centred over the whole cell, which reaches to the next
     * column: a label-column header word (项目, 科目名称) to the right of a label column, before the next
     * column starts, heads that label column.
     */
    private static boolean overLabelCell(Field f, List<Col> cols) {
        if (!LABEL_HEADER.matcher(CellText.compact(f.text())).matches()) {
            return false;
        }
        Col label = null;
        for (Col c : cols) {
            if (!c.amount && c.minStart <= f.start() && (label == null || c.minStart > label.minStart)) {
                label = c;
            }
        }
        if (label == null) {
            return false;
        }
        int cellStart = label.minStart;
        return cols.stream().filter(c -> c.minStart > cellStart).allMatch(c -> c.minStart >= f.end());
    }

    /** 合计/总计 labels are often centred: they belong to the label column, not a column of their own. */
    private static boolean isCentredTotal(Field f) {
        return f.kind() == Kind.TEXT && RowKeys.isTotalLabel(f.text());
    }

    /** The rightmost text column starting at or before the field, else the nearest. */
    private static int labelColumnLeftOf(List<Col> cols, Field f) {
        int best = -1;
        for (int c = 0; c < cols.size(); c++) {
            Col col = cols.get(c);
            if (!col.amount && col.minAnchor <= f.start() && col.minStart <= f.end()) {
                if (best < 0 || cols.get(best).minAnchor < col.minAnchor) {
                    best = c;
                }
            }
        }
        return best >= 0 ? best : firstOverlap(cols, f);
    }

    /**
     * Pages of one table are typeset separately, so amount columns can sit a few characters off on a
     * continuation page: shift each later page's amounts by the offset that best matches the first page.
     */
    private static void alignPages(List<PageLine> body, List<List<Field>> fields, List<Boolean> isData) {
        int firstPage = -1;
        List<Integer> reference = new ArrayList<>();
        for (int r = 0; r < body.size(); r++) {
            if (!isData.get(r)) {
                continue;
            }
            if (firstPage < 0) {
                firstPage = body.get(r).page();
            }
            if (body.get(r).page() == firstPage) {
                fields.get(r).stream().filter(f -> f.kind() == Kind.AMOUNT).forEach(f -> reference.add(f.end()));
            }
        }
        if (reference.isEmpty()) {
            return;
        }
        int r = 0;
        while (r < body.size()) {
            int page = body.get(r).page();
            int end = r;
            while (end < body.size() && body.get(end).page() == page) {
                end++;
            }
            if (page != firstPage) {
                int offset = bestOffset(reference, fields.subList(r, end));
                for (int j = r; j < end; j++) {
                    List<Field> shifted = new ArrayList<>();
                    for (Field f : fields.get(j)) {
                        shifted.add(
                                f.kind() == Kind.AMOUNT
                                        ? new Field(f.text(), f.start() + offset, f.end() + offset, f.kind())
                                        : f);
                    }
                    fields.set(j, shifted);
                }
            }
            r = end;
        }
    }

    private static int bestOffset(List<Integer> reference, List<List<Field>> page) {
        int best = 0;
        int bestHits = -1;
        for (int off = 0; Math.abs(off) <= 12; off = off > 0 ? -off : -off + 1) {
            int hits = 0;
            for (List<Field> line : page) {
                for (Field f : line) {
                    if (f.kind() != Kind.AMOUNT) {
                        continue;
                    }
                    int e = f.end() + off;
                    if (reference.stream().anyMatch(x -> Math.abs(x - e) <= 1)) {
                        hits++;
                    }
                }
            }
            if (hits > bestHits) {
                bestHits = hits;
                best = off;
            }
        }
        return best;
    }

    /** The data row a label fragment belongs to, or -1 when the line is a row of its own. */
    private static int fragmentTarget(
            int r,
            List<PageLine> body,
            List<Boolean> isData,
            List<List<Field>> fields,
            String[][] cells,
            List<Col> cols,
            int[] widest) {
        String text = CellText.trim(body.get(r).text());
        if (NUMBERED.matcher(text).matches() || fields.get(r).stream().anyMatch(f -> f.kind() != Kind.TEXT)) {
            return -1;
        }
        int above = adjacentData(r, -1, body, isData);
        int below = adjacentData(r, +1, body, isData);
        if (above < 0 && below < 0) {
            return -1;
        }
        int col = firstOverlap(cols, fields.get(r).get(0));
        boolean aboveEmpty = above >= 0 && cells[above][col].isEmpty();
        boolean belowEmpty = below >= 0 && cells[below][col].isEmpty();
        if (belowEmpty || (below >= 0 && !aboveEmpty && above < 0)) {
            return below;
        }
        if (aboveEmpty || below < 0) {
            return above;
        }
        // Both neighbours have a label. A label wraps only when it fills its column, and its last line is the
        // short rest: a short fragment under a label as wide as the column ends that label.
        int full = widest[col] - 1;
        if (full > 2
                && cells[above][col].length() >= full
                && CellText.compact(text).length() < full) {
            return above;
        }
        return below;
    }

    /** The data line next to r in a direction, through other label fragments but not blank lines. */
    private static int adjacentData(int r, int dir, List<PageLine> body, List<Boolean> isData) {
        for (int j = r + dir; j >= 0 && j < body.size(); j += dir) {
            if (body.get(j).text().isBlank()
                    || body.get(j).page() != body.get(r).page()) {
                return -1;
            }
            if (isData.get(j)) {
                return j;
            }
        }
        return -1;
    }

    private static int firstOverlap(List<Col> cols, Field f) {
        int best = 0;
        double distance = Double.MAX_VALUE;
        for (int c = 0; c < cols.size(); c++) {
            Col col = cols.get(c);
            if (col.overlaps(f.start(), f.end())) {
                return c;
            }
            double d = Math.abs(col.center() - (f.start() + f.end()) / 2.0);
            if (d < distance) {
                distance = d;
                best = c;
            }
        }
        return best;
    }

    private static String[] emptyCells(int n) {
        String[] cells = new String[Math.max(n, 1)];
        java.util.Arrays.fill(cells, "");
        return cells;
    }

    private static String join(String a, String b, String sep) {
        return a.isEmpty() ? b : a + sep + b;
    }
}
