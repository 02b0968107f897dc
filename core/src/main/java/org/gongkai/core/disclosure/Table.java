package org.gongkai.core.disclosure;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A table as displayed: cells are display text ("268.22", "", "1,234"). Column and row keys tie the
 * displayed table to the template; audit reads cells through them.
 *
 * @param key template table key ("T1" … "T9", or a template-specific key); "" when unrecognised
 * @param number the number as printed ("表一", "1."); may be empty
 * @param title the title without the number ("部门收支总体情况表")
 * @param preparer the 编制部门/单位 line value; may be empty
 * @param unitLabel the unit printed in the header ("万元", "元"); may be empty when not printed
 * @param columns leaf columns, left to right
 * @param rows body rows, top to bottom (header rows excluded)
 * @param notes notes under the table (备注, empty-table statement)
 */
public record Table(
        String key,
        String number,
        String title,
        String preparer,
        String unitLabel,
        List<Column> columns,
        List<Row> rows,
        List<String> notes,
        SourceRef ref)
        implements Block {

    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    /** Index of the column with a key, if present. */
    public OptionalInt columnIndex(String columnKey) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(columnKey)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** The first row with a key, if present. */
    public Optional<Row> row(String rowKey) {
        return rows.stream().filter(r -> r.key().equals(rowKey)).findFirst();
    }

    /** The cell text at a row key and column key; empty string when absent. */
    public String cell(String rowKey, String columnKey) {
        OptionalInt c = columnIndex(columnKey);
        return row(rowKey).map(r -> c.isPresent() ? r.cell(c.getAsInt()) : "").orElse("");
    }

    /** True when every amount cell of every row is blank (an empty table). */
    public boolean isEmpty() {
        return rows.stream().allMatch(r -> r.type() == Row.Type.TOTAL || r.isBlank(columns));
    }

    /**
     * A leaf column.
     *
     * @param key stable key ("code", "name", "total", "basic", "project", "GP_APPROP", "econ.302" …)
     * @param label the header text; levels of a multi-row header joined by "/"
     * @param type what its cells hold
     */
    public record Column(String key, String label, ColumnType type) {}

    /** What a column's cells hold. */
    public enum ColumnType {
        CODE,
        LABEL,
        AMOUNT,
        TEXT
    }

    /**
     * A body row.
     *
     * @param key row key: a classification code ("201", "2010504", "30101"), a fixed row key ("GP_APPROP",
     *     "income.total") or "" for unkeyed rows
     * @param type data, subtotal or total
     * @param cells display text per column (same length as the columns)
     * @param uncertain indices of cells whose column a reader could not settle (a page text that leaves
     *     blank cells out): the text may belong to another column of the row, so sums must not rely on it
     */
    public record Row(String key, Type type, List<String> cells, SourceRef ref, Set<Integer> uncertain) {
        public Row {
            cells = List.copyOf(cells);
            uncertain = Set.copyOf(uncertain);
        }

        /** A row whose every cell stands where it was printed. */
        public Row(String key, Type type, List<String> cells, SourceRef ref) {
            this(key, type, cells, ref, Set.of());
        }

        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }

        /** True when the reader could not settle which column this cell belongs to. */
        public boolean isUncertain(int index) {
            return uncertain.contains(index);
        }

        boolean isBlank(List<Column> columns) {
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).type() == ColumnType.AMOUNT && !cell(i).isBlank()) {
                    return false;
                }
            }
            return true;
        }

        /** Row kinds. */
        public enum Type {
            DATA,
            SUBTOTAL,
            TOTAL
        }
    }
}
