package org.gongkai.formats.read.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** One page cut into running-text lines and tables, top to bottom. */
final class PageLayout {
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[-—–\\s]*(第\\s*)?\\d{1,4}(\\s*页)?[-—–\\s]*$");

    /** A piece of a page. */
    sealed interface Block permits Text, Table {}

    /** A line of running text; line is its 1-based number on the page. */
    record Text(String text, int line) implements Block {}

    /** A table: its columns and rows; header is the number of leading rows above the first figure row. */
    record Table(Columns columns, List<TableRows.Row> rows, int header) implements Block {}

    private PageLayout() {}

    /**
     * Lays out one page.
     *
     * @param seed columns of the table the previous page ended with, tried for a table at the top of
     *     this page (empty when the previous page did not end with a table)
     */
    static List<Block> blocks(List<PageLine> allLines, List<float[]> seed) {
        List<PageLine> lines = dropPageNumbers(allLines);
        int offset = allLines.isEmpty() || lines.isEmpty() || allLines.get(0) == lines.get(0) ? 1 : 2;
        List<Block> blocks = new ArrayList<>();
        int next = 0;
        for (RegionFinder.Region region : RegionFinder.regions(lines)) {
            for (int i = next; i < region.from(); i++) {
                blocks.add(new Text(lines.get(i).text(), i + offset));
            }
            List<PageLine> regionLines = lines.subList(region.from(), region.to());
            boolean atTop = blocks.isEmpty();
            blocks.add(table(regionLines, atTop ? seed : List.of(), region.from() + offset));
            next = region.to();
        }
        for (int i = next; i < lines.size(); i++) {
            blocks.add(new Text(lines.get(i).text(), i + offset));
        }
        return blocks;
    }

    private static Table table(List<PageLine> lines, List<float[]> seed, int firstLine) {
        List<PageLine> data = new ArrayList<>();
        List<PageLine> other = new ArrayList<>();
        for (PageLine line : lines) {
            (line.hasNumber() ? data : other).add(line);
        }
        Columns columns = Columns.of(seed, data, other, 0f);
        if (!seed.isEmpty() && columns.size() != seed.size()) {
            columns = Columns.of(List.of(), data, other, 0f); // not the same table after all
        }
        List<TableRows.Row> rows = TableRows.mergeWrapped(TableRows.rows(lines, columns, firstLine));
        return new Table(columns, rows, TableRows.headerCount(rows));
    }

    /** Page numbers printed at the top or bottom are furniture, not content. */
    private static List<PageLine> dropPageNumbers(List<PageLine> lines) {
        List<PageLine> out = new ArrayList<>(lines);
        if (!out.isEmpty()
                && PAGE_NUMBER.matcher(out.get(out.size() - 1).text()).matches()) {
            out.remove(out.size() - 1);
        }
        if (!out.isEmpty() && PAGE_NUMBER.matcher(out.get(0).text()).matches()) {
            out.remove(0);
        }
        return out;
    }
}
