package org.gongkai.formats.read;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.core.audit.facts.ColumnRole;
import org.gongkai.core.audit.facts.Numbers;
import org.gongkai.core.audit.facts.TableView;
import org.gongkai.core.disclosure.SourceRef;
import org.gongkai.core.disclosure.Table;

/**
 * Settles the columns of amounts read from a page text that leaves blank cells out: a row with k amounts
 * under n &gt; k amount columns could stand in any order-preserving choice of k columns. The choices kept
 * are those that agree with the table's own arithmetic: the row identity of the table kind (合计 = 基本 +
 * 项目, 合计 = 人员 + 公用, 合计 = Σ其余列) and, down the code tree, 合计 = Σ类, 类 = Σ款, 款 = Σ项. A row
 * left with one choice takes it; a row left with several (or none) keeps the leftmost and has the cells
 * that differ between its choices marked uncertain, with a note.
 *
 * <p>The search is bounded ({@link #BUDGET} combinations per table); past it the remaining rows stay
 * uncertain.
 */
final class AmountPlacement {
    static final int BUDGET = 1 << 16;
    private static final int NOTE_ROWS = 8;

    private AmountPlacement() {}

    /** The table with its packed amounts moved to the columns its arithmetic allows. */
    static Table settle(Table table, List<ReadNote> out) {
        TableView view = new TableView(table);
        if (view.sides().isEmpty() || view.kind().isEmpty()) {
            return table;
        }
        List<Choices> rows = new ArrayList<>();
        for (TableView.ViewRow r : view.rows()) {
            rows.add(Choices.of(view, r));
        }
        if (rows.stream().allMatch(Choices::settled)) {
            return table;
        }
        BigDecimal step = BigDecimal.ONE.movePointLeft(decimals(table));
        List<RowIdentity> identities = RowIdentity.all(view, step);
        for (Choices c : rows) {
            c.filter(identities);
        }
        CodeTree tree = new CodeTree(view, rows, step);
        tree.solve();
        return apply(table, view, rows, tree.unresolved(), out);
    }

    private static Table apply(
            Table table, TableView view, List<Choices> rows, Set<Integer> unresolved, List<ReadNote> out) {
        List<Table.Row> result = new ArrayList<>();
        List<String> unsure = new ArrayList<>();
        SourceRef first = SourceRef.NONE;
        for (int i = 0; i < rows.size(); i++) {
            Choices c = rows.get(i);
            Table.Row row = table.rows().get(i);
            if (c.settled()) {
                result.add(row);
                continue;
            }
            List<Integer> kept = new ArrayList<>(c.kept());
            kept.sort(null);
            int[] chosen = c.options().get(kept.get(0));
            List<String> cells = new ArrayList<>(row.cells());
            for (int col : c.columns()) {
                cells.set(col, "");
            }
            for (int v = 0; v < chosen.length; v++) {
                cells.set(c.columns().get(chosen[v]), c.values().get(v));
            }
            Set<Integer> uncertain = new HashSet<>(row.uncertain());
            for (int p = 0; p < c.columns().size(); p++) {
                if (c.conflict() || differs(c, kept, p)) {
                    uncertain.add(c.columns().get(p));
                }
            }
            if (uncertain.size() > row.uncertain().size()) {
                if (unsure.isEmpty()) {
                    first = row.ref();
                }
                unsure.add(view.rows().get(i).describe()
                        + (c.conflict() || unresolved.contains(i) ? "（无一种位置与表内合计相符）" : "（" + kept.size() + "种位置均相符）"));
            }
            result.add(new Table.Row(row.key(), row.type(), cells, row.ref(), uncertain));
        }
        if (!unsure.isEmpty()) {
            String listed = String.join("、", unsure.subList(0, Math.min(NOTE_ROWS, unsure.size())));
            out.add(new ReadNote(
                    first,
                    "表格“" + view.name() + "”有" + unsure.size() + "行的金额列位置无法从文本确定（空白单元格未印出），这些单元格不参与合计核对："
                            + listed
                            + (unsure.size() > NOTE_ROWS ? "等" : "")));
        }
        return new Table(
                table.key(),
                table.number(),
                table.title(),
                table.preparer(),
                table.unitLabel(),
                table.columns(),
                result,
                table.notes(),
                table.ref());
    }

