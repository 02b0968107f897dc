package org.gongkai.core.audit.rules.arith;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import org.gongkai.core.audit.facts.Figure;

/**
 * Shares and rates recomputed from displayed figures, with the tolerance display rounding allows: every
 * figure may be off by one display step (largest-remainder allocation), the stated percentage by half
 * its last digit.
 */
final class Ratios {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Ratios() {}

    /** [min, max] of part / base × 100 over the rounding intervals; empty when the base may be zero. */
    static Optional<BigDecimal[]> share(Figure part, Figure base) {
        BigDecimal p = part.amount().yuan();
        BigDecimal b = base.amount().yuan();
        BigDecimal hp = Narratives.slack(part);
        BigDecimal hb = Narratives.slack(base);
        BigDecimal lowBase = b.subtract(hb);
        if (lowBase.signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal lowPart = p.subtract(hp).max(BigDecimal.ZERO);
        return Optional.of(new BigDecimal[] {pct(lowPart, b.add(hb)), pct(p.add(hp), lowBase)});
    }

    /**
     * [min, max] of the year-over-year rate (change on last year's base, last = this − signed change);
     * with {@code baseThisYear} the wrong base (change / this) is used instead.
     */
    static Optional<BigDecimal[]> rate(Figure now, Figure change, int direction, boolean baseThisYear) {
        return rate(now, change, direction, baseThisYear, Narratives.slack(now), Narratives.slack(change));
    }

    /**
     * As {@link #rate(Figure, Figure, int, boolean)} with each figure only rounded (half a display unit either
     * way), not allocated: the range a rate computed from exact amounts can fall in.
     */
    static Optional<BigDecimal[]> rateRounded(Figure now, Figure change, int direction) {
        BigDecimal half = new BigDecimal("0.5");
        return rate(
                now,
                change,
                direction,
                false,
                Narratives.slack(now).multiply(half),
                Narratives.slack(change).multiply(half));
    }

    private static Optional<BigDecimal[]> rate(
            Figure now, Figure change, int direction, boolean baseThisYear, BigDecimal ht, BigDecimal hc) {
        BigDecimal t = now.amount().yuan();
        BigDecimal c = change.amount().yuan().abs();
        BigDecimal cLow = c.subtract(hc).max(BigDecimal.ZERO);
        BigDecimal cHigh = c.add(hc);
        BigDecimal[] ts = {t.subtract(ht), t.add(ht)};
        BigDecimal[] cs = {cLow, cHigh};
        BigDecimal min = null;
        BigDecimal max = null;
        for (BigDecimal tt : ts) {
            for (BigDecimal cc : cs) {
                BigDecimal base = baseThisYear
                        ? tt
                        : tt.subtract(BigDecimal.valueOf(direction).multiply(cc));
                if (base.signum() <= 0) {
                    return Optional.empty();
                }
                BigDecimal r = pct(cc, base);
                min = min == null || r.compareTo(min) < 0 ? r : min;
                max = max == null || r.compareTo(max) > 0 ? r : max;
            }
        }
        return Optional.of(new BigDecimal[] {min, max});
    }

    /** The nominal rate from the figures as printed, rounded like the stated one. */
    static Optional<BigDecimal> nominalRate(Figure now, Figure change, int direction, boolean baseThisYear, int scale) {
        BigDecimal t = now.amount().yuan();
        BigDecimal c = change.amount().yuan().abs();
        BigDecimal base =
                baseThisYear ? t : t.subtract(BigDecimal.valueOf(direction).multiply(c));
        if (base.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(pct(c, base).setScale(Math.max(0, scale), RoundingMode.HALF_UP));
    }

    /** True when a stated percentage, with half a unit of its last digit, can be the value of [min, max]. */
    static boolean fits(BigDecimal stated, BigDecimal[] bounds) {
        return fits(stated, bounds, new BigDecimal("0.5"));
    }

    /** Shares shown together are allocated to add up to 100%: each may move by one unit of its last digit. */
    static boolean fitsAllocated(BigDecimal stated, BigDecimal[] bounds) {
        return fits(stated, bounds, BigDecimal.ONE);
    }

    private static boolean fits(BigDecimal stated, BigDecimal[] bounds, BigDecimal units) {
        BigDecimal half =
                BigDecimal.ONE.movePointLeft(Math.max(0, stated.scale())).multiply(units);
        return stated.add(half).compareTo(bounds[0]) >= 0
                && stated.subtract(half).compareTo(bounds[1]) <= 0;
    }

    /** The middle of the bounds rounded to two decimals, for messages. */
    static BigDecimal expected(BigDecimal[] bounds) {
        return bounds[0]
                .add(bounds[1])
                .divide(BigDecimal.valueOf(2), MathContext.DECIMAL64)
                .setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal pct(BigDecimal part, BigDecimal base) {
        return part.multiply(HUNDRED).divide(base, MathContext.DECIMAL64);
    }
}
