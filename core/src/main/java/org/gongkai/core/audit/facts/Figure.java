package org.gongkai.core.audit.facts;

import java.math.BigDecimal;
import org.gongkai.core.amount.Amount;

/**
 * A money figure as printed ("93.4" in a 万元 table, "0.5万元" in a sentence): the exact amount it stands
 * for and the display step it was shown at.
 *
 * @param printed the number as printed, in {@code unit}
 * @param unit the unit it was printed in
 */
public record Figure(BigDecimal printed, MoneyUnit unit) {
    public static Figure of(String printed, MoneyUnit unit) {
        return new Figure(Numbers.parse(printed), unit);
    }

    public Amount amount() {
        return unit.toAmount(printed);
    }

    /** The display step: 0.01 万元 for "93.4" as for "93.40"; finer when more decimals were printed. */
    public Amount step() {
        return unit.step(Math.max(0, printed.stripTrailingZeros().scale()));
    }

    /**
     * The precision the digits of a narrative figure were printed at: a whole number in a unit whose tables
     * show decimals ("328,661万元") stands for whole 万元, any other figure for {@link #step()}. Zero stays
     * exact: "0万元" says there is none. Table cells use {@link #step()} (spreadsheets drop ".00").
     */
    public Amount printedStep() {
        Amount whole = unit.toAmount(BigDecimal.ONE);
        boolean coarser = printed.scale() <= 0 && printed.signum() != 0 && whole.compareTo(step()) > 0;
        return coarser ? whole : step();
    }

    /** "93.4万元". */
    public String shown() {
        return printed.toPlainString() + unit.label();
    }
}
