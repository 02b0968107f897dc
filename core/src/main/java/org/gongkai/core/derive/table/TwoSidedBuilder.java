package org.gongkai.core.derive.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;
import org.gongkai.core.budget.IncomeSource;
import org.gongkai.core.disclosure.SourceRef;
import org.gongkai.core.disclosure.Table;
import org.gongkai.core.disclosure.Table.Column;
import org.gongkai.core.disclosure.Table.ColumnType;
import org.gongkai.core.template.LineFilter;
import org.gongkai.core.template.TableSpec;
import org.gongkai.core.template.TableSpec.ColumnSpec;
import org.gongkai.core.template.TableSpec.FixedRow;

/**
 * A two-sided summary (收支总表, 财政拨款收支总表): fixed income rows on the left, one row per 功能分类 类 on
 * the right, and the 收入总计 | 支出总计 row. A row key is {@code left|right} (see docs/table-keys.md).
 */
final class TwoSidedBuilder implements TableBuilder {

    @Override
    public Table build(TableSpec spec, TableContext ctx) {
        Figures figures = ctx.figures(spec.unit());
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("income.label", spec.label("incomeItem", "收入/项目"), ColumnType.LABEL));
        columns.add(new Column("income.amount", spec.label("incomeAmount", "收入/预算数"), ColumnType.AMOUNT));
        columns.add(new Column("expenditure.label", spec.label("expenditureItem", "支出/功能分类"), ColumnType.LABEL));
        for (ColumnSpec c : spec.columns()) {
            columns.add(new Column(c.key(), c.label(), ColumnType.AMOUNT));
        }
        List<String[]> left = new ArrayList<>();
        for (FixedRow r : spec.leftRows()) {
            LineFilter f = sources(r).and(spec.filter());
            if (r.optional() && figures.incomeExact(f).isZero()) {
                continue;
            }
            left.add(new String[] {r.key(), r.label(), spec.format().format(figures.income(f, ""))});
        }
        TreeSet<String> classes = figures.expenditureCodes(spec.filter(), 1);
        if (spec.allClasses()) {
            classes.addAll(ctx.functionClassCodes());
        }
        List<String> right = new ArrayList<>(classes);
        int n = Math.max(left.size(), right.size());
        List<Table.Row> rows = new ArrayList<>(n + 1);
        for (int i = 0; i < n; i++) {
            List<String> cells = new ArrayList<>(columns.size());
            String leftKey = "";
            if (i < left.size()) {
                leftKey = left.get(i)[0];
                cells.add(left.get(i)[1]);
                cells.add(left.get(i)[2]);
            } else {
                cells.add("");
                cells.add("");
            }
            String rightKey = "";
            if (i < right.size()) {
                rightKey = right.get(i);
                cells.add(classLabel(spec, rightKey, ctx.functionName(rightKey), i + 1));
                for (ColumnSpec c : spec.columns()) {
                    cells.add(spec.format().format(figures.expenditure(c.filter(), rightKey)));
                }
            } else {
                cells.add("");
                spec.columns().forEach(c -> cells.add(""));
            }
            rows.add(new Table.Row(leftKey + "|" + rightKey, Table.Row.Type.DATA, cells, SourceRef.NONE));
        }
        List<String> total = new ArrayList<>(columns.size());
        total.add(spec.label("incomeTotal", "收入总计"));
        BigDecimal incomeTotal = figures.income(spec.filter(), "");
        total.add(spec.format().format(incomeTotal));
        total.add(spec.label("expenditureTotal", "支出总计"));
        for (ColumnSpec c : spec.columns()) {
            total.add(spec.format().format(figures.expenditure(c.filter(), "")));
        }
        rows.add(new Table.Row("total|total", Table.Row.Type.TOTAL, total, SourceRef.NONE));
        return TableBuilders.table(spec, ctx, columns, rows);
    }

    private static LineFilter sources(FixedRow r) {
        return new LineFilter(
                java.util.Set.of(),
                java.util.Set.of(),
                "",
                r.sources().isEmpty() ? EnumSet.noneOf(IncomeSource.class) : EnumSet.copyOf(r.sources()));
    }

    private static String classLabel(TableSpec spec, String code, String name, int ordinal) {
        return spec.classLabel()
                .replace("{code}", code)
                .replace("{name}", name)
                .replace("{cn}", Numerals.chinese(ordinal));
    }
}
