package org.gongkai.core.audit.rules.arith;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.core.amount.Amount;
import org.gongkai.core.audit.Location;
import org.gongkai.core.audit.facts.MoneyUnit;

/**
 * One evaluated identity: a stated value ({@code actual}) against what the identity makes of other
 * stated values ({@code expected}), at display precision.
 *
 * @param values message placeholders (table, row, column, what, …); actual/expected/difference/unit are
 *     added when reported
 * @param locations the stated value first, then the places it is compared with
 * @param parts how many displayed figures were added up to get {@code expected} (1 for a plain equality)
 * @param relation EQUAL, AT_MOST (actual ≤ expected) or AT_LEAST (actual ≥ expected)
 */
public record Comparison(
        Map<String, String> values,
        List<Location> locations,
        Amount expected,
        Amount actual,
        Amount step,
        int parts,
        MoneyUnit unit,
        Relation relation,
        String suggestion) {

    /** How actual must relate to expected. */
    public enum Relation {
        EQUAL,
        AT_MOST,
        /** actual ≥ expected: the stated figure covers more than the document shows. */
        AT_LEAST,
        /** Equal, where every part was shown on its own: up to one step per part may be residue. */
        EQUAL_PARTS_ROUNDED_ALONE
    }

    /** What the comparison found. */
    public enum Outcome {
        OK,
        /** Off by exactly one display step, which the rounding of two or more parts explains. */
        RESIDUE,
        ERROR
    }

    public Comparison {
        values = Map.copyOf(values);
        locations = List.copyOf(locations);
    }

    public static Comparison equal(
            Map<String, String> values,
            List<Location> locations,
            Amount expected,
            Amount actual,
            Amount step,
            int parts,
            MoneyUnit unit,
            String suggestion) {
        return new Comparison(values, locations, expected, actual, step, parts, unit, Relation.EQUAL, suggestion);
    }

    public Amount difference() {
        return actual.minus(expected);
    }

    public Outcome outcome() {
        Amount diff = roundToStep(actual).minus(roundToStep(expected));
        if (relation == Relation.AT_MOST || relation == Relation.AT_LEAST) {
            int wrongSign = relation == Relation.AT_MOST ? 1 : -1;
            if (diff.signum() != wrongSign) {
                return Outcome.OK;
            }
            // both sides are displayed parts of their own tables, each allocated by largest remainder:
            // one display step beyond the bound is what rounding alone can produce
            return diff.abs().equals(step) && !step.isZero() ? Outcome.RESIDUE : Outcome.ERROR;
        }
        if (diff.isZero()) {
            return Outcome.OK;
        }
        if (relation == Relation.EQUAL_PARTS_ROUNDED_ALONE) {
            long steps = diff.abs()
                    .yuan()
                    .divide(step.yuan(), 0, java.math.RoundingMode.UP)
                    .longValue();
            return steps <= Math.max(1, parts) ? Outcome.RESIDUE : Outcome.ERROR;
        }
        return diff.abs().equals(step) && parts >= 2 ? Outcome.RESIDUE : Outcome.ERROR;
    }

    /** Values compared at the coarser display precision of the two sides (exact when both are displayed). */
    private Amount roundToStep(Amount a) {
        if (step.isZero()) {
            return a;
        }
        java.math.BigDecimal n = a.yuan().divide(step.yuan(), 0, java.math.RoundingMode.HALF_UP);
        return Amount.ofYuan(n.multiply(step.yuan()));
    }

    public String shown(Amount a) {
        return unit.show(a, step);
    }

    /** Placeholders for the message: the given values plus actual, expected, difference and unit. */
    public Map<String, String> allValues() {
        Map<String, String> all = new LinkedHashMap<>(values);
        all.put("actual", shown(actual));
        all.put("expected", shown(expected));
        all.put("difference", shown(difference()));
        all.put("unit", unit.label());
        return all;
    }
}
