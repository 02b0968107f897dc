package org.gongkai.core.testing;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.core.disclosure.Table;

/**
 * Reads displayed table cells back as numbers, the way a reader of the published document would: blank
 * is zero, thousands separators are dropped. Property tests check identities on these, never on the
 * derivation's internal figures.
 */
public final class DisplayedCells {
    private DisplayedCells() {}

    public static BigDecimal number(String cell) {
        String s = cell.strip().replace(",", "");
        return s.isEmpty() ? BigDecimal.ZERO : new BigDecimal(s);
    }

    public static BigDecimal at(Table t, String row, String column) {
        if (t.row(row).isEmpty()) {
            return BigDecimal.ZERO;
        }
        return number(t.cell(row, column));
    }

    public static BigDecimal sum(Table t, List<String> rows, String column) {
        return rows.stream().map(r -> at(t, r, column)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Keys of the rows whose key is a code of a given length (3 = 类, 5 = 款, 7 = 项). */
    public static List<String> codeRows(Table t, int length) {
        return t.rows().stream()
                .map(Table.Row::key)
                .filter(k -> k.length() == length && k.chars().allMatch(Character::isDigit))
                .toList();
    }

    /** The right-hand key of a two-sided row key {@code left|right}. */
    public static String right(String key) {
        return key.substring(key.indexOf('|') + 1);
    }

    /** The left-hand key of a two-sided row key {@code left|right}. */
    public static String left(String key) {
        return key.substring(0, key.indexOf('|'));
    }

    /** The cell of a two-sided table addressed by one side's key. */
    public static BigDecimal side(Table t, boolean leftSide, String key, String column) {
        for (Table.Row r : t.rows()) {
            String k = leftSide ? left(r.key()) : right(r.key());
            if (k.equals(key)) {
                return number(r.cell(t.columnIndex(column).orElseThrow()));
            }
        }
        return BigDecimal.ZERO;
    }
}
