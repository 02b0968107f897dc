package org.gongkai.core.audit.facts;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads printed numbers: table cells ("268.22　", "1,234.5", "（12.00）", "-") and sentence figures. */
public final class Numbers {
    private static final Pattern CELL = Pattern.compile("([-－−(（]?)\\s*(\\d[\\d,，]*(?:[.．]\\d+)?)\\s*([)）]?)");

    private Numbers() {}

    /** Removes every kind of space a reader may leave in a cell (ASCII, ideographic, no-break, tabs). */
    public static String clean(String s) {
        if (s == null) {
            return "";
        }
        int first = 0;
        while (first < s.length() && !isSpace(s.charAt(first))) {
            first++;
        }
        if (first == s.length()) {
            return s; // nothing to drop: no copy
        }
        StringBuilder sb = new StringBuilder(s.length());
        sb.append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isSpace(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u3000' || c == '\u00a0';
    }

    /**
     * The number a table cell shows; empty for blank cells, dashes and text. A cell with anything but
     * one number (and an optional sign or brackets) is not a number.
     */
    public static Optional<BigDecimal> cell(String text) {
        String s = clean(text);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = CELL.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        BigDecimal v = parse(m.group(2));
        boolean bracket =
                !m.group(1).isEmpty() && (m.group(1).equals("(") || m.group(1).equals("（"));
        if (bracket != !m.group(3).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(m.group(1).isEmpty() ? v : v.negate());
    }

    /** True when {@code s} is {@code length} ASCII digits (any length ≥ 1 when {@code length} is 0), like {@code \\d{n}}. */
    public static boolean isDigits(String s, int length) {
        if (s.isEmpty() || (length > 0 && s.length() != length)) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** A digit string with optional thousands separators and a full- or half-width decimal point. */
    public static BigDecimal parse(String digits) {
        return new BigDecimal(digits.replace(",", "").replace("，", "").replace('．', '.'));
    }
}
