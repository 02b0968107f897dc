package org.gongkai.formats.read;

import org.gongkai.core.disclosure.SourceRef;

/** What the lines before a table said about it: number, title, 编制部门, unit, year. */
final class PendingTable {
    String number = "";
    String title = "";
    String preparer = "";
    String unitLabel = "";
    String year = "";
    SourceRef ref = SourceRef.NONE;
    final java.util.List<String> notes = new java.util.ArrayList<>();

    boolean isEmpty() {
        return number.isEmpty() && title.isEmpty() && preparer.isEmpty() && unitLabel.isEmpty();
    }

    void at(SourceRef r) {
        if (ref == SourceRef.NONE) {
            ref = r;
        }
    }

    /**
     * Takes what a line says about the table; false when the line is not about a table. Recognises
     * numbers, titles, 编制部门 and 单位 lines, and a year in parentheses.
     */
    boolean absorb(String line, SourceRef r) {
        boolean used = false;
        var numbered = TableTitles.number(line);
        if (numbered.isPresent()) {
            number = numbered.get().number();
            if (!numbered.get().title().isEmpty()) {
                title = numbered.get().title();
            }
            used = true;
        } else if (TableTitles.isTitle(line) && title.isEmpty()) {
            title = CellText.clean(line);
            used = true;
        }
        var prep = TableTitles.preparer(line);
        if (prep.isPresent()) {
            preparer = prep.get();
            used = true;
        }
        var unit = TableTitles.unit(line);
        if (unit.isPresent()) {
            unitLabel = unit.get();
            used = true;
        }
        String c = CellText.compact(line);
        if (c.matches("[（(]\\d{4}年(度)?[）)]")) {
            year = c.replaceAll("\\D", "");
            used = true;
        }
        if (used) {
            at(r);
        }
        return used;
    }
}
