package org.gongkai.formats.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gongkai.core.disclosure.SourceRef;

/**
 * The layout of text saved from a word processor: every table cell on its own line starting with a tab,
 * rows separated by a blank line, a cell that wraps continues on the following untabbed lines. Running
 * text stands on untabbed lines.
 */
final class CellLineLayout {
    private CellLineLayout() {}

    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark: [^\\]]*\\]");

    /** True when enough lines start with a tab to be cell lines. */
    static boolean matches(List<String> lines) {
        long tabbed = lines.stream().filter(l -> l.startsWith("\t")).count();
        long nonBlank = lines.stream().filter(l -> !CellText.isBlank(l)).count();
        return tabbed >= 4 && tabbed * 4 >= nonBlank;
    }

    static List<RawItem> parse(List<String> lines) {
        Builder b = new Builder();
        for (int i = 0; i < lines.size(); i++) {
            String line = BOOKMARK.matcher(lines.get(i)).replaceAll("");
            if (b.blankRun == 1 && b.row == null && !b.rows.isEmpty() && isStrayCellText(lines, i)) {
                b.reopenRow();
            }
            b.accept(line, i + 1);
        }
        b.flushGrid();
        return b.items;
    }

    /**
     * True when untabbed text after a single blank line is followed directly by a cell line: a cell whose
     * text began with an empty line (the blank line belongs to the cell, not between rows).
     */
    private static boolean isStrayCellText(List<String> lines, int i) {
        String first = lines.get(i);
        if (first.startsWith("\t") || CellText.isBlank(first)) {
            return false;
        }
        if (TableTitles.number(first).isPresent()
                || TableTitles.isTitle(first)
                || TableTitles.preparer(first).isPresent()
                || TableTitles.unit(first).isPresent()) {
            return false;
        }
        int j = i;
        while (j < lines.size() && !lines.get(j).startsWith("\t") && !CellText.isBlank(lines.get(j))) {
            j++;
        }
        return j < lines.size() && lines.get(j).startsWith("\t") && j - i <= 12;
    }

    private static final class Builder {
        final List<RawItem> items = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        List<SourceRef> rowRefs = new ArrayList<>();
        List<StringBuilder> row;
        int rowLine;
        int blankRun;
        boolean lastWasCell;

        void accept(String line, int lineNo) {
            if (line.startsWith("\t")) {
                if (blankRun >= 2) {
                    flushGrid();
                }
                if (row == null) {
                    row = new ArrayList<>();
                    rowLine = lineNo;
                }
                row.add(new StringBuilder(line.substring(1).replace("\t", "")));
                blankRun = 0;
                lastWasCell = true;
            } else if (CellText.isBlank(line)) {
                finishRow();
                blankRun++;
                lastWasCell = false;
            } else if (row != null && lastWasCell) {
                row.get(row.size() - 1).append(CellText.trim(line));
            } else {
                flushGrid();
                items.add(new RawItem.Line(CellText.trim(line), SourceRef.line(lineNo)));
                blankRun = 0;
                lastWasCell = false;
            }
        }

        /** Takes the last finished row back, so that stray cell text continues its last cell. */
        void reopenRow() {
            List<String> last = rows.remove(rows.size() - 1);
            rowLine = rowRefs.remove(rowRefs.size() - 1).line();
            row = new ArrayList<>();
            for (String c : last) {
                row.add(new StringBuilder(c));
            }
            lastWasCell = true;
        }

        void finishRow() {
            if (row == null) {
                return;
            }
            rows.add(row.stream().map(sb -> CellText.trim(sb.toString())).toList());
            rowRefs.add(SourceRef.line(rowLine));
            row = null;
        }

        void flushGrid() {
            finishRow();
            if (!rows.isEmpty()) {
                items.add(new RawItem.Grid(rows, rowRefs, rowRefs.get(0)));
            }
            rows = new ArrayList<>();
            rowRefs = new ArrayList<>();
        }
    }
}
