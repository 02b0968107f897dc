package org.gongkai.core.audit.rules.conformity;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.amount.Amount;

/** Reads money figures of target tables exactly (never floating point). */
final class TargetMoney {
    private static final Pattern NUMBER = Pattern.compile("^-?[0-9][0-9,]*(\\.[0-9]+)?");

    private TargetMoney() {}

    /** A header figure ("6", "50.4", "12万元") in the table's unit (万元 unless it says 元). */
    static Optional<Amount> header(String text, String unitLabel) {
        String s = Texts.norm(text);
        Matcher m = NUMBER.matcher(s);
        if (!m.find()) {
            return Optional.empty();
        }
        String rest = s.substring(m.end());
        String unit = rest.isEmpty() ? Texts.norm(unitLabel) : rest;
        return of(new BigDecimal(m.group().replace(",", "")), unit);
    }

    /** An amount from a number and a currency unit ("万元", "元", "亿元"); empty when not representable. */
    static Optional<Amount> of(BigDecimal number, String unit) {
        try {
            if (unit.startsWith("亿元")) {
                return Optional.of(Amount.ofWan(number.movePointRight(4)));
            }
            if (unit.startsWith("千元")) {
                return Optional.of(Amount.ofYuan(number.movePointRight(3)));
            }
            if (unit.startsWith("元")) {
                return Optional.of(Amount.ofYuan(number));
            }
            return Optional.of(Amount.ofWan(number));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // more precision than 分: not a money figure we can compare
        }
    }

    /** "6.00" style display in 万元 for messages. */
    static String wan(Amount a) {
        return a.wan().stripTrailingZeros().toPlainString() + "万元";
    }
}
