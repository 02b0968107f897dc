package org.gongkai.core.audit.facts;

import org.gongkai.core.amount.Amount;
import org.gongkai.core.audit.Location;

/**
 * One stated quantity: a table cell or a narrative figure.
 *
 * @param concept what it is about: for table cells {@code kind|row|column} in the template vocabulary
 *     ("T5|2010504|basic", "T6|total|public", "T1|GP_APPROP|amount"); for narrative figures a {@link
 *     Subject} key
 * @param period 本年 or 上年
 * @param figure the printed figure with its unit
 * @param location where it is printed
 */
public record Fact(String concept, Period period, Figure figure, Location location) {
    public Amount amount() {
        return figure.amount();
    }
}
