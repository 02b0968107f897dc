package org.gongkai.core.audit.rules.arith;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongkai.core.audit.AuditContext;
import org.gongkai.core.audit.Category;
import org.gongkai.core.audit.CauseRule;
import org.gongkai.core.audit.FindingSink;
import org.gongkai.core.audit.Location;
import org.gongkai.core.audit.RuleInfo;
import org.gongkai.core.audit.Severity;
import org.gongkai.core.audit.facts.Numbers;
import org.gongkai.core.audit.facts.TableKind;
import org.gongkai.core.audit.facts.TableView;
import org.gongkai.core.audit.facts.TableView.ViewRow;

/**
 * T.COLUMN-SHIFT: the amounts of one column, within a run of code rows, sit some rows off their codes while the
 * other columns and rows are right (one half of a side-by-side 基本支出表 slipped, or one column of a 支出表).
 * {@link RowShiftRule} diagnoses a whole table; this rule looks at the tables it leaves, one amount column at a
 * time. Criterion, as strict as the whole-table one but counted over the identities that read the run: the
 * column has at least {@value #MIN_FAILED} failing identities as printed; pairing the run's amounts with the codes
 * up to {@value #MAX_STEP} rows away makes at least a third of the run's failing identities (and at least
 * {@value #MIN_FAILED}, one of them a sum) hold, leaves at most a tenth as many of its sums and cross-table
 * comparisons failing and at most one narrative-listed component empty for every four it fills, over at least
 * {@value #MIN_ROWS} rows. A code row the pairing leaves without amounts counts as blank in a sum only where the
 * sum then holds exactly. Reported once per column; the findings it explains are dropped by the Auditor.
 */
final class ColumnShiftRule implements CauseRule {
    static final int MIN_FAILED = RowShiftRule.MIN_FAILED;
    static final int MAX_STEP = RowShiftRule.MAX_STEP;
    static final int MIN_ROWS = RowShiftRule.MIN_ROWS;
    private static final List<TableKind> KINDS =
            List.of(TableKind.T2, TableKind.T3, TableKind.T5, TableKind.T6, TableKind.T7, TableKind.T9, TableKind.T10);
    private static final Object KEY = new Object();

    static final RuleInfo INFO = new RuleInfo(
            "T.COLUMN-SHIFT",
            Severity.ERROR,
            Category.ACCURACY,
            "表中一列金额与科目编码错行",
            "{table}／{column}：自{row}起至{end}，该列金额与科目编码错行（{shift}），{others}不受影响。"
                    + "按所印金额，读到这些行的{before}项核对关系（类=Σ款、款=Σ项、合计=Σ类、每行合计=各列之和、与其他表同一科目、正文所列构成有金额）不成立；"
                    + "把金额还原到所属科目后其中{repaired}项成立，{after}项不成立，涉及{rows}行{loose}",
            "该列按所印至少" + MIN_FAILED + "项不成立；读到错行各行的核对关系中，不成立的至少三分之一（且至少" + MIN_FAILED
                    + "项，含至少一项合计关系）还原后成立；合计与其他表的核对关系还原后不成立的不超过原来的十分之一，正文所列构成只作旁证（还原后变为无金额的不超过变为有金额的四分之一）；涉及至少"
                    + MIN_ROWS + "行，止于某类最后一行；还原后无金额的科目只在合计因此恰好成立时按空白计",
            "I-07, I-20, I-22, I-23, I-26");

