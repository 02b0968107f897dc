package org.gongkai.core.derive.narrative;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gongkai.core.amount.Amount;
import org.gongkai.core.amount.DisplayUnit;
import org.gongkai.core.amount.Rounding;

/**
 * The displayed value of every figure the narrative states. Tables must show the same values for the
 * same quantities, so the rule is written down once here:
 *
 * <ul>
 *   <li>a quantity on its own (a total, a figure without siblings) is its exact value rounded {@link
 *       Rounding#MODE HALF_UP} at display precision ({@link #alone});
 *   <li>the parts of a complete breakdown stated with their total are allocated by largest remainder so
 *       that they add up to the total's displayed value ({@link #parts}); for a flat breakdown this is
 *       exactly {@link Rounding#allocate}; a breakdown of a part is allocated to that part's displayed
 *       value (hierarchical), so every level adds up;
 *   <li>shares of a complete breakdown are allocated the same way so they add up to exactly 100.00%
 *       ({@link #shares}).
 * </ul>
 */
public final class Figures {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Figures() {}

    /** The displayed value of a quantity shown on its own. */
    public static BigDecimal alone(Amount amount, DisplayUnit unit) {
        return unit.round(amount);
    }

    /** Displayed values of parts adding up to the displayed value of their exact sum. */
    public static List<BigDecimal> parts(List<Amount> parts, DisplayUnit unit) {
        return parts(parts, unit.round(Amount.sum(parts)), unit);
    }

    /** Displayed values of parts adding up to a given displayed total (the parent's displayed value). */
    public static List<BigDecimal> parts(List<Amount> parts, BigDecimal displayedTotal, DisplayUnit unit) {
        List<BigDecimal> exact = parts.stream().map(unit::exact).toList();
        return allocate(exact, displayedTotal, unit.decimals());
    }

    /**
     * Shares in percent (two decimals) of each part in the sum of the parts, adding up to exactly 100.00;
     * all zero when the sum is zero.
     */
    public static List<BigDecimal> shares(List<Amount> parts) {
        Amount total = Amount.sum(parts);
        if (total.isZero()) {
            return parts.stream().map(p -> BigDecimal.ZERO.setScale(2)).toList();
        }
        List<BigDecimal> exact = parts.stream()
                .map(p -> p.yuan().multiply(HUNDRED).divide(total.yuan(), MathContext.DECIMAL128))
                .toList();
        return allocate(exact, HUNDRED.setScale(2), 2);
    }

    /**
     * Largest-remainder allocation: floors at {@code scale}, then the missing steps go to the largest
     * remainders (ties: the larger value, then the earlier one). Exactly representable values never move
     * unless the target forces it.
     */
    static List<BigDecimal> allocate(List<BigDecimal> exact, BigDecimal target, int scale) {
        BigDecimal step = BigDecimal.ONE.movePointLeft(scale);
        List<BigDecimal> floors = new ArrayList<>(exact.size());
        List<BigDecimal> remainders = new ArrayList<>(exact.size());
        BigDecimal floorSum = BigDecimal.ZERO.setScale(scale);
        for (BigDecimal e : exact) {
            BigDecimal floor = e.setScale(scale, RoundingMode.FLOOR);
            floors.add(floor);
            remainders.add(e.subtract(floor));
            floorSum = floorSum.add(floor);
        }
        if (exact.isEmpty()) {
            return floors;
        }
        int steps = target.subtract(floorSum).divide(step).intValue();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < exact.size(); i++) {
            order.add(i);
        }
        Comparator<Integer> byRemainder = Comparator.comparing((Integer i) -> remainders.get(i))
                .reversed()
                .thenComparing(Comparator.comparing((Integer i) -> exact.get(i)).reversed())
                .thenComparing(i -> i);
        order.sort(steps >= 0 ? byRemainder : byRemainder.reversed());
        for (int k = 0; k < Math.abs(steps); k++) {
            int i = order.get(k % order.size());
            floors.set(i, steps >= 0 ? floors.get(i).add(step) : floors.get(i).subtract(step));
        }
        return floors;
    }
}
