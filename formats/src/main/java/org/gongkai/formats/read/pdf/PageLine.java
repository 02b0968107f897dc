package org.gongkai.formats.read.pdf;

import java.util.List;

/**
 * One printed line of a page: its baseline, font size and the segments left to right.
 *
 * @param text the whole line, segments joined with the spacing they had on the page
 */
record PageLine(float y, float fontSize, List<Segment> segments, String text) {
    PageLine {
        segments = List.copyOf(segments);
    }

    boolean hasNumber() {
        return segments.stream().anyMatch(Segment::isNumber);
    }

    /** The widest gap between neighbouring segments, in points. */
    float widestGap() {
        float widest = 0;
        for (int i = 1; i < segments.size(); i++) {
            widest = Math.max(widest, segments.get(i).x0() - segments.get(i - 1).x1());
        }
        return widest;
    }

    float x0() {
        return segments.get(0).x0();
    }
}