    /** Whether the cell at a column position holds different values under the kept choices. */
    private static boolean differs(Choices c, List<Integer> kept, int position) {
        Set<String> seen = new HashSet<>();
        for (int k : kept) {
            seen.add(c.valueAt(k, position));
        }
        return seen.size() > 1;
    }

    private static int decimals(Table table) {
        int d = 0;
        for (Table.Row r : table.rows()) {
            for (String cell : r.cells()) {
                var v = Numbers.cell(cell);
                if (v.isPresent()) {
                    d = Math.max(d, Math.max(0, v.get().scale()));
                }
            }
        }
        return d;
    }

    /** The order-preserving placements of one row's amounts and which of them are still possible. */
    static final class Choices {
        private final List<Integer> columns;
        private final List<String> values;
        private final List<int[]> options;
        private Set<Integer> kept = new HashSet<>();
        private boolean conflict;

        Choices(List<Integer> columns, List<String> values, List<int[]> options) {
            this.columns = columns;
            this.values = values;
            this.options = options;
            for (int i = 0; i < options.size(); i++) {
                kept.add(i);
            }
        }

        /**
         * The amount columns of side 0 and the row's amounts in them, in order; a row that fills every
         * column, shows text or stands in a two-sided table has one option: as read.
         */
        static Choices of(TableView view, TableView.ViewRow row) {
            List<Integer> cols = new ArrayList<>(view.sides().get(0).roles().values());
            cols.sort(null);
            List<String> values = new ArrayList<>();
            int[] asRead = new int[cols.size()];
            for (int p = 0; p < cols.size(); p++) {
                String s = row.row().cell(cols.get(p));
                if (!s.isBlank()) {
                    asRead[values.size()] = p;
                    values.add(s);
                }
            }
            boolean allNumbers = values.stream().allMatch(v -> Numbers.cell(v).isPresent());
            if (view.sides().size() > 1 || !allNumbers || values.isEmpty() || values.size() >= cols.size()) {
                return new Choices(cols, values, List.<int[]>of(Arrays.copyOf(asRead, values.size())));
            }
            return new Choices(cols, values, Placements.of(values.size(), cols.size()));
        }

        List<Integer> columns() {
            return columns;
        }

        List<String> values() {
            return values;
        }

        List<int[]> options() {
            return options;
        }

        /** The options still possible; all of them when none agrees with the table. */
        Set<Integer> kept() {
            if (kept.isEmpty()) {
                Set<Integer> all = new HashSet<>();
                for (int i = 0; i < options.size(); i++) {
                    all.add(i);
                }
                return all;
            }
            return kept;
        }

        boolean settled() {
            return options.size() <= 1;
        }

        /** True when no option agrees with the table's arithmetic. */
        boolean conflict() {
            return conflict && !settled();
        }

        void keep(Set<Integer> still) {
            if (still.isEmpty()) {
                conflict = true;
            } else {
                kept = new HashSet<>(still);
            }
        }

        /** The text at a column position under an option ("" when blank). */
        String valueAt(int option, int position) {
            int[] o = options.get(option);
            for (int v = 0; v < o.length; v++) {
                if (o[v] == position) {
                    return values.get(v);
                }
            }
            return "";
        }

        /** The amount at a column position under an option (blank = 0). */
        BigDecimal amountAt(int option, int position) {
            return Numbers.cell(valueAt(option, position)).orElse(BigDecimal.ZERO);
        }

        void filter(List<RowIdentity> identities) {
            if (settled()) {
                return;
            }
            Set<Integer> still = new HashSet<>();
            for (int k : kept) {
                final int option = k;
                if (identities.stream().allMatch(i -> i.holds(this, option))) {
                    still.add(k);
                }
            }
            keep(still);
        }
    }

