package org.gongkai.core.audit.rules.arith;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.core.audit.AuditContext;
import org.gongkai.core.audit.facts.Facts;
import org.gongkai.core.audit.facts.TableKind;
import org.gongkai.core.audit.facts.TableView;
import org.gongkai.core.audit.facts.TableView.ViewRow;
import org.gongkai.core.audit.rules.conformity.ComponentLists;

/**
 * The coded rows of one code table with their amounts, and the table's identities (see {@link
 * PairingIdentities}), evaluated for any pairing of amount rows with code rows: of every column at once
 * ({@link RowShiftRule}) or of one column, the others as printed ({@link ColumnShiftRule}). Both ask whether the
 * amounts, paired with codes some rows away, satisfy identities that fail as printed.
 */
final class RowPairing {
    private final TableView view;
    private final List<ViewRow> rows = new ArrayList<>();
    private final List<Integer> columns;
    /** Amount in 分 per position and column; null when the cell is blank or holds words. */
    private final Long[][] amounts;

    private final List<PairingIdentity> identities;
    private final boolean[] failsAsPrinted;
    /** Whether each identity holds as printed (false where it fails or says nothing). */
    private final boolean[] holdsAsPrinted;
    /** The identities a whole-row pairing can change: all but the row sums, which move with their row. */
    private final int[] acrossRows;
    /** The positions each identity reads, sorted: whether a run touches it is a binary search. */
    private final int[][] reads;

    RowPairing(TableView view, Facts facts) {
        this(view, facts, java.util.Set.of());
    }

    private record Key(TableView view) {}

    /** The pairing of a view, built once per audit (the row- and column-shift diagnoses read the same tables). */
    static RowPairing of(AuditContext context, TableView view) {
        return context.memo(new Key(view), c -> {
            boolean economic = view.kind().filter(k -> k == TableKind.T6).isPresent();
            java.util.Set<String> listed = new java.util.HashSet<>();
            if (economic) {
                ComponentLists.of(c).forEach(l -> listed.add(l.code()));
            }
            return new RowPairing(view, c.facts(), listed);
        });
    }

    /**
     * @param listed economic codes the narrative names as components of 人员经费 or 公用经费: in 表六 each must have
     *     money (as NARR.COMPONENT-EMPTY checks)
     */
    RowPairing(TableView view, Facts facts, java.util.Set<String> listed) {
        this.view = view;
        for (ViewRow r : view.rows()) {
            if (r.total() || !r.code().isEmpty()) {
                rows.add(r);
            }
        }
        columns = TableChecks.amountColumns(view);
        amounts = new Long[rows.size()][columns.size()];
        for (int q = 0; q < rows.size(); q++) {
            for (int c = 0; c < columns.size(); c++) {
                int col = columns.get(c);
                amounts[q][c] = view.isBlank(rows.get(q), col)
                        ? null
                        : view.amount(rows.get(q), col).fen();
            }
        }
        identities = PairingIdentities.collect(view, rows, columns, facts, listed);
        failsAsPrinted = new boolean[identities.size()];
        holdsAsPrinted = new boolean[identities.size()];
        reads = new int[identities.size()][];
        acrossRows = java.util.stream.IntStream.range(0, identities.size())
                .filter(i -> identities.get(i).partColumns() == null)
                .toArray();
        int[] printed = asPrinted();
        for (int i = 0; i < identities.size(); i++) {
            PairingIdentity id = identities.get(i);
            Boolean fails = fails(id, printed, -1, false);
            failsAsPrinted[i] = Boolean.TRUE.equals(fails);
            holdsAsPrinted[i] = Boolean.FALSE.equals(fails);
            int[] at = id.parts() == null ? new int[0] : id.parts().clone();
            at = java.util.Arrays.copyOf(at, at.length + 1);
            at[at.length - 1] = id.stated();
            java.util.Arrays.sort(at);
            reads[i] = at;
        }
    }

