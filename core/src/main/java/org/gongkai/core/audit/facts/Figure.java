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

    /** "93.4万元". */
    public String shown() {
        return printed.toPlainString() + unit.label();
    }
}