    /**
     * One diagnosed column run: code rows [from, to] of one amount column (an index into the pairing's columns)
     * read their amounts {@code offset} rows up (positive: printed above their codes).
     */
    record Shift(
            RowPairing table,
            int column,
            int from,
            int to,
            int offset,
            int before,
            int after,
            int repaired,
            List<String> stillFailing) {
        /** The column's index in the table. */
        int tableColumn() {
            return table.columns().get(column);
        }
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(AuditContext context, FindingSink sink) {
        for (Shift s : shifts(context)) {
            TableView v = s.table().view();
            List<ViewRow> rows = s.table().rows();
            ViewRow first = rows.get(s.from());
            String how = describe(s);
            Map<String, String> values = new LinkedHashMap<>();
            values.put("table", v.name());
            values.put("column", v.columnLabel(s.tableColumn()));
            values.put("row", first.describe());
            values.put("end", rows.get(s.to()).describe());
            values.put("shift", how);
            values.put("others", s.table().columns().size() > 1 ? "其他列和本段以外的行" : "本段以外的行");
            values.put("before", String.valueOf(s.before()));
            values.put("repaired", String.valueOf(s.repaired()));
            values.put("after", String.valueOf(s.after()));
            values.put("rows", String.valueOf(s.to() - s.from() + 1));
            values.put(
                    "loose",
                    loose(s) + (s.stillFailing().isEmpty() ? "" : "；还原后仍不成立：" + String.join("、", s.stillFailing())));
            sink.report(
                    INFO,
                    values,
                    List.of(v.location(first, s.tableColumn())),
                    "各行金额与本行科目编码对应",
                    how,
                    "",
                    "按科目逐行核对" + v.columnLabel(s.tableColumn()) + "列自" + first.describe()
                            + "起的金额（可与其他表同一科目对照），改正错行后再核对合计。");
        }
    }

    @Override
    public List<Cascade> cascades(AuditContext context) {
        List<Cascade> out = new ArrayList<>();
        for (Shift s : shifts(context)) {
            RowPairing t = s.table();
            List<Location> cells = new ArrayList<>();
            Set<Integer> moved = new HashSet<>();
            for (int q = s.from(); q <= s.to(); q++) {
                moved.add(q);
                cells.add(t.view().location(t.rows().get(q), s.tableColumn()));
            }
            List<Location> sums = new ArrayList<>();
            for (int[] sum : t.sumsOver(moved)) {
                if (sum[1] == s.column()) {
                    sums.add(t.view().location(t.rows().get(sum[0]), s.tableColumn()));
                }
            }
            out.add(new Cascade(t.view().location(t.rows().get(s.from()), s.tableColumn()), cells, sums));
        }
        return out;
    }

    /** "金额比所属科目高1行". */
    private static String describe(Shift s) {
        return "金额比所属科目" + (s.offset() > 0 ? "高" + s.offset() + "行" : "低" + -s.offset() + "行");
    }

    /** The code rows left without a printed amount and the figures pushed past the run, named for the reader. */
    private static String loose(Shift s) {
        List<ViewRow> rows = s.table().rows();
        int k = Math.abs(s.offset());
        int vacantFrom = s.offset() > 0 ? s.from() : s.to() - k + 1;
        int strayFrom = s.offset() > 0 ? s.to() - k + 1 : s.from();
        List<String> vacant = new ArrayList<>();
        List<String> stray = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            vacant.add(rows.get(vacantFrom + i).describe());
            ViewRow r = rows.get(strayFrom + i);
            String shown = Numbers.clean(r.row().cell(s.tableColumn()));
            if (!shown.isEmpty()) {
                stray.add(r.describe() + "行所印" + shown);
            }
        }
        String out = "；还原后" + String.join("、", vacant) + "没有所印金额";
        return stray.isEmpty() ? out : out + "，" + String.join("、", stray) + "不属于本段任何科目";
    }

    static List<Shift> shifts(AuditContext context) {
        return context.memo(KEY, ColumnShiftRule::find);
    }

