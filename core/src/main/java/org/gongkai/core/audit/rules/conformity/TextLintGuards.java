package org.gongkai.core.audit.rules.conformity;

/**
 * Cheap necessary conditions checked before the text-lint patterns: a text that fails one cannot match, so the
 * pattern (which backtracks or tries every index) is spared on most texts. Tested as properties against the
 * patterns themselves.
 */
final class TextLintGuards {
    private TextLintGuards() {}

    /** Two-character budget words that are never doubled on purpose (unlike verbs such as "研究研究"). */
    static final String DOUBLED_WORDS = "增加|减少|增长|下降|持平|预算|决算|支出|收入|经费|项目|资金|主要|其中|原因|用于|合计|安排";

    private static final String[] DOUBLED = DOUBLED_WORDS.split("\\|");

    private static final java.util.Set<String> DOUBLED_SET = java.util.Set.of(DOUBLED);

    /** True when one of {@link #DOUBLED_WORDS} is written twice in a row. */
    private static boolean hasDoubledWord(String s) {
        for (String w : DOUBLED) {
            int at = s.indexOf(w);
            while (at >= 0) {
                if (s.startsWith(w, at + w.length())) {
                    return true;
                }
                at = s.indexOf(w, at + 1);
            }
        }
        return false;
    }

    /**
     * Necessary for {@link TextLintRules#REPEATED} (and exact on texts without surrogate pairs): a run of 3 to 8 Han code points
     * followed by itself, or a doubled budget word.
     */
    static boolean mayRepeat(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return hasDoubledWord(s) || mayRepeatAnyPlane(s);
            }
        }
        // Without surrogates a code point is a char: this is the pattern's own condition, without backtracking.
        for (int i = 0; i + 4 <= s.length(); i++) {
            if (s.charAt(i) == s.charAt(i + 2)
                    && s.charAt(i + 1) == s.charAt(i + 3)
                    && DOUBLED_SET.contains(s.substring(i, i + 2))) {
                return true;
            }
        }
        for (int i = 0; i + 6 <= s.length(); i++) {
            if (s.charAt(i) < HAN_FLOOR) {
                continue; // a run starts with a Han character: digits, spaces and Latin text are skipped at once
            }
            for (int d = 3; d <= 8 && i + 2 * d <= s.length(); d++) {
                if (s.charAt(i) == s.charAt(i + d) && s.regionMatches(i, s, i + d, d) && allHan(s, i, i + d)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** No character below this (the CJK radicals supplement) belongs to the Han script. */
    private static final char HAN_FLOOR = '\u2E80';

    private static boolean allHan(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) != Character.UnicodeScript.HAN) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #mayRepeat} for texts with characters outside the BMP: a run of 3 to 8 code points (3 to 16 chars)
     * followed by itself means the first three chars are Han (or halves of a Han code point) and recur at a
     * distance of 3 to 16.
     */
    private static boolean mayRepeatAnyPlane(String s) {
        for (int d = 3; d <= 16; d++) {
            for (int i = 0; i + d + 2 < s.length(); i++) {
                if (s.charAt(i) == s.charAt(i + d)
                        && s.charAt(i + 1) == s.charAt(i + d + 1)
                        && s.charAt(i + 2) == s.charAt(i + d + 2)
                        && mayBeHan(s.charAt(i))
                        && mayBeHan(s.charAt(i + 1))
                        && mayBeHan(s.charAt(i + 2))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean mayBeHan(char c) {
        return Character.isSurrogate(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Necessary for {@link TextLintRules#DOUBLE_PUNCT}: two of its marks side by side. */
    static boolean mayDoublePunct(String s) {
        for (int i = 0; i + 1 < s.length(); i++) {
            if (isListMark(s.charAt(i)) && isListMark(s.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isListMark(char c) {
        return c == '，' || c == '。' || c == '；' || c == '、';
    }

    /**
     * Necessary for {@link TextLintRules#PLACEHOLDER}: an X, ×, 【, [ or underscore, or a bracket closed right after white space
     * ("（ ）"); most texts hold brackets only around words.
     */
    static boolean mayPlaceholder(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("Xx×【[_＿".indexOf(c) >= 0) {
                return true;
            }
            if (c == '（' || c == '(') {
                int j = i + 1;
                while (j < s.length() && " \t\n\u000B\f\r".indexOf(s.charAt(j)) >= 0) {
                    j++;
                }
                if (j < s.length() && s.charAt(j) == (c == '（' ? '）' : ')')) {
                    return true;
                }
            }
        }
        return false;
    }
    /**
     * Necessary for {@link TextLintRules#EMPTY_REASON}: after some "原因", only 是/为/在于, colons and white space
     * stand before a comma, full stop or semicolon.
     */
    static boolean mayEmptyReason(String s) {
        for (int i = s.indexOf("原因"); i >= 0; i = s.indexOf("原因", i + 1)) {
            int j = i + 2;
            while (j < s.length() && "是为在于：: \t\n\u000B\f\r".indexOf(s.charAt(j)) >= 0) {
                j++;
            }
            if (j < s.length() && "。；;，,".indexOf(s.charAt(j)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Necessary for {@link TextLintRules#PERCENT_SPACE}: a digit, then spaces, then a per cent sign. */
    static boolean mayPercentSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '%' && c != '％') {
                continue;
            }
            int j = i - 1;
            while (j >= 0 && isPercentSpace(s.charAt(j))) {
                j--;
            }
            if (j < i - 1 && j >= 0 && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                return true;
            }
        }
        return false;
    }

    private static boolean isPercentSpace(char c) {
        return c == ' ' || c == '\u3000' || c == '\u00a0';
    }
}
