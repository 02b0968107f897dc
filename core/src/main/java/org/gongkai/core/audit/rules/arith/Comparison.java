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
 * @param asPrinted true when {@code step} is the precision a narrative figure was printed in, coarser than its
 *     unit's usual one ("328,661万元"): then cutting the decimals off agrees as well as rounding HALF_UP does
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
        String suggestion,
        boolean asPrinted) {

    /** How actual must relate to expected. */
    public enum Relation {
        EQUAL,
        AT_MOST,
        /** actual ≥ expected: the stated figure covers more than the document shows. */
        AT_LEAST,
        /**
         * Equal, where every part and the whole were each rounded on their own: Σ round(x) − round(Σx) stays within
         * (parts + 1) ÷ 2 steps, so that much is residue.
         */
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
        values = values instanceof LazyValues ? values : Map.copyOf(values);
        locations = List.copyOf(locations);
    }

    /** A comparison at the usual display precision of its figures. */
    public Comparison(
            Map<String, String> values,
            List<Location> locations,
            Amount expected,
            Amount actual,
            Amount step,
            int parts,
            MoneyUnit unit,
            Relation relation,
            String suggestion) {
        this(values, locations, expected, actual, step, parts, unit, relation, suggestion, false);
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

    /** The same comparison with other message values (e.g. the given ones plus rule-specific placeholders). */
    public Comparison withValues(Map<String, String> newValues) {
        return new Comparison(
                newValues, locations, expected, actual, step, parts, unit, relation, suggestion, asPrinted);
    }

    public Amount difference() {
        return actual.minus(expected);
    }

    public Outcome outcome() {
        Outcome rounded = outcome(java.math.RoundingMode.HALF_UP);
        if (rounded != Outcome.OK && asPrinted && outcome(java.math.RoundingMode.DOWN) == Outcome.OK) {
            // Prose commonly cuts the decimals off a figure ("328,661万元" for 328,661.81): that states the
            // table's own digits, not a different amount.
            return Outcome.OK;
        }
        return rounded;
    }

    private Outcome outcome(java.math.RoundingMode mode) {
        long act = Cents.of(actual);
        long exp = Cents.of(expected);
        long st = Cents.of(step);
        if (act != Cents.TOO_BIG && exp != Cents.TOO_BIG && st > 0) {
            return outcomeInCents(act, exp, st, mode);
        }
        return outcomeInDecimals(mode);
    }

    /** {@link #outcomeInDecimals} on amounts in 分 that fit a long (all real ones): no BigDecimal division. */
    Outcome outcomeInCents(long act, long exp, long st, java.math.RoundingMode mode) {
        long diff = Cents.toStep(act, st, mode) - Cents.toStep(exp, st, mode);
        if (relation == Relation.AT_MOST || relation == Relation.AT_LEAST) {
            int wrongSign = relation == Relation.AT_MOST ? 1 : -1;
            if (Long.signum(diff) != wrongSign) {
                return Outcome.OK;
            }
            return Math.abs(diff) == st ? Outcome.RESIDUE : Outcome.ERROR;
        }
        if (diff == 0) {
            return Outcome.OK;
        }
        if (relation == Relation.EQUAL_PARTS_ROUNDED_ALONE) {
            long steps = (Math.abs(diff) + st - 1) / st;
            return steps <= roundedAloneSteps() ? Outcome.RESIDUE : Outcome.ERROR;
        }
        return Math.abs(diff) == st && parts >= 2 ? Outcome.RESIDUE : Outcome.ERROR;
    }

    /** The exact evaluation, for any size of amount. */
    Outcome outcomeInDecimals(java.math.RoundingMode mode) {
        Amount diff = toStep(actual, mode).minus(toStep(expected, mode));
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
            return steps <= roundedAloneSteps() ? Outcome.RESIDUE : Outcome.ERROR;
        }
        return diff.abs().equals(step) && parts >= 2 ? Outcome.RESIDUE : Outcome.ERROR;
    }

    /** The most steps by which parts and a whole, each rounded HALF_UP on its own, can differ. */
    private long roundedAloneSteps() {
        return Math.max(1, (parts + 1) / 2);
    }

    /** Values compared at the coarser display precision of the two sides (exact when both are displayed). */
    private Amount toStep(Amount a, java.math.RoundingMode mode) {
        if (step.isZero()) {
            return a;
        }
        java.math.BigDecimal n = a.yuan().divide(step.yuan(), 0, mode);
        return Amount.ofYuan(n.multiply(step.yuan()));
    }

    /** An amount for messages, at the unit's usual precision when a coarser printed figure set the step. */
    public String shown(Amount a) {
        return unit.show(a, asPrinted ? unit.step(0) : step);
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
