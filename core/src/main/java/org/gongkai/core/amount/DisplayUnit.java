package org.gongkai.core.amount;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How a table or sentence shows money: the unit and the number of decimals. */
public enum DisplayUnit {
    /** 万元 with two decimals, the usual unit of Xinjiang and national templates and of narratives. */
    WAN_YUAN("万元", 4, 2),
    /** 元 as whole numbers (Shanghai tables). */
    YUAN("元", 0, 0),
    /** 元 with two decimals. */
    YUAN_FEN("元", 0, 2);

    private final String label;
    private final int shift;
    private final int decimals;

    DisplayUnit(String label, int shift, int decimals) {
        this.label = label;
        this.shift = shift;
        this.decimals = decimals;
    }

    /** The unit word printed in headers and sentences: 万元 or 元. */
    public String label() {
        return label;
    }

    public int decimals() {
        return decimals;
    }

    /** The exact amount expressed in this unit, without rounding. */
    public BigDecimal exact(Amount amount) {
        return amount.yuan().movePointLeft(shift);
    }

    /** The amount rounded on its own with the one rounding policy, {@link Rounding#MODE}. */
    public BigDecimal round(Amount amount) {
        return exact(amount).setScale(decimals, Rounding.MODE);
    }

    /** The smallest displayable step (0.01 万元 = 100 元, 1 元, 0.01 元) as an amount. */
    public Amount step() {
        return Amount.ofYuan(BigDecimal.ONE.movePointLeft(decimals).movePointRight(shift));
    }

    /** The amount in 元 that a displayed value stands for (inverse of display, exact). */
    public Amount toAmount(BigDecimal displayed) {
        return Amount.ofYuan(displayed.movePointRight(shift).setScale(Amount.SCALE, RoundingMode.UNNECESSARY));
    }
}
