package org.gongkai.core.audit.rules.arith;

import org.gongkai.core.audit.facts.TableKind;

/**
 * One identity over positions: {@code stated} against the sum of {@code parts} (same column), or, when
 * {@code parts} is null, against a figure of another table ({@code bound}, with {@code atMost} telling
 * the direction), or, when {@code positive}, a cell that must hold money (a component the narrative lists).
 * A row sum (合计 = 基本支出 + 项目支出) has {@code partColumns}: its parts are the cells of those columns in
 * the stated row. {@code other}: the table the bound comes from.
 */
record PairingIdentity(
        int stated,
        int[] parts,
        int column,
        long bound,
        boolean atMost,
        long tolerance,
        boolean positive,
        int[] partColumns,
        TableKind other) {
    /** A sum of cells of one column. */
    PairingIdentity(int stated, int[] parts, int column, long tolerance) {
        this(stated, parts, column, 0, true, tolerance, false, null, null);
    }

    int partColumn(int j) {
        return partColumns == null ? column : partColumns[j];
    }

    boolean reads(int c) {
        if (column == c) {
            return true;
        }
        return partColumns != null && java.util.Arrays.stream(partColumns).anyMatch(x -> x == c);
    }
}