    TableView view() {
        return view;
    }

    List<ViewRow> rows() {
        return rows;
    }

    List<Integer> columns() {
        return columns;
    }

    int size() {
        return rows.size();
    }

    /** The pairing as printed: every code row with its own amounts. */
    int[] asPrinted() {
        int[] src = new int[rows.size()];
        for (int q = 0; q < src.length; q++) {
            src[q] = q;
        }
        return src;
    }

    /**
     * The pairing where the amounts of row p belong to the code row p + offset[p]; a code row that no amount
     * row reaches has none (-1); where two reach the same code row, the later one wins.
     */
    int[] shifted(int[] offset) {
        int[] src = new int[rows.size()];
        java.util.Arrays.fill(src, -1);
        for (int p = 0; p < offset.length; p++) {
            int q = p + offset[p];
            if (q >= 0 && q < src.length) {
                src[q] = p;
            }
        }
        return src;
    }

    /**
     * The stated cells (position, column index) of the in-table sums that add up any of the given positions:
     * their figures can no longer be checked against the printed rows.
     */
    List<int[]> sumsOver(java.util.Set<Integer> positions) {
        List<int[]> out = new ArrayList<>();
        for (PairingIdentity id : identities) {
            if (id.parts() != null
                    && java.util.Arrays.stream(id.parts()).anyMatch(positions::contains)
                    && !positions.contains(id.stated())) {
                out.add(new int[] {id.stated(), id.column()});
            }
        }
        return out;
    }

    /** How many identities fail and how many hold under a pairing. */
    /**
     * @param failing identities that fail
     * @param holding identities that hold
     * @param repaired identities that fail as printed and hold under the pairing
     */
    record Count(int failing, int holding, int repaired) {}

    /**
     * The identities under the pairing ({@code src[q]}: the amount row read for code row q, -1 when the pairing
     * leaves code row q without amounts: its figures are unknown, and identities using them are not counted).
     */
    Count count(int[] src) {
        return tally(acrossRows, i -> fails(identities.get(i), src, -1, false));
    }

    /** The count over the given identities of a verdict per identity (true fails, false holds, null unknown). */
    private Count tally(int[] ids, java.util.function.IntFunction<Boolean> verdict) {
        int failing = 0;
        int holding = 0;
        int repaired = 0;
        for (int i : ids) {
            Boolean fails = verdict.apply(i);
            if (fails == null) {
                continue;
            }
            if (fails) {
                failing++;
            } else {
                holding++;
                if (failsAsPrinted[i]) {
                    repaired++;
                }
            }
        }
        return new Count(failing, holding, repaired);
    }

    /**
     * The amount row read for a cell under a pairing that moves column {@code only} (every column when negative);
     * -1 when the pairing leaves the cell without an amount.
     */
    private static int source(int[] src, int only, int position, int column) {
        return only < 0 || column == only ? src[position] : position;
    }

    /** The cell's amount in 分 read from amount row {@code row}; null when blank or when the row is -1. */
    private Long cell(int row, int column) {
        return row < 0 ? null : amounts[row][column];
    }

    /**
     * True when the identity fails, false when it holds, null when it says nothing (unknown or all blank), under
     * a pairing of column {@code only} (every column when negative). With {@code vacatedBlank}, a sum reading a
     * code row left without amounts holds when it holds with that cell blank (the row's own amount is then
     * printed nowhere, and the exact sum is the evidence), and says nothing otherwise.
     */
    private Boolean fails(PairingIdentity id, int[] src, int only, boolean vacatedBlank) {
        int statedRow = source(src, only, id.stated(), id.column());
        if (id.parts() == null) {
            if (statedRow < 0) {
                return null;
            }
            Long stated = cell(statedRow, id.column());
            if (id.positive()) {
                return stated == null || stated == 0;
            }
            if (stated == null) {
                return null;
            }
            long over = id.atMost() ? stated - id.bound() : id.bound() - stated;
            return over > id.tolerance();
        }
        boolean vacated = statedRow < 0;
        Long stated = cell(statedRow, id.column());
        long sum = 0;
        boolean any = stated != null;
        for (int j = 0; j < id.parts().length; j++) {
            int row = source(src, only, id.parts()[j], id.partColumn(j));
            vacated |= row < 0;
            Long a = cell(row, id.partColumn(j));
            if (a != null) {
                sum += a;
                any = true;
            }
        }
        if (vacated && !vacatedBlank || !any) {
            return null;
        }
        long diff = Math.abs((stated == null ? 0 : stated) - sum);
        boolean fails = diff > (id.parts().length >= 2 ? id.tolerance() : 0);
        if (vacated && fails) {
            return null;
        }
        return fails;
    }

