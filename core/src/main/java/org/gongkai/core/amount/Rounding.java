package org.gongkai.core.amount;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The one rounding policy of Gongkai.
 *
 * <p>A figure shown on its own is rounded {@link RoundingMode#HALF_UP}. A total shown with its parts
 * is rounded on its own, and the parts are then allocated by the largest-remainder method so that
 * the displayed parts add up to the displayed total exactly (the residue never reaches the reader).
 */
public final class Rounding {
    public static final RoundingMode MODE = RoundingMode.HALF_UP;

    private Rounding() {}

    /**
     * Displayed values of {@code parts} that add up exactly to the displayed value of their exact sum.
     *
     * <p>Each part is first truncated towards negative infinity at display precision; the remaining
     * steps go to the parts with the largest remainders (ties: the larger part, then the earlier one).
     * Parts that are exactly displayable never move.
     */
    public static List<BigDecimal> allocate(List<Amount> parts, DisplayUnit unit) {
        return allocate(parts, unit.round(Amount.sum(parts)), unit);
    }

    /**
     * Displayed values of {@code parts} that add up exactly to {@code target}, a displayed value already
     * fixed for their sum (for example a parent row's value allocated among its siblings). When the
     * target is the floor or ceiling of the exact sum, every part stays the floor or ceiling of its own
     * exact value, so an exactly-zero part always shows zero.
     */
    public static List<BigDecimal> allocate(List<Amount> parts, BigDecimal target, DisplayUnit unit) {
        BigDecimal step = BigDecimal.ONE.movePointLeft(unit.decimals());
        List<BigDecimal> floors = new ArrayList<>(parts.size());
        List<BigDecimal> remainders = new ArrayList<>(parts.size());
        BigDecimal floorSum = BigDecimal.ZERO.setScale(unit.decimals());
        for (Amount p : parts) {
            BigDecimal exact = unit.exact(p);
            BigDecimal floor = exact.setScale(unit.decimals(), RoundingMode.FLOOR);
            floors.add(floor);
            remainders.add(exact.subtract(floor));
            floorSum = floorSum.add(floor);
        }
        int steps = target.subtract(floorSum).divide(step).intValueExact();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            order.add(i);
        }
        Comparator<Integer> byRemainder = Comparator.comparing((Integer i) -> remainders.get(i))
                .reversed()
                .thenComparing(Comparator.comparing((Integer i) -> parts.get(i)).reversed())
                .thenComparing(i -> i);
        if (steps >= 0) {
            order.sort(byRemainder);
            for (int k = 0; k < steps && k < order.size(); k++) {
                int i = order.get(k);
                floors.set(i, floors.get(i).add(step));
            }
        } else {
            // The target is below the parts' floors (a total allocated down elsewhere, or negative parts):
            // take steps back from the smallest remainders, never pushing a non-negative part below zero.
            order.sort(byRemainder.reversed());
            int taken = 0;
            for (int round = 0; taken < -steps && round <= -steps; round++) {
                for (int k = 0; k < order.size() && taken < -steps; k++) {
                    int i = order.get(k);
                    if (parts.get(i).signum() >= 0 && floors.get(i).signum() <= 0) {
                        continue;
                    }
                    floors.set(i, floors.get(i).subtract(step));
                    taken++;
                }
            }
        }
        return floors;
    }
}
