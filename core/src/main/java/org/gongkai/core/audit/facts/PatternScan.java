package org.gongkai.core.audit.facts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the matches of a pattern that can only start at a few characters (a digit, "占", "增"…), trying the
 * pattern only at those places. {@link Matcher#find()} tries it at every index, which costs more than the
 * match itself on the short texts of a narrative. The matches are the same, in the same order.
 */
public final class PatternScan {
    /**
     * A necessary condition for a match to start at an index of a text; the caller's promise is that a match
     * starting where it says false does not exist.
     */
    @FunctionalInterface
    public interface Gate {
        boolean mayStartAt(String text, int at);

        /** A gate that lets through the indexes holding one of {@code chars}. */
        static Gate chars(String chars) {
            boolean[] ascii = new boolean[128];
            // other characters by their low ten bits: most Han characters of a text are refused by one look-up
            long[] others = new long[1024 / 64];
            for (int i = 0; i < chars.length(); i++) {
                char c = chars.charAt(i);
                if (c < 128) {
                    ascii[c] = true;
                } else {
                    others[(c & 1023) >>> 6] |= 1L << (c & 63);
                }
            }
            return (text, at) -> {
                char c = text.charAt(at);
                if (c < 128) {
                    return ascii[c];
                }
                return (others[(c & 1023) >>> 6] & (1L << (c & 63))) != 0 && chars.indexOf(c) >= 0;
            };
        }
    }

    private final Pattern pattern;
    private final String text;
    private final Gate gate;
    private Matcher matcher; // made at the first place worth trying: most texts have none

    private int from;

    private PatternScan(Pattern pattern, String text, Gate gate) {
        this.pattern = pattern;
        this.text = text;
        this.gate = gate;
    }

    /**
     * A scan of {@code text} for {@code pattern}, every match of which starts where {@code gate} lets it (the
     * caller's promise: a match starting elsewhere would be missed). Make gates once, as constants.
     */
    public static PatternScan of(Pattern pattern, String text, Gate gate) {
        return new PatternScan(pattern, text, gate);
    }

    /** Advances to the next match like {@link Matcher#find()}; then {@link #match()} holds it. */
    public boolean find() {
        for (int i = from; i < text.length(); i++) {
            if (gate.mayStartAt(text, i)) {
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
