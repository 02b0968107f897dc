package org.gongkai.core.audit.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.gongkai.core.amount.Amount;

/**
 * A money unit as printed in a table header or a sentence (元, 万元, 亿元) with the display step the
 * templates use for it (1 元, 0.01 万元, 0.01 亿元).
 */
public enum MoneyUnit {
    YUAN("元", 0, 0),
    WAN("万元", 4, 2),
    YI("亿元", 8, 2);

    private final String label;
    private final int shift;
    private final int decimals;
    /** {@link #step(int)} by decimals, computed on first use: every figure asks for its step. */
    private final Amount[] steps = new Amount[12];

    MoneyUnit(String label, int shift, int decimals) {
        this.label = label;
        this.shift = shift;
        this.decimals = decimals;
    }

    public String label() {
        return label;
    }

    /** The unit a header label names ("单位：万元", "元", "万元（保留两位小数）"); empty when none is named. */
    public static Optional<MoneyUnit> fromLabel(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.contains("亿元")) {
            return Optional.of(YI);
        }
        if (text.contains("万元")) {
            return Optional.of(WAN);
        }
        if (text.contains("元")) {
            return Optional.of(YUAN);
        }
        return Optional.empty();
    }

    /**
     * The exact amount a printed figure stands for; figures finer than 分 (only possible in 亿元) are
     * rounded to 分 with the one rounding policy.
     */
    public Amount toAmount(BigDecimal printed) {
        BigDecimal yuan = printed.movePointRight(shift);
        if (yuan.scale() > Amount.SCALE) {
            yuan = yuan.setScale(Amount.SCALE, RoundingMode.HALF_UP);
        }
        return Amount.ofYuan(yuan);
    }

    /** The display step in 元; a printed figure with more decimals than usual refines it. */
    public Amount step(int printedDecimals) {
        int d = Math.max(decimals, printedDecimals);
        if (d < steps.length) {
            Amount cached = steps[d];
            if (cached == null) {
                cached = computeStep(d);
                steps[d] = cached;
            }
            return cached;
        }
        return computeStep(d);
    }

    private Amount computeStep(int d) {
        BigDecimal step = BigDecimal.ONE.movePointLeft(d).movePointRight(shift);
        if (step.scale() > Amount.SCALE) {
            step = BigDecimal.ONE.movePointLeft(Amount.SCALE);
        }
        return Amount.ofYuan(step.max(BigDecimal.ONE.movePointLeft(Amount.SCALE)));
    }

    /** An amount in this unit for messages: "174.82" (万元) or "2682200" (元), trailing zeros kept to the step. */
    public String show(Amount amount, Amount step) {
        BigDecimal v = amount.yuan().movePointLeft(shift);
        int scale = Math.max(
                0, step.yuan().movePointLeft(shift).stripTrailingZeros().scale());
        return v.setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }
}
