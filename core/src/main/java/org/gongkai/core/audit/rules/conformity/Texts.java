package org.gongkai.core.audit.rules.conformity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Small text helpers shared by the conformity rules: normalisation, sentences, bigrams, subsequences. */
final class Texts {
    private static final String QUOTE_CHARS = "\"“”‘’'《》〈〉";

    private Texts() {}

    /** Removes all white space (incl. U+3000 and NBSP) and maps full-width ASCII forms to half-width. */
    static String norm(String s) {
        if (s == null) {
            return "";
        }
        int first = 0;
        while (first < s.length() && !changes(s.charAt(first))) {
            first++;
        }
        if (first == s.length()) {
            return s; // most texts are already clean: no copy
        }
        char[] out = new char[s.length()];
        s.getChars(0, first, out, 0);
        int n = first;
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            if (dropped(c)) {
                continue;
            }
            if (c >= '\uff01' && c <= '\uff5e') {
                c = (char) (c - 0xfee0);
            }
            out[n++] = c;
        }
        return new String(out, 0, n);
    }

    private static boolean changes(char c) {
        return dropped(c) || (c >= '\uff01' && c <= '\uff5e');
    }

    /** {@link #norm} and also drops quotes, so titles compare regardless of “” or "". */
    static String key(String s) {
        return keyOfNorm(norm(s));
    }

    /** {@link #key} of a text already passed through {@link #norm}. */
    static String keyOfNorm(String n) {
        for (int i = 0; i < n.length(); i++) {
            if (QUOTE_CHARS.indexOf(n.charAt(i)) >= 0) {
                return dropQuotes(n, i);
            }
        }
        return n; // no quotes: no copy
    }

    /** {@code n} without its quote characters, the first of which is at {@code first}. */
    private static String dropQuotes(String n, int first) {
        StringBuilder sb = new StringBuilder(n.length());
        sb.append(n, 0, first);
        for (int i = first; i < n.length(); i++) {
            if (QUOTE_CHARS.indexOf(n.charAt(i)) < 0) {
                sb.append(n.charAt(i));
            }
        }
        return sb.toString();
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** True when {@link #norm} leaves nothing: every character is white space (checked without a copy). */
    static boolean isBlank(String s) {
        if (s == null) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!dropped(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The characters {@link #norm} removes. */
    private static boolean dropped(char c) {
        if (c > ' ' && c < '\u0085' || c >= '\u4e00' && c < '\ufeff') {
            return false; // ASCII letters/digits and Han: the bulk of every text, decided without a table look-up
        }
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0' || c == '\u200b';
    }

    /** Distinct character bigrams of the Han runs of a text. */
    static Set<String> hanBigrams(String s) {
        Set<String> out = new HashSet<>();
        String t = norm(s);
        for (int i = 0; i + 1 < t.length(); i++) {
            if (isHan(t.charAt(i)) && isHan(t.charAt(i + 1))) {
                out.add(t.substring(i, i + 2));
            }
        }
        return out;
    }

    /** True when every character of {@code shorter} occurs in {@code longer} in the same order. */
    static boolean isSubsequence(String shorter, String longer) {
        int j = 0;
        for (int i = 0; i < longer.length() && j < shorter.length(); i++) {
            if (longer.charAt(i) == shorter.charAt(j)) {
                j++;
            }
        }
        return j == shorter.length();
    }

    /**
     * True when two names denote the same body: equal, or one is an abbreviation of the other (its characters
     * occur in order in the longer one and both end alike, e.g. a short place name before the same unit name).
     */
    static boolean sameBody(String a, String b) {
        String x = key(a);
        String y = key(b);
        if (x.isEmpty() || y.isEmpty()) {
            return true;
        }
        if (x.equals(y)) {
            return true;
        }
        String shorter = x.length() <= y.length() ? x : y;
        String longer = x.length() <= y.length() ? y : x;
        int tail = Math.min(2, shorter.length());
        return longer.endsWith(shorter.substring(shorter.length() - tail)) && isSubsequence(shorter, longer);
    }

    /** Sentences of a text with their start offsets: split after 。！？； and line breaks. */
    static List<Span> sentences(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '！' || c == '？' || c == '；' || c == ';' || c == '\n') {
                if (i + 1 > start) {
                    out.add(new Span(start, i + 1, text.substring(start, i + 1)));
                }
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(new Span(start, text.length(), text.substring(start)));
        }
        return out;
    }

    /** Cuts a quote to a readable length for messages. */
    static String clip(String s, int max) {
        String t = s.strip();
        return t.length() <= max ? t : t.substring(0, max) + "…";
    }

    /** A piece of a text with its offsets. */
    record Span(int start, int end, String text) {}
}
