package org.gongkai.core.audit.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the cells of one table into facts. Row keys: the classification code, "total" for 合计 rows,
 * the income/expenditure keys of {@link RowRole} on two-sided tables, "current"/"last" for 表八, else
 * the row name; column keys are the column roles of the view ("amount" for the single amount column
 * of a side).
 */
final class TableFacts {
    private TableFacts() {}

    static List<Fact> of(TableView view) {
        List<Fact> out = new ArrayList<>();
        Optional<TableKind> kind = view.kind();
        if (kind.isEmpty()) {
            return out;
        }
        boolean twoSided = view.sides().size() > 1;
        boolean seenThreePublicRow = false;
        for (TableView.ViewRow row : view.rows()) {
            for (int s = 0; s < view.sides().size(); s++) {
                TableView.Side side = view.sides().get(s);
                String rowKey = rowKey(view, kind.get(), row, s, twoSided);
                Period period = Period.CURRENT;
                if (kind.get() == TableKind.T8) {
                    if (row.name().contains("上年") || row.row().key().equals("lastYear")) {
                        period = Period.LAST_YEAR;
                        rowKey = "last";
                    } else if (!hasAmount(view, row, side) || seenThreePublicRow) {
                        continue;
                    } else {
                        rowKey = "current";
                        seenThreePublicRow = true;
                    }
                }
                if (rowKey.isEmpty()) {
                    continue;
                }
                // A blank cell in a row that shows money on this side means zero; rows blank on the whole
                // side (padding) state nothing.
                boolean statesMoney = row.total() || hasAmount(view, row, side);
                for (Map.Entry<String, Integer> col : side.roles().entrySet()) {
                    if (view.isUncertain(row, col.getValue())) {
                        continue;
                    }
                    Optional<Figure> f = view.figure(row, col.getValue());
                    if (f.isEmpty() && !statesMoney) {
                        continue;
                    }
                    if (f.isEmpty()) {
                        f = Optional.of(new Figure(java.math.BigDecimal.ZERO, view.unit()));
                    }
                    String colKey = twoSided && side.roles().size() == 1 ? "amount" : col.getKey();
                    if (colKey.startsWith("#")) {
                        // the 预算数 beside a 决算数 (表八 of a 决算): "T8|current|reception.budget"
                        String of = view.budgetOf(col.getValue());
                        colKey = of.isEmpty() ? colKey : of + ColumnRole.BUDGET_SUFFIX;
                    }
                    out.add(new Fact(
                            Facts.concept(kind.get(), rowKey, colKey),
                            period,
                            f.get(),
                            view.location(row, col.getValue())));
                }
            }
        }
        return out;
    }

    private static boolean hasAmount(TableView view, TableView.ViewRow row, TableView.Side side) {
        for (int c : side.roles().values()) {
            if (!view.isBlank(row, c)) {
                return true;
            }
        }
        return false;
    }

    private static String rowKey(TableView view, TableKind kind, TableView.ViewRow row, int side, boolean twoSided) {
        if (twoSided) {
            return view.sideKey(row, side);
        }
        if (row.total()) {
            return "total";
        }
        if (!row.code().isEmpty()) {
            return row.code();
        }
        return row.name();
    }
}
