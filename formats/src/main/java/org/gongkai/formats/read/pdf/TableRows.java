package org.gongkai.formats.read.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rows of one table region: each line cut into the region's columns, then lines that are parts of
 * one row put back together — a label wrapped over two lines, or amounts printed a little above or below
 * their label (a tall cell whose label wraps while the amounts are centred).
 */
final class TableRows {
    /** Starts of a new row label: 一、 （一） 1. 1、 (1) or a classification code. */
    private static final Pattern ROW_START =
            Pattern.compile("^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\\d]+[)）]|\\d+[.、．]|\\d{3}).*");

    /** One table row under construction. */
    static final class Row {
        final String[] cells;
        final boolean[] figure;
        float y;
        final float fontSize;
        final int line;

        Row(int columns, float y, float fontSize, int line) {
            this.cells = new String[columns];
            this.figure = new boolean[columns];
            Arrays.fill(cells, "");
            this.y = y;
            this.fontSize = fontSize;
            this.line = line;
        }

        boolean hasFigure() {
            for (boolean f : figure) {
                if (f) {
                    return true;
                }
            }
            return false;
        }

        List<String> cells() {
            return List.of(cells);
        }

        String joined() {
            return String.join("", cells).replaceAll("\\s+", "");
        }
    }

    private TableRows() {}

    /**
     * Cuts the lines into rows.
     *
     * @param firstLine 1-based number of the region's first line on its page
     */
    static List<Row> rows(List<PageLine> lines, Columns columns, int firstLine) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            Row row = new Row(columns.size(), line.y(), line.fontSize(), firstLine + i);
            for (Segment s : line.segments()) {
                int c = columns.columnOf(s);
                row.cells[c] = join(row.cells[c], s.text());
                row.figure[c] |= s.isNumber();
            }
            rows.add(row);
        }
        return rows;
    }

    /** Number of leading rows before the first row holding a figure (the header), or 0 if none has one. */
    static int headerCount(List<Row> rows) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).hasFigure()) {
                return i;
            }
        }
        return 0;
    }

    /**
     * Joins the lines that make one row. In the header only a cell's wrapped continuation lines are
     * joined (each text of the lower line sits under a text of the line above); below it, also amounts
     * printed above or below their label.
     */
    static List<Row> mergeWrapped(List<Row> rows) {
        int header = headerCount(rows);
        List<Row> out = new ArrayList<>();
        int headerOut = 0;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            boolean inHeader = i < header;
            int floor = inHeader ? 0 : headerOut;
            Row prev = out.size() > floor ? out.get(out.size() - 1) : null;
            Row next = i + 1 < rows.size() ? rows.get(i + 1) : null;
            if (!inHeader && prev != null && next != null && opensNext(row, prev, next)) {
                for (int c = 0; c < row.cells.length; c++) {
                    next.cells[c] = join(row.cells[c], next.cells[c]);
                }
            } else if (prev != null && (inHeader ? continues(row, prev) : belongsTo(row, prev))) {
                for (int c = 0; c < row.cells.length; c++) {
                    prev.cells[c] = join(prev.cells[c], row.cells[c]);
                    prev.figure[c] |= row.figure[c];
                }
                if (inHeader) {
                    prev.y = row.y; // a header cell may wrap over several lines
                }
            } else {
                out.add(row);
            }
            if (inHeader) {
                headerOut = out.size();
            }
        }
        return out;
    }

    /** A header line whose every text continues the text printed right above it in the same column. */
    private static boolean continues(Row row, Row prev) {
        if (row.y - prev.y >= RegionFinder.TIGHT * Math.max(row.fontSize, prev.fontSize)) {
            return false;
        }
        for (int c = 0; c < row.cells.length; c++) {
            if (!row.cells[c].isEmpty() && (prev.cells[c].isEmpty() || row.figure[c] || prev.figure[c])) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when a label-only line is the first part of a label wrapped around the amount line below it (a
     * tall cell whose amounts are centred): the amount line leaves that label cell empty and sits closer to
     * the fragment than the row above does. Without this the fragment would end the label of the row above.
     */
    private static boolean opensNext(Row row, Row prev, Row next) {
        float gap = next.y - row.y;
        if (row.hasFigure() || !next.hasFigure() || gap <= 0 || gap >= row.y - prev.y) {
            return false;
        }
        if (gap >= RegionFinder.TIGHT * Math.max(row.fontSize, next.fontSize)) {
            return false;
        }
        boolean label = false;
        for (int c = 0; c < row.cells.length; c++) {
            if (row.cells[c].isEmpty()) {
                continue;
            }
            if (!next.cells[c].isEmpty() || ROW_START.matcher(row.cells[c]).matches()) {
                return false;
            }
            label = true;
        }
        return label;
    }

    /** True when the row printed right under prev is part of prev, not a row of its own. */
    private static boolean belongsTo(Row row, Row prev) {
        if (row.y - prev.y >= RegionFinder.TIGHT * Math.max(row.fontSize, prev.fontSize)) {
            return false;
        }
        if (row.hasFigure() && prev.hasFigure()) {
            return false;
        }
        boolean clash = false;
        for (int c = 0; c < row.cells.length; c++) {
            if (row.cells[c].isEmpty() || prev.cells[c].isEmpty()) {
                continue;
            }
            if (row.figure[c]
                    || prev.figure[c]
                    || ROW_START.matcher(row.cells[c]).matches()) {
                return false;
            }
            clash = true;
        }
        // an amounts-only line belongs to the label above it; a label-only line continues the label above
        return clash || row.hasFigure() != prev.hasFigure();
    }

    private static String join(String a, String b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        boolean cjk =
                Character.isIdeographic(a.codePointBefore(a.length())) || Character.isIdeographic(b.codePointAt(0));
        return cjk ? a + b : a + " " + b;
    }
}
