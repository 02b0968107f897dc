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

        /**
         * The first index at or after {@code from} where a match may start, or the text's length if none. Gates made
         * by {@link #chars} scan in a loop of their own; a plain gate is asked index by index.
         */
        default int next(String text, int from) {
            for (int i = from; i < text.length(); i++) {
                if (mayStartAt(text, i)) {
                    return i;
                }
            }
            return text.length();
        }

        /** A gate that lets through what this one does and {@code more} also does (asked only there). */
        default Gate and(Gate more) {
            Gate first = this;
            return new Gate() {
                @Override
                public boolean mayStartAt(String text, int at) {
                    return first.mayStartAt(text, at) && more.mayStartAt(text, at);
                }

                @Override
                public int next(String text, int from) {
                    for (int i = first.next(text, from); i < text.length(); i = first.next(text, i + 1)) {
                        if (more.mayStartAt(text, i)) {
                            return i;
                        }
                    }
                    return text.length();
                }
            };
        }

        /** A gate that lets through the indexes holding one of {@code chars}. */
        static Gate chars(String chars) {
            return new CharGate(chars);
        }
    }

    /** The indexes holding one of a few characters, found by one pass over the text (or indexOf for one). */
    private static final class CharGate implements Gate {
        private final String chars;
        private final boolean[] ascii = new boolean[128];
        /** Other characters by their low ten bits: most Han characters of a text are refused by one look-up. */
        private final long[] others = new long[1024 / 64];

        CharGate(String chars) {
            this.chars = chars;
            for (int i = 0; i < chars.length(); i++) {
                char c = chars.charAt(i);
                if (c < 128) {
                    ascii[c] = true;
                } else {
                    others[(c & 1023) >>> 6] |= 1L << (c & 63);
                }
            }
        }

        @Override
        public boolean mayStartAt(String text, int at) {
            char c = text.charAt(at);
            if (c < 128) {
                return ascii[c];
            }
            return (others[(c & 1023) >>> 6] & (1L << (c & 63))) != 0 && chars.indexOf(c) >= 0;
        }

        @Override
        public int next(String text, int from) {
            if (chars.length() == 1) {
                int at = text.indexOf(chars.charAt(0), from);
                return at < 0 ? text.length() : at;
            }
            int n = text.length();
            for (int i = from; i < n; i++) {
                char c = text.charAt(i);
                if (c < 128 ? ascii[c] : (others[(c & 1023) >>> 6] & (1L << (c & 63))) != 0 && chars.indexOf(c) >= 0) {
                    return i;
                }
            }
            return n;
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
        for (int i = gate.next(text, from); i < text.length(); i = gate.next(text, i + 1)) {
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
        from = text.length();
        return false;
    }

    /** The matcher holding the last match (start, end and groups index the whole text). */
    public Matcher match() {
        return matcher;
    }
}