    private static List<Shift> find(AuditContext context) {
        Set<TableView> whole = new HashSet<>();
        Set<TableKind> misplaced = new HashSet<>();
        for (RowShiftRule.Shift s : RowShiftRule.shifts(context)) {
            whole.add(s.table().view());
            s.table().view().kind().ifPresent(misplaced::add);
        }
        List<Shift> out = new ArrayList<>();
        for (TableView v : context.facts().views()) {
            if (v.kind().filter(KINDS::contains).isEmpty() || v.sides().size() != 1 || whole.contains(v)) {
                continue;
            }
            RowPairing table = RowPairing.of(context, v);
            for (int c = 0; c < table.columns().size(); c++) {
                // comparisons with a table whose amounts the row shift showed misplaced are its consequences
                int[] ids = java.util.Arrays.stream(table.identitiesIn(c))
                        .filter(i -> table.other(i).filter(misplaced::contains).isEmpty())
                        .toArray();
                search(table, c, ids).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * The code rows that end a run: the last row of each top-level class block (a slipped half or column ends
     * with its block or with the table).
     */
    private static List<Integer> runEnds(RowPairing table) {
        List<ViewRow> rows = table.rows();
        int top = rows.stream()
                .filter(r -> !r.total())
                .mapToInt(r -> r.code().length())
                .min()
                .orElse(0);
        List<Integer> ends = new ArrayList<>();
        for (int q = 0; q < rows.size(); q++) {
            boolean last = q == rows.size() - 1;
            if (last || rows.get(q + 1).total() || rows.get(q + 1).code().length() <= top) {
                ends.add(q);
            }
        }
        return ends;
    }

    /**
     * Every run (ending with a class block) and offset of one column; the one leaving fewest of the column's identities failing wins, then
     * the one with most holding, then most repaired, then the earliest and shortest. Claimed only when it meets the criterion.
     */
    private static Optional<Shift> search(RowPairing table, int column, int[] ids) {
        int failing = 0;
        for (int i : ids) {
            failing += table.failsAsPrinted(i) ? 1 : 0;
        }
        if (failing < MIN_FAILED) {
            return Optional.empty(); // the cheap pre-check: most tables stop here
        }
        int n = table.size();
        RowPairing.Count best = table.count(ids, table.asPrinted(), column);
        int[] run = null;
        int[] src = table.asPrinted();
        List<Integer> ends = runEnds(table);
        for (int from = 0; from < n; from++) {
            for (int to : ends) {
                if (to < from + MIN_ROWS - 1) {
                    continue;
                }
                for (int step = 1; step <= MAX_STEP && step < to - from + 1; step++) {
                    for (int offset : new int[] {step, -step}) {
                        for (int q = from; q <= to; q++) {
                            int p = q - offset;
                            src[q] = p >= from && p <= to ? p : -1;
                        }
                        RowPairing.Count c = table.countChangedIn(ids, src, column, from, to);
                        if (better(c, best)) {
                            best = c;
                            run = new int[] {from, to, offset};
                        }
                    }
                }
                for (int q = from; q <= to; q++) {
                    src[q] = q;
                }
            }
        }
        if (run == null) {
            return Optional.empty();
        }
        return judge(table, column, ids, run);
    }

    /** Fewer failing; as many failing but more holding; then more of those failing as printed holding. */
    private static boolean better(RowPairing.Count c, RowPairing.Count than) {
        if (c.failing() != than.failing()) {
            return c.failing() < than.failing();
        }
        return c.holding() != than.holding() ? c.holding() > than.holding() : c.repaired() > than.repaired();
    }

    /**
     * The criterion, counted over the identities that read the run. The sums and other tables' figures bear it as
     * the whole-table rule does; the components the narrative lists only corroborate (a list may name a 款 out of
     * habit): the restoration may leave at most one of them empty for every four it fills.
     */
    private static Optional<Shift> judge(RowPairing table, int column, int[] ids, int[] run) {
        int from = run[0];
        int to = run[1];
        List<Integer> strong = new ArrayList<>();
        List<Integer> listed = new ArrayList<>();
        List<Integer> sums = new ArrayList<>();
        for (int i : ids) {
            if (table.touches(i, from, to)) {
                (table.isListed(i) ? listed : strong).add(i);
                if (table.isSum(i)) {
                    sums.add(i);
                }
            }
        }
        int[] src = table.confined(from, to, run[2]);
        RowPairing.Count strongBefore = table.count(array(strong), table.asPrinted(), column);
        RowPairing.Count strongAfter = table.count(array(strong), src, column);
        RowPairing.Count listedBefore = table.count(array(listed), table.asPrinted(), column);
        RowPairing.Count listedAfter = table.count(array(listed), src, column);
        int before = strongBefore.failing() + listedBefore.failing();
        int after = strongAfter.failing() + listedAfter.failing();
        int repaired = strongAfter.repaired() + listedAfter.repaired();
        boolean clear = strongAfter.failing() * 10 <= strongBefore.failing()
                && listedAfter.failing() * 4 <= listedAfter.repaired()
                && repaired >= Math.max(MIN_FAILED, before / 3)
                && table.count(array(sums), src, column).repaired() > 0;
        if (!clear) {
            return Optional.empty();
        }
        List<String> still = new ArrayList<>();
        for (int i : ids) {
            if (table.touches(i, from, to)
                    && table.count(new int[] {i}, src, column).failing() > 0) {
                still.add(table.describe(i));
            }
        }
        return Optional.of(new Shift(table, column, from, to, run[2], before, after, repaired, List.copyOf(still)));
    }

    private static int[] array(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
