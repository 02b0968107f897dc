package org.gongkai.core.amount;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;

/**
 * An exact amount of money in 元 with 分 precision (scale 2). The only money type in Gongkai.
 *
 * <p>Amounts never hold floating-point values; 万元 figures exist only at display time (see {@link
 * DisplayUnit}).
 */
public final class Amount implements Comparable<Amount> {
    /** Scale of every stored amount: 分. */
    public static final int SCALE = 2;

    public static final Amount ZERO = new Amount(BigDecimal.ZERO.setScale(SCALE));

    private final BigDecimal yuan;

    private Amount(BigDecimal yuan) {
        this.yuan = yuan;
    }

    /** An amount in 元; more than two decimals is an error, not a silent rounding. */
    public static Amount ofYuan(BigDecimal yuan) {
        Objects.requireNonNull(yuan, "yuan");
        // stripping zeros only lowers the scale: a scale within SCALE needs no check
        if (yuan.scale() > SCALE && yuan.stripTrailingZeros().scale() > SCALE) {
            throw new IllegalArgumentException("金额精确到分，不能有两位以上小数：" + yuan.toPlainString());
        }
        return new Amount(yuan.setScale(SCALE, RoundingMode.UNNECESSARY));
    }

    public static Amount ofYuan(long yuan) {
        return new Amount(BigDecimal.valueOf(yuan).setScale(SCALE));
    }

    public static Amount ofYuan(String yuan) {
        return ofYuan(new BigDecimal(yuan.trim()));
    }

    /** An amount given in 万元 (for example a figure copied from a published table); exact. */
    public static Amount ofWan(BigDecimal wan) {
        return ofYuan(wan.movePointRight(4));
    }

    public static Amount ofWan(String wan) {
        return ofWan(new BigDecimal(wan.trim()));
    }

    public static Amount ofFen(long fen) {
        return new Amount(BigDecimal.valueOf(fen, SCALE));
    }

    public static Amount sum(Collection<Amount> amounts) {
        BigDecimal total = BigDecimal.ZERO.setScale(SCALE);
        for (Amount a : amounts) {
            total = total.add(a.yuan);
        }
        return new Amount(total);
    }

    public BigDecimal yuan() {
        return yuan;
    }

    /** Exact value in 万元 (scale 6, no rounding). */
    public BigDecimal wan() {
        return yuan.movePointLeft(4);
    }

    public long fen() {
        return yuan.movePointRight(SCALE).longValueExact();
    }

    public Amount plus(Amount other) {
        return new Amount(yuan.add(other.yuan));
    }

    public Amount minus(Amount other) {
        return new Amount(yuan.subtract(other.yuan));
    }

    public Amount negate() {
        return new Amount(yuan.negate());
    }

    public Amount abs() {
        return signum() < 0 ? negate() : this;
    }

    public int signum() {
        return yuan.signum();
    }

    public boolean isZero() {
        return yuan.signum() == 0;
    }

    public boolean isPositive() {
        return yuan.signum() > 0;
    }

    @Override
    public int compareTo(Amount o) {
        return yuan.compareTo(o.yuan);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Amount a && a.yuan.compareTo(yuan) == 0;
    }

    @Override
    public int hashCode() {
        return yuan.stripTrailingZeros().hashCode();
    }

    /** Plain 元 with two decimals, for logs and JSON: {@code 2682200.00}. */
    @Override
    public String toString() {
        return yuan.toPlainString();
    }
}
