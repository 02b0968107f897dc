package org.gongkai.core.audit.rules.arith;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.core.amount.Amount;
import org.gongkai.core.audit.Location;
import org.gongkai.core.audit.facts.TableView;
import org.gongkai.core.audit.facts.TableView.ViewRow;

/** Building blocks of the table identities: cell sums across columns, down rows and up the code tree. */
final class TableChecks {
    private TableChecks() {}

    /** "表六 …／30201 办公费／公用经费". */
    static String where(TableView v, ViewRow row, int column) {
        StringBuilder sb = new StringBuilder(v.name());
        String rowName = column >= 0 ? v.rowName(row, column) : row.describe();
        if (!rowName.isEmpty()) {
            sb.append("／").append(rowName);
        }
        if (column >= 0) {
            sb.append("／").append(v.columnLabel(column));
        }
        return sb.toString();
    }

    /**
     * The cell at (row, total) against the sum of the cells at (row, parts); nothing when every cell is
     * blank.
     */
    static Optional<Comparison> acrossColumns(
            TableView v, ViewRow row, int total, List<Integer> parts, String suggestion) {
        if (parts.isEmpty()
                || v.holdsWords(row, total)
                || v.isBlank(row, total) && parts.stream().allMatch(p -> v.isBlank(row, p))
                || v.isUncertain(row, total)
                || parts.stream().anyMatch(p -> v.isUncertain(row, p))) {
            return Optional.empty();
        }
        List<Location> locations = new ArrayList<>();
        locations.add(v.location(row, total));
        List<Amount> amounts = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        int shown = 0;
        for (int p : parts) {
            labels.add(v.columnLabel(p));
            if (!v.isBlank(row, p)) {
                amounts.add(v.amount(row, p));
                locations.add(v.location(row, p));
                shown++;
            }
        }
        Map<String, String> values = LazyValues.of(() -> {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("where", where(v, row, total));
            m.put("table", v.name());
            m.put("row", row.describe());
            m.put("what", v.columnLabel(total));
            m.put("parts", String.join("＋", labels));
            return m;
        });
        return Optional.of(Comparison.equal(
                values, locations, Amount.sum(amounts), v.amount(row, total), v.step(), shown, v.unit(), suggestion));
    }

    /** The cell of {@code total} in one column against the sum of the same column over {@code parts}. */
    static Optional<Comparison> downRows(
            TableView v, ViewRow total, List<ViewRow> parts, int column, String partsName, String suggestion) {
        if (parts.isEmpty()
                || v.holdsWords(total, column)
                || v.isBlank(total, column) && parts.stream().allMatch(p -> v.isBlank(p, column))
                || v.isUncertain(total, column)
                || parts.stream().anyMatch(p -> v.isUncertain(p, column))) {
            return Optional.empty();
        }
        List<Location> locations = new ArrayList<>();
        locations.add(v.location(total, column));
        List<Amount> amounts = new ArrayList<>();
        int shown = 0;
        for (ViewRow p : parts) {
            if (!v.isBlank(p, column)) {
                amounts.add(v.amount(p, column));
                locations.add(v.location(p, column));
                shown++;
            }
        }
        Map<String, String> values = LazyValues.of(() -> {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("where", where(v, total, column));
            m.put("table", v.name());
            m.put("row", total.describe());
            m.put("what", v.columnLabel(column));
            m.put("parts", partsName);
            return m;
        });
        return Optional.of(Comparison.equal(
                values,
                locations,
                Amount.sum(amounts),
                v.amount(total, column),
                v.step(),
                shown,
                v.unit(),
                suggestion));
    }

    /** A cell of a view. */
    record Cell(ViewRow row, int column) {}