    /** The row identity of a table kind over column positions of side 0: total = Σ parts. */
    record RowIdentity(int total, List<Integer> parts, BigDecimal tolerance) {
        /**
         * The identities of a row: the one of {@link #of}, or for 表八 合计 = 因公出国 + 公务用车 + 公务接待 and 公务用车 =
         * 购置 + 运行, on the 决算数 columns and on the 预算数 columns a 决算 table prints beside them.
         */
        static List<RowIdentity> all(TableView view, BigDecimal step) {
            if (view.kind().orElseThrow() != org.gongkai.core.audit.facts.TableKind.T8) {
                return List.of(of(view, step));
            }
            List<Integer> cols = new ArrayList<>(view.sides().get(0).roles().values());
            cols.sort(null);
            List<RowIdentity> out = new ArrayList<>();
            for (boolean budget : new boolean[] {false, true}) {
                threePublic(
                                view,
                                cols,
                                budget,
                                step,
                                ColumnRole.TOTAL,
                                ColumnRole.ABROAD,
                                ColumnRole.VEHICLES,
                                ColumnRole.RECEPTION)
                        .ifPresent(out::add);
                threePublic(
                                view,
                                cols,
                                budget,
                                step,
                                ColumnRole.VEHICLES,
                                ColumnRole.VEHICLE_PURCHASE,
                                ColumnRole.VEHICLE_OPERATION)
                        .ifPresent(out::add);
            }
            return out;
        }

        private static java.util.Optional<RowIdentity> threePublic(
                TableView view, List<Integer> cols, boolean budget, BigDecimal step, String total, String... parts) {
            List<Integer> at = new ArrayList<>();
            for (String role : java.util.stream.Stream.concat(
                            java.util.stream.Stream.of(total), java.util.Arrays.stream(parts))
                    .toList()) {
                java.util.Optional<Integer> col = view.column(0, role);
                if (budget) {
                    col = col.flatMap(view::budgetColumn);
                }
                int p = col.map(cols::indexOf).orElse(-1);
                if (p < 0) {
                    return java.util.Optional.empty();
                }
                at.add(p);
            }
            return java.util.Optional.of(new RowIdentity(
                    at.get(0), at.subList(1, at.size()), step.multiply(BigDecimal.valueOf(parts.length))));
        }

        static RowIdentity of(TableView view, BigDecimal step) {
            RowIdentity none = new RowIdentity(-1, List.of(), step);
            Map<String, Integer> roles = view.sides().get(0).roles();
            List<Integer> cols = new ArrayList<>(roles.values());
            cols.sort(null);
            Map<String, Integer> position = new HashMap<>();
            roles.forEach((role, col) -> position.put(role, cols.indexOf(col)));
            Integer total = position.get(ColumnRole.TOTAL);
            if (total == null) {
                return none;
            }
            List<String> parts = switch (view.kind().orElseThrow()) {
                case T5, T9, T10 -> List.of(ColumnRole.BASIC, ColumnRole.PROJECT);
                case T6 -> List.of(ColumnRole.PERSONNEL, ColumnRole.PUBLIC);
                case T2, T3, T7 ->
                    roles.keySet().stream()
                            .filter(r -> !r.equals(ColumnRole.TOTAL))
                            .toList();
                default -> List.of();
            };
            if (parts.isEmpty()
                    || !parts.stream().allMatch(position::containsKey)
                    || parts.stream().anyMatch(p -> p.startsWith("#") || p.contains("."))) {
                return none;
            }
            return new RowIdentity(
                    total, parts.stream().map(position::get).toList(), step.multiply(BigDecimal.valueOf(parts.size())));
        }

        boolean holds(Choices c, int option) {
            if (total < 0) {
                return true;
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (int p : parts) {
                sum = sum.add(c.amountAt(option, p));
            }
            return sum.subtract(c.amountAt(option, total)).abs().compareTo(tolerance) <= 0;
        }
    }
}
