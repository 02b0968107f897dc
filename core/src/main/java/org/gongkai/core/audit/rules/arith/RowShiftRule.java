package org.gongkai.core.audit.rules.arith;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.core.audit.AuditContext;
import org.gongkai.core.audit.Category;
import org.gongkai.core.audit.CauseRule;
import org.gongkai.core.audit.FindingSink;
import org.gongkai.core.audit.Location;
import org.gongkai.core.audit.RuleInfo;
import org.gongkai.core.audit.Severity;
import org.gongkai.core.audit.facts.TableKind;
import org.gongkai.core.audit.facts.TableView;
import org.gongkai.core.audit.facts.TableView.ViewRow;

/**
 * T.ROW-SHIFT: the amounts of a code table sit some rows off their codes from a row on (a row lost or added
 * in typesetting or extraction). Criterion: as printed at least {@value #MIN_FAILED} of the table's identities
 * (类 = Σ款, 款 = Σ项, 合计 = Σ top level, the same code in the table it is part of) fail; pairing the
 * amounts from some row on with the code up to {@value #MAX_STEP} rows away (in up to {@value #MAX_SEGMENTS}
 * steps, each a further offset from a later row) leaves at most a tenth as many failing, makes at least a third of
 * the failing ones (and at least {@value #MIN_FAILED}) hold (the rest may become uncheckable where a code is left without amounts), over at least
 * {@value #MIN_ROWS} re-paired rows. Reported once per table; the findings it explains are dropped by the
 * Auditor (see {@link CauseRule}).
 */
final class RowShiftRule implements CauseRule {
    static final int MIN_FAILED = 5;
    static final int MAX_STEP = 3;
    static final int MAX_SEGMENTS = 3;
    static final int MIN_ROWS = 4;
    private static final List<TableKind> KINDS =
            List.of(TableKind.T2, TableKind.T3, TableKind.T5, TableKind.T7, TableKind.T9, TableKind.T10);
    private static final Object KEY = new Object();

    static final RuleInfo INFO = new RuleInfo(
            "T.ROW-SHIFT",
            Severity.ERROR,
            Category.ACCURACY,
            "表中金额与科目编码错行",
            "{table}：自{row}起各行金额与科目编码错行（{shift}）。按所印金额，该表有{before}项合计关系（类=Σ款、款=Σ项、合计=Σ类、与所属表同一科目）不成立；"
                    + "把金额还原到所属科目后其中{repaired}项成立，全表{after}项不成立，涉及{rows}行",
            "按所印至少" + MIN_FAILED + "项不成立；错行还原后全表不成立的不超过其十分之一，其中至少三分之一（且至少" + MIN_FAILED + "项）变为成立，涉及至少" + MIN_ROWS
                    + "行",
            "I-07, I-20");

    /** One diagnosed table: where the shift starts, its steps and the counts before and after. */
    record Shift(RowPairing table, List<int[]> segments, int[] sources, int before, int after, int repaired) {}

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(AuditContext context, FindingSink sink) {
        for (Shift s : shifts(context)) {
            TableView v = s.table().view();
            ViewRow first = s.table().rows().get(s.segments().get(0)[0]);
            Map<String, String> values = new LinkedHashMap<>();
            values.put("table", v.name());
            values.put("row", first.describe());
            values.put("shift", describe(s));
            values.put("before", String.valueOf(s.before()));
            values.put("after", String.valueOf(s.after()));
            values.put("repaired", String.valueOf(s.repaired()));
            values.put("rows", String.valueOf(moved(s).size()));
            sink.report(
                    INFO,
                    values,
                    List.of(at(s)),
                    "各行金额与本行科目编码对应",
                    describe(s),
                    "",
                    "按科目逐行核对自" + first.describe() + "起的金额（可与其他表同一科目对照），改正错行后再核对合计。");
        }
    }

    @Override
    public List<Cascade> cascades(AuditContext context) {
        List<Cascade> out = new ArrayList<>();
        for (Shift s : shifts(context)) {
            RowPairing t = s.table();
            List<Location> cells = new ArrayList<>();
            for (int q : moved(s)) {
                for (int c : t.columns()) {
                    cells.add(t.view().location(t.rows().get(q), c));
                }
            }
            List<Location> sums = new ArrayList<>();
            for (int[] sum : t.sumsOver(java.util.Set.copyOf(moved(s)))) {
                sums.add(t.view().location(t.rows().get(sum[0]), t.columns().get(sum[1])));
            }
            out.add(new Cascade(at(s), cells, sums));
        }
        return out;
    }

