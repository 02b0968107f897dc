package org.gongkai.core.template;

import java.math.BigDecimal;

/**
 * How a displayed amount is written into a cell.
 *
 * @param grouping thousands separators ("91,016,775.35")
 * @param zeroText what a zero cell shows ("" or "0.00")
 */
public record CellFormat(boolean grouping, String zeroText) {
    public static final CellFormat PLAIN = new CellFormat(false, "");

    /** The cell text of a displayed value that already has the unit's scale. */
    public String format(BigDecimal shown) {
        if (shown.signum() == 0) {
            return zeroText;
        }
        if (!grouping) {
            return shown.toPlainString();
        }
        return group(shown.toPlainString());
    }

    /** Inserts thousands separators into a plain decimal string. */
    static String group(String plain) {
        int sign = plain.startsWith("-") ? 1 : 0;
        int dot = plain.indexOf('.');
        int end = dot < 0 ? plain.length() : dot;
        StringBuilder sb = new StringBuilder(plain.length() + 6);
        sb.append(plain, 0, sign);
        for (int i = sign; i < end; i++) {
            sb.append(plain.charAt(i));
            int left = end - i - 1;
            if (left > 0 && left % 3 == 0) {
                sb.append(',');
            }
        }
        sb.append(plain, end, plain.length());
        return sb.toString();
    }
}
