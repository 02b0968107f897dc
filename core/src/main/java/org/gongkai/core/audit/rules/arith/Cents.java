package org.gongkai.core.audit.rules.arith;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.gongkai.core.amount.Amount;

/**
 * Amounts as whole 分 in a long, for the comparisons every rule makes many times per audit; amounts too large
 * for that (no real budget) take the exact BigDecimal path instead.
 */
final class Cents {
    /** Marks an amount that does not fit (or is not in whole 分). */
    static final long TOO_BIG = Long.MIN_VALUE;

    /** Far below Long.MAX_VALUE, so differences and rounding of two such amounts cannot overflow. */
    private static final int MAX_BITS = 60;

    private Cents() {}

    static long of(Amount a) {
        BigDecimal y = a.yuan();
        if (y.scale() != 2 || y.precision() > 18) {
            return TOO_BIG;
        }
        long v = y.unscaledValue().longValue();
        return Math.abs(v) < (1L << MAX_BITS) ? v : TOO_BIG;
    }

    /**
     * {@code cents} rounded to a multiple of {@code step} (both in 分, step &gt; 0) the way
     * {@code BigDecimal.divide(step, 0, mode).multiply(step)} does, for HALF_UP and DOWN.
     */
    static long toStep(long cents, long step, RoundingMode mode) {
        long q = cents / step; // truncates toward zero: RoundingMode.DOWN
        if (mode == RoundingMode.HALF_UP) {
            long r = Math.abs(cents % step);
            if (r * 2 >= step) {
                q += Long.signum(cents);
            }
        } else if (mode != RoundingMode.DOWN) {
            throw new IllegalArgumentException("only HALF_UP and DOWN: " + mode);
        }
        return q * step;
    }
}
