package org.gongkai.formats.read;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.disclosure.Table.Column;
import org.gongkai.core.disclosure.Table.ColumnType;

/**
 * Rows of a two-sided table (收入 left, 支出 right) read from a page text that leaves blank cells out: a
 * line with only an expenditure item ("九、卫生健康支出 370.37") lands on the income side, and the last
 * characters of a wrapped label ("出") make a row of their own. Such rows are moved to the expenditure
 * side, such tails joined to the label above, and two labels run together ("使用非财政拨款结余 结余分配") split
 * one per side.
 */
final class TwoSidedRows {
    private TwoSidedRows() {}

    /** The fixed rows and, for each, the index of the body row it came from. */
    record Fixed(List<List<String>> rows, List<Integer> from) {}

    static Fixed fix(List<Column> columns, List<List<String>> body) {
        int right = -1;
        for (int c = 1; c < columns.size(); c++) {
            if (columns.get(c).type() == ColumnType.LABEL
                    && columns.get(c).key().startsWith("expenditure.")) {
                right = c;
            }
        }
        int left = columns.isEmpty() || columns.get(0).type() != ColumnType.LABEL ? -1 : 0;
        List<Integer> from = new ArrayList<>();
        if (right < 0 || left < 0) {
            for (int i = 0; i < body.size(); i++) {
                from.add(i);
            }
            return new Fixed(body, from);
        }
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            List<String> r = new ArrayList<>(body.get(i));
            String[] two = r.get(left).trim().split("\\s+");
            if (r.get(right).isBlank() && two.length == 2 && CellText.hasHan(two[0]) && CellText.hasHan(two[1])) {
                // two labels with no amount between them: one per side
                r.set(left, two[0]);
                r.set(right, two[1]);
            }
            if (!CellText.hasHan(r.get(right)) && isExpenditureItem(r.get(left))) {
                List<String> amounts = new ArrayList<>();
                for (int c = left + 1; c < r.size(); c++) {
                    if (CellText.isAmount(r.get(c))) {
                        amounts.add(r.get(c));
                    }
                }
                String label = r.get(left);
                for (int c = 0; c < r.size(); c++) {
                    r.set(c, "");
                }
                r.set(right, label);
                for (int m = 0; m < amounts.size() && right + 1 + m < r.size(); m++) {
                    r.set(right + 1 + m, amounts.get(m));
                }
            }
            if (!out.isEmpty() && isTail(r, left, right)) {
                List<String> above = out.get(out.size() - 1);
                String tail = r.get(left).isEmpty() ? r.get(right) : r.get(left);
                int side = above.get(right).isBlank() ? left : right;
                above.set(side, above.get(side) + tail);
                continue;
            }
            out.add(r);
            from.add(i);
        }
        return new Fixed(out, from);
    }

    /** An expenditure item by its words: "…支出" (or wrapped "…支") and no 收入. */
    static boolean isExpenditureItem(String label) {
        String l = CellText.compact(label);
        return !l.contains("收入") && (l.endsWith("支出") || l.matches("^[一二三四五六七八九十]+、.*支$"));
    }

    /** A row holding nothing but one or two characters of label: the end of the label above. */
    private static boolean isTail(List<String> row, int left, int right) {
        long filled = row.stream().filter(c -> !c.isBlank()).count();
        String text = !row.get(left).isEmpty() ? row.get(left) : row.get(right);
        return filled == 1 && CellText.compact(text).length() <= 2 && CellText.hasHan(text) && !CellText.isAmount(text);
    }
}
