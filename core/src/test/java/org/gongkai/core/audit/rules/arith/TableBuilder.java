package org.gongkai.core.audit.rules.arith;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gongkai.core.disclosure.SourceRef;
import org.gongkai.core.disclosure.Table;

/** Builds small displayed tables for tests: columns left to right, then rows of display text. */
final class TableBuilder {
    private final String key;
    private final String number;
    private final String title;
    private String unit = "万元";
    private final List<Table.Column> columns = new ArrayList<>();
    private final List<Table.Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private TableBuilder(String key, String number, String title) {
        this.key = key;
        this.number = number;
        this.title = title;
    }

    static TableBuilder table(String key, String number, String title) {
        return new TableBuilder(key, number, title);
    }

    TableBuilder unit(String unit) {
        this.unit = unit;
        return this;
    }

    TableBuilder code(String label) {
        columns.add(new Table.Column("", label, Table.ColumnType.CODE));
        return this;
    }

    TableBuilder label(String label) {
        columns.add(new Table.Column("", label, Table.ColumnType.LABEL));
        return this;
    }

    /** An amount column; key "" makes audit recognise it from the label. */
    TableBuilder amount(String key, String label) {
        columns.add(new Table.Column(key, label, Table.ColumnType.AMOUNT));
        return this;
    }

    TableBuilder amounts(String... labels) {
        for (String l : labels) {
            amount("", l);
        }
        return this;
    }

    TableBuilder row(String... cells) {
        rows.add(new Table.Row("", Table.Row.Type.DATA, pad(cells), SourceRef.line(100 + rows.size())));
        return this;
    }

    TableBuilder total(String... cells) {
        rows.add(new Table.Row("", Table.Row.Type.TOTAL, pad(cells), SourceRef.line(100 + rows.size())));
        return this;
    }

    TableBuilder note(String note) {
        notes.add(note);
        return this;
    }

    private List<String> pad(String[] cells) {
        List<String> list = new ArrayList<>(Arrays.asList(cells));
        while (list.size() < columns.size()) {
            list.add("");
        }
        return list;
    }

    Table build() {
        return new Table(key, number, title, "测试单位", unit, columns, rows, notes, SourceRef.line(1));
    }
}
