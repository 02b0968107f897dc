package org.gongkai.formats.read;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.core.audit.facts.TableView;
import org.gongkai.formats.read.AmountPlacement.Choices;

/**
 * The column sums of a code table as constraints on the rows' amount placements: 合计 = Σ类, 类 = Σ款,
 * 款 = Σ项, every amount column. Solved bottom-up: the subtrees of a row's children are independent once
 * the children's own placements are fixed, so each row keeps, per own placement, the placements of its
 * descendants that go with it. A sum no combination satisfies (a printed error, or a misread elsewhere)
 * is dropped rather than allowed to rule out every placement; so is a sum past the search budget.
 */
final class CodeTree {
    private final TableView view;
    private final List<Choices> rows;
    private final BigDecimal step;
    private final Map<Integer, List<Integer>> children = new HashMap<>();
    private final Set<Integer> unresolved = new HashSet<>();
    private int budget = AmountPlacement.BUDGET;

    CodeTree(TableView view, List<Choices> rows, BigDecimal step) {
        this.view = view;
        this.rows = rows;
        this.step = step;
    }

    /** Rows whose sum could not be satisfied or searched; their placement is a guess. */
    Set<Integer> unresolved() {
        return unresolved;
    }

    /** Narrows every coded row's kept placements to those of a consistent whole. */
    void solve() {
        if (view.sides().size() != 1) {
            return;
        }
        List<TableView.ViewRow> vr = view.rows();
        int min = vr.stream()
                .filter(r -> !r.total() && !r.code().isEmpty())
                .mapToInt(r -> r.code().length())
                .min()
                .orElse(0);
        if (min == 0) {
            return;
        }
        List<Integer> top = new ArrayList<>();
        for (int i = 0; i < vr.size(); i++) {
            String code = vr.get(i).code();
            if (code.isEmpty() || vr.get(i).total()) {
                continue;
            }
            if (code.length() == min) {
                top.add(i);
            }
            List<Integer> kids = new ArrayList<>();
            for (int j = 0; j < vr.size(); j++) {
                String c = vr.get(j).code();
                if (c.length() == code.length() + 2 && c.startsWith(code)) {
                    kids.add(j);
                }
            }
            children.putIfAbsent(i, kids);
        }
        int total = -1;
        for (int i = 0; i < vr.size(); i++) {
            if (vr.get(i).total()) {
                total = i;
                break;
            }
        }
        List<Map<Integer, Map<Integer, Set<Integer>>>> roots = new ArrayList<>();
        if (total >= 0) {
            children.put(total, top);
            roots.add(solve(total, new HashSet<>()));
        } else {
            for (int t : top) {
                roots.add(solve(t, new HashSet<>()));
            }
        }
        for (Map<Integer, Map<Integer, Set<Integer>>> root : roots) {
            Map<Integer, Set<Integer>> union = new HashMap<>();
            root.values().forEach(m -> merge(union, m));
            union.forEach((row, kept) -> rows.get(row).keep(kept));
        }
    }

    /** Per own placement of a row: the placements of it and its descendants that fit the sums below. */
    private Map<Integer, Map<Integer, Set<Integer>>> solve(int row, Set<Integer> path) {
        path.add(row);
        List<Integer> kids = children.getOrDefault(row, List.of()).stream()
                .filter(k -> !path.contains(k))
                .toList();
        List<Map<Integer, Map<Integer, Set<Integer>>>> below = new ArrayList<>();
        for (int k : kids) {
            below.add(solve(k, path));
        }
        path.remove(row);
        Choices own = rows.get(row);
        Map<Integer, Map<Integer, Set<Integer>>> result = new HashMap<>();
        if (!kids.isEmpty()) {
            List<List<Integer>> keys = below.stream()
                    .map(b -> b.keySet().stream().sorted().toList())
                    .toList();
            Search search = new Search(kids, keys, step.multiply(BigDecimal.valueOf(kids.size())));
            for (int p : own.kept()) {
                List<int[]> found = search.solutions(own, p);
                if (found == null) {
                    result.clear();
                    break;
                }
                for (int[] combo : found) {
                    Map<Integer, Set<Integer>> sets = result.computeIfAbsent(p, x -> new HashMap<>());
                    sets.computeIfAbsent(row, x -> new HashSet<>()).add(p);
                    for (int c = 0; c < kids.size(); c++) {
                        merge(sets, below.get(c).get(combo[c]));
                    }
                }
            }
        }
        if (result.isEmpty()) {
            // no fitting combination, or too many to try: this sum decides nothing
            if (!kids.isEmpty() && !(own.settled() && below.stream().allMatch(b -> b.size() <= 1))) {
                unresolved.add(row);
                unresolved.addAll(kids);
            }
            Map<Integer, Set<Integer>> all = new HashMap<>();
            below.forEach(b -> b.values().forEach(m -> merge(all, m)));
            for (int p : own.kept()) {
                Map<Integer, Set<Integer>> sets = new HashMap<>();
                merge(sets, all);
                sets.computeIfAbsent(row, x -> new HashSet<>()).add(p);
                result.put(p, sets);
            }
        }
        return result;
    }

