package org.gongkai.formats.read.pdf;

/** One printed character of a PDF page: text, left edge, baseline, advance width and font size (points). */
record Glyph(String text, float x, float y, float width, float fontSize) {
    float right() {
        return x + width;
    }

    boolean isBlank() {
        return text.isBlank();
    }
}