    /** A stated cell against the sum of other cells of the same table (blank = 0). */
    static Optional<Comparison> cells(
            TableView v, Cell total, List<Cell> parts, String what, String partsName, String suggestion) {
        if (parts.isEmpty()
                || v.holdsWords(total.row(), total.column())
                || v.isBlank(total.row(), total.column())
                        && parts.stream().allMatch(p -> v.isBlank(p.row(), p.column()))
                || v.isUncertain(total.row(), total.column())
                || parts.stream().anyMatch(p -> v.isUncertain(p.row(), p.column()))) {
            return Optional.empty();
        }
        List<Location> locations = new ArrayList<>();
        locations.add(v.location(total.row(), total.column()));
        List<Amount> amounts = new ArrayList<>();
        int shown = 0;
        for (Cell p : parts) {
            if (!v.isBlank(p.row(), p.column())) {
                amounts.add(v.amount(p.row(), p.column()));
                locations.add(v.location(p.row(), p.column()));
                shown++;
            }
        }
        Map<String, String> values = LazyValues.of(() -> {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("where", where(v, total.row(), total.column()));
            m.put("table", v.name());
            m.put("row", total.row().describe());
            m.put("what", what);
            m.put("parts", partsName);
            return m;
        });
        return Optional.of(Comparison.equal(
                values,
                locations,
                Amount.sum(amounts),
                v.amount(total.row(), total.column()),
                v.step(),
                shown,
                v.unit(),
                suggestion));
    }

    /** The cell of a two-sided table's row whose label on {@code side} has the key (income or expense keys). */
    static Optional<Cell> sideCell(TableView v, int side, String key, String columnRole) {
        if (side >= v.sides().size()) {
            return Optional.empty();
        }
        Map<String, Integer> roles = v.sides().get(side).roles();
        Integer column =
                columnRole == null ? roles.values().stream().findFirst().orElse(null) : roles.get(columnRole);
        if (column == null) {
            return Optional.empty();
        }
        for (ViewRow r : v.rows()) {
            String k = v.sideKey(r, side);
            if (k.equals(key)) {
                return Optional.of(new Cell(r, column));
            }
        }
        return Optional.empty();
    }

    /** Cells of every expenditure row keyed by a 类 code on a side. */
    static List<Cell> classCells(TableView v, int side, String columnRole) {
        List<Cell> out = new ArrayList<>();
        if (side >= v.sides().size()) {
            return out;
        }
        Map<String, Integer> roles = v.sides().get(side).roles();
        Integer column =
                columnRole == null ? roles.values().stream().findFirst().orElse(null) : roles.get(columnRole);
        if (column == null) {
            return out;
        }
        for (ViewRow r : v.rows()) {
            if (org.gongkai.core.audit.facts.Numbers.isDigits(v.sideKey(r, side), 3)) {
                out.add(new Cell(r, column));
            }
        }
        return out;
    }

    /** Rows of the top level: the shortest code present (类 before 款 before 项), or every keyed data row. */
    static List<ViewRow> topLevel(TableView v) {
        int min = v.rows().stream()
                .filter(r -> !r.total() && !r.code().isEmpty())
                .mapToInt(r -> r.code().length())
                .min()
                .orElse(0);
        if (min > 0) {
            return v.rowsWithCodeLength(min);
        }
        return v.rows().stream().filter(r -> !r.total() && !r.name().isEmpty()).toList();
    }

    /** Direct children of a coded row: codes two digits longer with the same prefix. */
    static List<ViewRow> children(TableView v, ViewRow parent) {
        String code = parent.code();
        return v.rows().stream()
                .filter(r -> r.code().length() == code.length() + 2 && r.code().startsWith(code))
                .toList();
    }

    /** Every amount column of the first side. */
    static List<Integer> amountColumns(TableView v) {
        return v.sides().isEmpty()
                ? List.of()
                : List.copyOf(v.sides().get(0).roles().values());
    }

    static String levelName(String code, boolean economic) {
        return switch (code.length()) {
            case 3 -> "类";
            case 5 -> "款";
            default -> economic ? "款" : "项";
        };
    }
}