    /**
     * The children's placements whose column sums meet a parent placement: a depth-first search that
     * cuts a branch as soon as the children left can no longer reach the parent's figure.
     */
    private final class Search {
        private final List<Integer> kids;
        private final List<List<Integer>> options;
        private final BigDecimal tolerance;
        private final int columns;
        private final BigDecimal[][] low;
        private final BigDecimal[][] high;

        Search(List<Integer> kids, List<List<Integer>> options, BigDecimal tolerance) {
            this.kids = kids;
            this.options = options;
            this.tolerance = tolerance;
            this.columns = rows.get(kids.get(0)).columns().size();
            low = new BigDecimal[kids.size() + 1][columns];
            high = new BigDecimal[kids.size() + 1][columns];
            for (int c = 0; c < columns; c++) {
                low[kids.size()][c] = BigDecimal.ZERO;
                high[kids.size()][c] = BigDecimal.ZERO;
            }
            for (int i = kids.size() - 1; i >= 0; i--) {
                for (int c = 0; c < columns; c++) {
                    BigDecimal min = null;
                    BigDecimal max = null;
                    for (int o : options.get(i)) {
                        BigDecimal v = amount(i, o, c);
                        min = min == null || v.compareTo(min) < 0 ? v : min;
                        max = max == null || v.compareTo(max) > 0 ? v : max;
                    }
                    low[i][c] = low[i + 1][c].add(min == null ? BigDecimal.ZERO : min);
                    high[i][c] = high[i + 1][c].add(max == null ? BigDecimal.ZERO : max);
                }
            }
        }

        /** Every fitting combination for the parent's placement; null when the budget ran out. */
        List<int[]> solutions(Choices parent, int p) {
            BigDecimal[] target = new BigDecimal[columns];
            BigDecimal[] sum = new BigDecimal[columns];
            for (int c = 0; c < columns; c++) {
                target[c] = parent.amountAt(p, c);
                sum[c] = BigDecimal.ZERO;
            }
            List<int[]> out = new ArrayList<>();
            return walk(0, new int[kids.size()], sum, target, out) ? out : null;
        }

        private boolean walk(int i, int[] combo, BigDecimal[] sum, BigDecimal[] target, List<int[]> out) {
            if (--budget < 0) {
                return false;
            }
            for (int c = 0; c < columns; c++) {
                BigDecimal least = sum[c].add(low[i][c]);
                BigDecimal most = sum[c].add(high[i][c]);
                if (least.subtract(target[c]).compareTo(tolerance) > 0
                        || target[c].subtract(most).compareTo(tolerance) > 0) {
                    return true;
                }
            }
            if (i == kids.size()) {
                out.add(combo.clone());
                return true;
            }
            for (int o : options.get(i)) {
                combo[i] = o;
                BigDecimal[] next = new BigDecimal[columns];
                for (int c = 0; c < columns; c++) {
                    next[c] = sum[c].add(amount(i, o, c));
                }
                if (!walk(i + 1, combo, next, target, out)) {
                    return false;
                }
            }
            return true;
        }

        private BigDecimal amount(int kid, int option, int column) {
            return rows.get(kids.get(kid)).amountAt(option, column);
        }
    }

    private static void merge(Map<Integer, Set<Integer>> into, Map<Integer, Set<Integer>> from) {
        from.forEach(
                (row, kept) -> into.computeIfAbsent(row, x -> new HashSet<>()).addAll(kept));
    }
}
