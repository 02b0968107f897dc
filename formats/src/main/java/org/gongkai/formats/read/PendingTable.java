package org.gongkai.formats.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.disclosure.SourceRef;

/** What the lines before a table said about it: number, title, 编制部门, unit, year. */
final class PendingTable {
    private static final Pattern TARGET_TITLE = Pattern.compile("(\\S*绩效目标(?:申报)?表)(?:[（(](\\d{4})年度?[）)])?[：:]\\S+");

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
        } else if (title.isEmpty()) {
            Matcher target = TARGET_TITLE.matcher(CellText.compact(line));
            if (target.matches()) {
                // "项目支出绩效目标表（2021年）：项目名" — a target table titled with its year and project
                title = target.group(1);
                year = target.group(2) == null ? year : target.group(2);
                used = true;
            }
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
