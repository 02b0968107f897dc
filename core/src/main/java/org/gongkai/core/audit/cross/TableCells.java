package org.gongkai.core.audit.cross;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.gongkai.core.audit.Location;
import org.gongkai.core.audit.facts.MoneyUnit;
import org.gongkai.core.audit.facts.Numbers;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.Table;

/**
 * Every amount cell of a disclosure's keyed tables, addressed by table key, row key and column key, so that two
 * documents of different templates (部门… and 预算单位… titles) can be laid over each other. Two-sided tables
 * (T1, T4) address an income cell by the row's income key and an expenditure cell by its expenditure key, since
 * one printed line carries two unrelated rows.
 */
final class TableCells {
    /** One amount cell. {@code unit} is null when the table does not say its money unit. */
    record Cell(String tableKey, BigDecimal value, String printed, MoneyUnit unit, Location location) {
        /** The figure as shown in messages: "91,016,775.35元", "（空）". */
        String shown() {
            if (printed.isEmpty()) {
                return "空白";
            }
            return unit == null ? printed : printed + unit.label();
        }
    }

    private final Map<String, Cell> cells;

    private TableCells(Map<String, Cell> cells) {
        this.cells = cells;
    }

    /** The cells of {@code d}; locations name {@code file}. */
    static TableCells of(Disclosure d, String file) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        d.tables().filter(t -> !t.key().isEmpty()).forEach(t -> collect(t, file, cells));
        return new TableCells(cells);
    }

    /** Cells in document order, keyed "T3/2010301/basic". */
    Map<String, Cell> cells() {
        return cells;
    }

    Optional<Cell> get(String address) {
        return Optional.ofNullable(cells.get(address));
    }

    /** The address of a cell: table key, row key and column key. */
    static String address(String tableKey, String rowKey, String columnKey) {
        return tableKey + "/" + rowKey + "/" + canonicalColumn(columnKey);
    }

    private static void collect(Table t, String file, Map<String, Cell> cells) {
        MoneyUnit unit = MoneyUnit.fromLabel(t.unitLabel()).orElse(null);
        String tableName = tableName(t);
        for (Table.Row row : t.rows()) {
            for (int c = 0; c < t.columns().size(); c++) {
                Table.Column column = t.columns().get(c);
                if (column.type() != Table.ColumnType.AMOUNT) {
                    continue;
                }
                String rowKey = rowKey(row.key(), column.key());
                if (rowKey.isEmpty()) {
                    continue;
                }
                String printed = Numbers.clean(row.cell(c));
                Optional<BigDecimal> value = value(printed);
                if (value.isEmpty()) {
                    continue;
                }
                String address = address(t.key(), rowKey, column.key());
                Location location = Location.cell(
                                tableName, rowName(t, row, column.key()), columnLabel(column), row.ref())
                        .inFile(file);
                cells.putIfAbsent(address, new Cell(t.key(), value.get(), printed, unit, location));
            }
        }
    }

    /** A blank or dashed cell shows zero; text that is no number is left out. */
    private static Optional<BigDecimal> value(String printed) {
        if (printed.isEmpty() || printed.matches("[-－—–]+")) {
            return Optional.of(BigDecimal.ZERO);
        }
        return Numbers.cell(printed);
    }

    /** The row key a column of a two-sided row belongs to: the left key for income, the right for expenditure. */
    static String rowKey(String rowKey, String columnKey) {
        int bar = rowKey.indexOf('|');
        if (bar < 0) {
            return rowKey;
        }
        if (columnKey.startsWith("income.")) {
            return rowKey.substring(0, bar);
        }
        if (columnKey.startsWith("expenditure.")) {
            return rowKey.substring(bar + 1);
        }
        return rowKey.replace("|", "").isEmpty() ? "" : rowKey;
    }

    /** The one-amount expenditure column of a 收支总表 is its total (the 单位 template adds 人员/公用/项目 columns). */
    private static String canonicalColumn(String columnKey) {
        return columnKey.equals("expenditure.amount") ? "expenditure.total" : columnKey;
    }

    /** The printed header, or a Chinese name for a key whose header the reader did not keep. */
    private static String columnLabel(Table.Column column) {
        if (!column.label().isBlank()) {
            return Numbers.clean(column.label());
        }
        return switch (column.key()) {
            case "income.amount" -> "收入预算数";
            case "expenditure.amount", "expenditure.total" -> "支出预算数";
            case "total" -> "合计";
            default -> column.key();
        };
    }

    private static String tableName(Table t) {
        String number = Numbers.clean(t.number());
        String title = Numbers.clean(t.title());
        String name = number.isEmpty() ? title : number + " " + title;
        return name.isEmpty() ? t.key() : name;
    }

    private static String rowName(Table t, Table.Row row, String columnKey) {
        String labelKey = columnKey.startsWith("income.")
                ? "income.label"
                : columnKey.startsWith("expenditure.") ? "expenditure.label" : "name";
        String label = t.columnIndex(labelKey).isPresent()
                ? Numbers.clean(row.cell(t.columnIndex(labelKey).getAsInt()))
                : "";
        String key = rowKey(row.key(), columnKey);
        if (row.type() == Table.Row.Type.TOTAL || !key.matches("\\d+")) {
            return label.isEmpty() ? key : label;
        }
        return label.isEmpty() || label.startsWith(key) ? (label.isEmpty() ? key : label) : key + " " + label;
    }
}
