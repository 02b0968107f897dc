package org.gongkai.core.audit.facts;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the matches of a pattern that can only start at a few characters (a digit, "占", "增"…), trying the
 * pattern only at those places. {@link Matcher#find()} tries it at every index, which costs more than the
 * match itself on the short texts of a narrative. The matches are the same, in the same order.
 */
public final class PatternScan {
    /** The ASCII start characters of each start set as a table (digits are the commonest starts). */
    private static final Map<String, boolean[]> ASCII_STARTS = new ConcurrentHashMap<>();

    private final Pattern pattern;
    private final String text;
    private final String starts;
    private final boolean[] asciiStarts;
    private Matcher matcher; // made at the first place worth trying: most texts have none

    private int from;

    private PatternScan(Pattern pattern, String text, String starts) {
        this.pattern = pattern;
        this.text = text;
        this.starts = starts;
        this.asciiStarts = ASCII_STARTS.computeIfAbsent(starts, PatternScan::asciiTable);
    }

    private static boolean[] asciiTable(String starts) {
        boolean[] table = new boolean[128];
        for (int i = 0; i < starts.length(); i++) {
            if (starts.charAt(i) < 128) {
                table[starts.charAt(i)] = true;
            }
        }
        return table;
    }

    /**
     * A scan of {@code text} for {@code pattern}, every match of which starts with one of the characters of
     * {@code starts} (the caller's promise: a match starting elsewhere would be missed).
     */
    public static PatternScan of(Pattern pattern, String text, String starts) {
        return new PatternScan(pattern, text, starts);
    }

    /** Advances to the next match like {@link Matcher#find()}; then {@link #match()} holds it. */
    public boolean find() {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128 ? asciiStarts[c] : starts.indexOf(c) >= 0) {
                if (matcher == null) {
                    // transparent bounds: look-behinds and look-aheads see the text outside the region, as find() does
                    matcher = pattern.matcher(text).useTransparentBounds(true);
                }
                matcher.region(i, text.length());
                if (matcher.lookingAt()) {
                    from = matcher.end() > i ? matcher.end() : i + 1;
                    return true;
                }
            }
        }
        from = text.length();
        return false;
    }

    /** The matcher holding the last match (start, end and groups index the whole text). */
    public Matcher match() {
        return matcher;
    }
}
