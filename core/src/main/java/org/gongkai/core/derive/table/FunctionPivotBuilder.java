package org.gongkai.core.derive.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.gongkai.core.disclosure.SourceRef;
import org.gongkai.core.disclosure.Table;
import org.gongkai.core.disclosure.Table.Column;
import org.gongkai.core.disclosure.Table.ColumnType;
import org.gongkai.core.template.LineFilter;
import org.gongkai.core.template.TableSpec;
import org.gongkai.core.template.TableSpec.ColumnSpec;

/**
 * Rows = 支出功能分类 类/款/项 in code order, then 合计; columns = amounts of the lines each column's filter
 * accepts (表二, 表三, 表五, 表七, 表九 and their Shanghai counterparts).
 */
final class FunctionPivotBuilder implements TableBuilder {
    private final boolean income;

    FunctionPivotBuilder(boolean income) {
        this.income = income;
    }

    @Override
    public Table build(TableSpec spec, TableContext ctx) {
        Figures figures = ctx.figures(spec.unit());
        List<Column> columns = new ArrayList<>(codeColumns(spec));
        for (ColumnSpec c : spec.columns()) {
            columns.add(new Column(c.key(), c.label(), isText(c) ? ColumnType.TEXT : ColumnType.AMOUNT));
        }
        TreeSet<String> codes = income
                ? figures.incomeCodes(spec.filter(), spec.depth())
                : figures.expenditureCodes(spec.filter(), spec.depth());
        if (spec.allClasses()) {
            codes.addAll(ctx.functionClassCodes());
        }
        List<Table.Row> rows = new ArrayList<>(codes.size() + 1);
        for (String code : codes) {
            List<String> cells = new ArrayList<>(columns.size());
            codeCells(spec, code, ctx.functionName(code), cells);
            for (ColumnSpec c : spec.columns()) {
                cells.add(isText(c) ? "" : spec.format().format(value(figures, c.filter(), code)));
            }
            boolean leaf = code.length() >= 1 + 2 * spec.depth()
                    || codes.higher(code) == null
                    || !codes.higher(code).startsWith(code);
            rows.add(new Table.Row(code, leaf ? Table.Row.Type.DATA : Table.Row.Type.SUBTOTAL, cells, SourceRef.NONE));
        }
        List<String> total = new ArrayList<>(columns.size());
        totalLabel(spec, total);
        for (ColumnSpec c : spec.columns()) {
            total.add(isText(c) ? "" : spec.format().format(value(figures, c.filter(), "")));
        }
        rows.add(new Table.Row("total", Table.Row.Type.TOTAL, total, SourceRef.NONE));
        return TableBuilders.table(spec, ctx, columns, rows);
    }

    /** A text column the template keeps for the printed layout (表七 项目名称, which the example leaves empty). */
    private static boolean isText(ColumnSpec c) {
        return "text".equals(c.role());
    }

    private BigDecimal value(Figures figures, LineFilter filter, String code) {
        return income ? figures.income(filter, code) : figures.expenditure(filter, code);
    }

    /** Code and name columns: 类/款/项 split or one joined code column. */
    static List<Column> codeColumns(TableSpec spec) {
        String code = spec.label("code", "功能分类科目编码");
        String name = spec.label("name", "功能分类科目名称");
        if (spec.splitCodes()) {
            List<Column> cols = new ArrayList<>();
            cols.add(new Column("code.class", code + "/类", ColumnType.CODE));
            if (spec.depth() >= 2) {
                cols.add(new Column("code.section", code + "/款", ColumnType.CODE));
            }
            if (spec.depth() >= 3) {
                cols.add(new Column("code.item", code + "/项", ColumnType.CODE));
            }
            cols.add(new Column("name", name, ColumnType.LABEL));
            return cols;
        }
        return List.of(new Column("code", code, ColumnType.CODE), new Column("name", name, ColumnType.LABEL));
    }

    /** The code cells and the name cell of a row ("201", "05", "04" or "2010504"). */
    static void codeCells(TableSpec spec, String code, String name, List<String> cells) {
        if (spec.splitCodes()) {
            cells.add(code.substring(0, Math.min(3, code.length())));
            if (spec.depth() >= 2) {
                cells.add(code.length() >= 5 ? code.substring(3, 5) : "");
            }
            if (spec.depth() >= 3) {
                cells.add(code.length() >= 7 ? code.substring(5, 7) : "");
            }
        } else {
            cells.add(code);
        }
        cells.add(name);
    }

    /** The label cells of the 合计 row: blank code cells, the label in the name column. */
    static void totalLabel(TableSpec spec, List<String> cells) {
        int codeCols = spec.splitCodes() ? spec.depth() : 1;
        for (int i = 0; i < codeCols; i++) {
            cells.add("");
        }
        cells.add(spec.label("total", "合计"));
    }
}
