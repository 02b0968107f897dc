package org.gongkai.formats.read.pdf;

import java.util.regex.Pattern;

/** A run of glyphs on one line without a column-sized gap: a cell candidate, with its x-extent. */
record Segment(String text, float x0, float x1) {
    private static final Pattern NUMBER = Pattern.compile("[-−]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?%?");

    /** A figure (amount, count, percentage or code): the cells whose column alignment defines a table. */
    boolean isNumber() {
        return NUMBER.matcher(text).matches();
    }

    float centre() {
        return (x0 + x1) / 2;
    }

    /** Horizontal overlap with [a, b], in points (negative when apart). */
    float overlap(float a, float b) {
        return Math.min(x1, b) - Math.max(x0, a);
    }
}
