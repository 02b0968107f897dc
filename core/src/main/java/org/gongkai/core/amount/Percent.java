package org.gongkai.core.amount;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/** Shares and year-over-year rates, computed from exact amounts, shown as percent with two decimals. */
public final class Percent {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percent() {}

    /** part / total × 100, two decimals, HALF_UP; empty when the total is zero. */
    public static Optional<BigDecimal> share(Amount part, Amount total) {
        if (total.isZero()) {
            return Optional.empty();
        }
        return Optional.of(part.yuan()
                .multiply(HUNDRED)
                .divide(total.yuan(), MathContext.DECIMAL128)
                .setScale(2, Rounding.MODE));
    }

    /**
     * Year-over-year rate (this − last) / last × 100 on last year's base; empty when last year is zero
     * (the text then says 新增).
     */
    public static Optional<BigDecimal> rate(Amount current, Amount lastYear) {
        if (lastYear.isZero()) {
            return Optional.empty();
        }
        return Optional.of(current.minus(lastYear)
                .yuan()
                .multiply(HUNDRED)
                .divide(lastYear.yuan().abs(), MathContext.DECIMAL128)
                .setScale(2, Rounding.MODE));
    }

    /** "65.18%" style text (no space before the sign). */
    public static String format(BigDecimal percent) {
        return percent.toPlainString() + "%";
    }
}
