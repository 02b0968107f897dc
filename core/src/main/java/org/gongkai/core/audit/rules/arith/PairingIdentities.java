package org.gongkai.core.audit.rules.arith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongkai.core.audit.facts.ColumnRole;
import org.gongkai.core.audit.facts.Fact;
import org.gongkai.core.audit.facts.Facts;
import org.gongkai.core.audit.facts.TableKind;
import org.gongkai.core.audit.facts.TableView;
import org.gongkai.core.audit.facts.TableView.ViewRow;

/**
 * The identities of one code table for {@link RowPairing}: 类 = Σ款, 款 = Σ项, 合计 = Σ top level, each row's 合计 =
 * its component columns, the same code in the table it is part of or holds, and for 表六 the 三公 caps of 表八 and
 * the components the narrative lists.
 */
final class PairingIdentities {
    /** Tables that are part of another (all-funds 表三 holds the 一般公共预算, 政府性基金 and 国有资本 tables). */
    private static final Map<TableKind, TableKind> PART_OF =
            Map.of(TableKind.T5, TableKind.T3, TableKind.T9, TableKind.T3, TableKind.T10, TableKind.T3);

    /** Economic codes of 表六 whose amount must not exceed a 三公 figure of 表八 (I-26, as X.T6-T8). */
    private static final Map<String, String> T8_CAPS =
            Map.of("30212", "abroad", "30217", "reception", "30231", "vehicleOperation");

    private final TableView view;
    private final List<ViewRow> rows;
    private final List<Integer> columns;
    private final List<PairingIdentity> identities = new ArrayList<>();

    private PairingIdentities(TableView view, List<ViewRow> rows, List<Integer> columns) {
        this.view = view;
        this.rows = rows;
        this.columns = columns;
    }

    /**
     * @param rows the code and total rows, by position
     * @param columns the amount columns, by index
     * @param listed economic codes the narrative names as components of 人员经费 or 公用经费
     */
    static List<PairingIdentity> collect(
            TableView view, List<ViewRow> rows, List<Integer> columns, Facts facts, Set<String> listed) {
        PairingIdentities out = new PairingIdentities(view, rows, columns);
        out.collectIdentities(facts);
        if (view.kind().filter(k -> k == TableKind.T6).isPresent()) {
            out.collectEconomic(facts, listed);
        }
        return List.copyOf(out.identities);
    }

    private void collectIdentities(Facts facts) {
        long step = view.step().fen();
        int minLength = Integer.MAX_VALUE;
        for (ViewRow r : rows) {
            if (!r.total()) {
                minLength = Math.min(minLength, r.code().length());
            }
        }
        List<Integer> top = new ArrayList<>();
        for (int q = 0; q < rows.size(); q++) {
            String code = rows.get(q).code();
            if (!rows.get(q).total() && code.length() == minLength) {
                top.add(q);
            }
            if (code.length() == 3 || code.length() == 5) {
                addSums(q, children(code), step);
            }
        }
        int[] topLevel = top.stream().mapToInt(Integer::intValue).toArray();
        for (int q = 0; q < rows.size(); q++) {
            if (rows.get(q).total() && topLevel.length > 0) {
                addSums(q, topLevel, step);
            }
        }
        collectRowSums(step);
        collectCrossTable(facts, step);
    }

    /** 合计 = its component columns in every row (as the T*.ROW-SUM rules check). */
    private void collectRowSums(long step) {
        Map<String, Integer> roles =
                view.sides().isEmpty() ? Map.of() : view.sides().get(0).roles();
        Integer total = roles.get(ColumnRole.TOTAL);
        List<String> parts = switch (view.kind().orElse(TableKind.T1)) {
            case T5, T9, T10 -> List.of(ColumnRole.BASIC, ColumnRole.PROJECT);
            case T6 -> List.of(ColumnRole.PERSONNEL, ColumnRole.PUBLIC);
            case T2, T3, T7 ->
                roles.keySet().stream().filter(r -> !r.equals(ColumnRole.TOTAL)).toList();
            default -> List.of();
        };
        int c = total == null ? -1 : columns.indexOf(total);
        int[] partColumns = parts.stream()
                .map(roles::get)
                .filter(java.util.Objects::nonNull)
                .mapToInt(columns::indexOf)
                .toArray();
        if (c < 0
                || partColumns.length != parts.size()
                || partColumns.length == 0
                || java.util.Arrays.stream(partColumns).anyMatch(x -> x < 0)) {
            return;
        }
        for (int q = 0; q < rows.size(); q++) {
            int[] at = new int[partColumns.length];
            java.util.Arrays.fill(at, q);
            identities.add(new PairingIdentity(q, at, c, 0, true, step, false, partColumns, null));
        }
    }

    private int[] children(String code) {
        List<Integer> out = new ArrayList<>();
        for (int q = 0; q < rows.size(); q++) {
            String c = rows.get(q).code();
            if (c.length() == code.length() + 2 && c.startsWith(code)) {
                out.add(q);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private void addSums(int stated, int[] parts, long step) {
        if (parts.length == 0) {
            return;
        }
        for (int c = 0; c < columns.size(); c++) {
            identities.add(new PairingIdentity(stated, parts, c, step));
        }
    }

    /** The same code and column in the table this one is part of (at most) or in its parts (at least). */
    private void collectCrossTable(Facts facts, long step) {
        Optional<TableKind> kind = view.kind();
        if (kind.isEmpty() || view.sides().isEmpty()) {
            return;
        }
        List<TableKind> whole = new ArrayList<>();
        List<TableKind> parts = new ArrayList<>();
        if (PART_OF.containsKey(kind.get())) {
            whole.add(PART_OF.get(kind.get()));
        }
        PART_OF.forEach((part, of) -> {
            if (of == kind.get()) {
                parts.add(part);
            }
        });
        Map<String, Integer> roles = view.sides().get(0).roles();
        for (int q = 0; q < rows.size(); q++) {
            String key = rows.get(q).total() ? "total" : rows.get(q).code();
            for (Map.Entry<String, Integer> role : roles.entrySet()) {
                int c = columns.indexOf(role.getValue());
                if (c < 0) {
                    continue;
                }
                for (TableKind other : whole) {
                    addBound(facts, Facts.concept(other, key, role.getKey()), q, c, true, step);
                }
                for (TableKind other : parts) {
                    addBound(facts, Facts.concept(other, key, role.getKey()), q, c, false, step);
                }
            }
        }
    }

    private void addBound(Facts facts, String concept, int q, int c, boolean atMost, long step) {
        Optional<Fact> f = facts.first(concept);
        if (f.isPresent()) {
            long tolerance = Math.max(step, f.get().figure().step().fen());
            identities.add(new PairingIdentity(
                    q,
                    null,
                    c,
                    f.get().amount().fen(),
                    atMost,
                    tolerance,
                    false,
                    null,
                    TableKind.valueOf(concept.substring(0, concept.indexOf('|')))));
        }
    }

    /** 表六: the 三公 caps of 表八 and the components the narrative lists (each must have money). */
    private void collectEconomic(Facts facts, Set<String> listed) {
        Optional<Integer> total = view.column("total");
        int c = total.map(columns::indexOf).orElse(-1);
        if (c < 0) {
            return;
        }
        long step = view.step().fen();
        for (int q = 0; q < rows.size(); q++) {
            String code = rows.get(q).code();
            if (T8_CAPS.containsKey(code)) {
                addBound(facts, "T8|current|" + T8_CAPS.get(code), q, c, true, step);
            }
            if (listed.contains(code)) {
                identities.add(new PairingIdentity(q, null, c, 0, false, 0, true, null, null));
            }
        }
    }
}
