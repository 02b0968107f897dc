package org.gongkai.core.classification;

/** Helpers for classification codes as they are printed in documents. */
public final class Codes {
    private Codes() {}

    /**
     * The digits of a code printed joined ({@code 2010504}) or split into 类/款/项 columns ({@code "201 05 04"},
     * {@code "201　05　04"}, full-width digits). Returns the empty string when anything but digits and
     * whitespace is present, so a caller can tell "not a code" from a code.
     */
    public static String normalize(String printed) {
        if (printed == null) {
            return "";
        }
        StringBuilder digits = new StringBuilder(printed.length());
        for (int i = 0; i < printed.length(); i++) {
            char c = printed.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c >= '０' && c <= '９') {
                digits.append((char) (c - '０' + '0'));
            } else if (!isSpace(c)) {
                return "";
            }
        }
        return digits.toString();
    }

    /** True when the text is made of ASCII digits only (and not empty). */
    public static boolean isDigits(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u00a0' || c == '\u3000';
    }
}
