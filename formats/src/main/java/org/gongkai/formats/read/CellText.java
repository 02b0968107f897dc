package org.gongkai.formats.read;

import java.util.regex.Pattern;

/** Small text helpers shared by the extractors and the assembler: trimming, amount and code shapes. */
final class CellText {
    private CellText() {}

    private static final Pattern AMOUNT = Pattern.compile("[-－]?\\d{1,3}(,\\d{3})+(\\.\\d+)?|[-－]?\\d+(\\.\\d+)?");
    private static final Pattern CODE = Pattern.compile("\\d{3}|\\d{5}|\\d{7}|\\d{2}");
    private static final Pattern SPACE_BETWEEN_CJK =
            Pattern.compile("(?<=[\\p{IsHan}（）、“”])[\\s\\u3000]+(?=[\\p{IsHan}（）、“”])");

    /** Trims ASCII, ideographic and no-break spaces. */
    static String trim(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isSpace(s.charAt(a))) {
            a++;
        }
        while (b > a && isSpace(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0' || c == '\ufeff';
    }

    /** Trimmed text with spaces between Chinese characters removed ("合  计" → "合计"). */
    static String clean(String s) {
        return SPACE_BETWEEN_CJK.matcher(trim(s)).replaceAll("");
    }

    /** Text with every space removed, for matching labels. */
    static String compact(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isSpace(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** True for a displayed amount: "268.22", "1,234", "-5", "0.00". */
    static boolean isAmount(String s) {
        String t = trim(s);
        return !t.isEmpty() && t.length() <= 24 && AMOUNT.matcher(t).matches();
    }

    /** True for a classification code or code part: 2, 3, 5 or 7 digits. */
    static boolean isCode(String s) {
        return CODE.matcher(trim(s)).matches();
    }

    static boolean isBlank(String s) {
        return trim(s).isEmpty();
    }

    /** True when the text holds Chinese characters. */
    static boolean hasHan(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