    private static Location at(Shift s) {
        return s.table().view().location(s.table().rows().get(s.segments().get(0)[0]));
    }

    /** Code rows whose amounts change when re-paired (those the shifted findings are located in). */
    private static List<Integer> moved(Shift s) {
        List<Integer> out = new ArrayList<>();
        for (int q = 0; q < s.sources().length; q++) {
            if (s.sources()[q] != q) {
                out.add(q);
            }
        }
        return out;
    }

    /** "金额比所属科目高2行；自2101101起高5行". */
    private static String describe(Shift s) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < s.segments().size(); i++) {
            int[] seg = s.segments().get(i);
            String how = seg[1] > 0 ? "高" + seg[1] + "行" : "低" + -seg[1] + "行";
            if (i == 0) {
                parts.add("金额比所属科目" + how);
            } else {
                parts.add("自" + s.table().rows().get(seg[0]).describe() + "起" + how);
            }
        }
        return String.join("；", parts);
    }

    static List<Shift> shifts(AuditContext context) {
        return context.memo(KEY, RowShiftRule::find);
    }

    private static List<Shift> find(AuditContext context) {
        List<Shift> out = new ArrayList<>();
        for (TableView v : context.facts().views()) {
            if (v.kind().filter(KINDS::contains).isEmpty() || v.sides().size() != 1) {
                continue;
            }
            RowPairing table = RowPairing.of(context, v);
            RowPairing.Count before = table.count(table.asPrinted());
            if (before.failing() < MIN_FAILED) {
                continue;
            }
            search(table, before).ifPresent(out::add);
        }
        return out;
    }

    /**
     * Greedy: the one further step (a row and an offset change) that leaves fewest identities failing, fewest
     * rows moved on a tie, repeated while it helps.
     */
    private static java.util.Optional<Shift> search(RowPairing table, RowPairing.Count before) {
        int n = table.size();
        List<int[]> segments = new ArrayList<>();
        int[] offsets = new int[n];
        RowPairing.Count now = before;
        for (int round = 0; round < MAX_SEGMENTS; round++) {
            int from = segments.isEmpty() ? 0 : segments.get(segments.size() - 1)[0] + 1;
            int base = segments.isEmpty() ? 0 : segments.get(segments.size() - 1)[1];
            RowPairing.Count bestCount = now;
            int[] best = null;
            for (int step = 1; step <= MAX_STEP; step++) {
                for (int sign : new int[] {1, -1}) {
                    int offset = base + sign * step;
                    if (offset == 0) {
                        continue;
                    }
                    for (int r = n - 1; r >= from; r--) {
                        RowPairing.Count c = table.count(table.shifted(withTail(offsets, r, offset)));
                        if (better(c, bestCount)) {
                            bestCount = c;
                            best = new int[] {r, offset};
                        }
                    }
                }
            }
            if (best == null) {
                break;
            }
            segments.add(best);
            offsets = withTail(offsets, best[0], best[1]);
            now = bestCount;
        }
        if (segments.isEmpty()) {
            return java.util.Optional.empty();
        }
        int[] sources = table.shifted(offsets);
        Shift s = new Shift(table, List.copyOf(segments), sources, before.failing(), now.failing(), now.repaired());
        boolean clear = now.failing() * 10 <= before.failing()
                && now.repaired() >= Math.max(MIN_FAILED, before.failing() / 3)
                && moved(s).size() >= MIN_ROWS;
        return clear ? java.util.Optional.of(s) : java.util.Optional.empty();
    }

    /** Fewer failing; as many failing but more holding. */
    private static boolean better(RowPairing.Count c, RowPairing.Count than) {
        return c.failing() < than.failing() || c.failing() == than.failing() && c.holding() > than.holding();
    }

    private static int[] withTail(int[] offsets, int from, int offset) {
        int[] out = offsets.clone();
        for (int p = from; p < out.length; p++) {
            out[p] = offset;
        }
        return out;
    }
}