    /** The indexes of the identities over one amount column (an index into {@link #columns()}). */
    int[] identitiesIn(int column) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < identities.size(); i++) {
            if (identities.get(i).reads(column)) {
                out.add(i);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** True when the identity reads a code row in [from, to]. */
    boolean touches(int identity, int from, int to) {
        int[] at = reads[identity];
        int k = java.util.Arrays.binarySearch(at, from);
        int next = k >= 0 ? k : -k - 1;
        return next < at.length && at[next] <= to;
    }

    /** A sum within the table (类 = Σ款, 合计 = Σ类…), the strongest evidence of a pairing. */
    boolean isSum(int identity) {
        return identities.get(identity).parts() != null;
    }

    /** The identity in words: "302 商品和服务支出 = 所属各行之和", "30212 因公出国（境）费用 不超过表八", "30208 取暖费 有金额". */
    String describe(int identity) {
        PairingIdentity id = identities.get(identity);
        String stated = rows.get(id.stated()).describe();
        if (id.positive()) {
            return stated + "有金额（正文所列）";
        }
        if (id.parts() == null) {
            String other = id.other() == null ? "其他表" : id.other().usualTitle();
            return stated + (id.atMost() ? "不超过" : "不少于") + other + "同一项";
        }
        return id.partColumns() == null ? stated + "等于所属各行之和" : stated + "一行合计等于各列之和";
    }

    /** The table a comparison with another table's figure reads, if the identity is one. */
    Optional<TableKind> other(int identity) {
        return Optional.ofNullable(identities.get(identity).other());
    }

    /** A cell the narrative says holds money: corroboration only, weaker than a sum or another table's figure. */
    boolean isListed(int identity) {
        return identities.get(identity).positive();
    }

    boolean failsAsPrinted(int identity) {
        return failsAsPrinted[identity];
    }

    /**
     * The pairing of one column where, within the code rows [from, to], the amounts of row p belong to code
     * row p + offset: the rows at one end of the range are left without amounts (-1), the amounts pushed past
     * the other end belong to no code; every other row keeps its own.
     */
    int[] confined(int from, int to, int offset) {
        int[] src = asPrinted();
        for (int q = from; q <= to; q++) {
            int p = q - offset;
            src[q] = p >= from && p <= to ? p : -1;
        }
        return src;
    }

    /**
     * As {@link #count(int[], int[], int)} for a pairing that differs from the printed one only within the code
     * rows [from, to]: the identities that read no row there are taken as printed.
     */
    Count countChangedIn(int[] ids, int[] src, int column, int from, int to) {
        return tally(ids, i -> {
            if (touches(i, from, to)) {
                return fails(identities.get(i), src, column, true);
            }
            return failsAsPrinted[i] ? Boolean.TRUE : holdsAsPrinted[i] ? Boolean.FALSE : null;
        });
    }

    /**
     * How many of the given identities fail and hold under a pairing of one column (the others as printed), a code
     * row left without amounts read as blank where a sum then holds.
     */
    Count count(int[] ids, int[] src, int column) {
        return tally(ids, i -> fails(identities.get(i), src, column, true));
    }
}
