package org.gongkai.core.derive.table;

/** Chinese ordinal numerals as used in headings and lists (一, 二, … 十, 十一, … 九十九). */
public final class Numerals {
    private static final String DIGITS = "零一二三四五六七八九";

    private Numerals() {}

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五; numbers outside 1…99 as Arabic digits. */
    public static String chinese(int n) {
        if (n < 1 || n > 99) {
            return Integer.toString(n);
        }
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十"
                + (ones == 0 ? "" : String.valueOf(DIGITS.charAt(ones)));
    }
}
