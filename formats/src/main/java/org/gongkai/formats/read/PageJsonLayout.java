package org.gongkai.formats.read;

import java.util.List;

/** Per-page JSON: {@code page_texts} (one string per page) and {@code page_tables} (grids per page). */
final class PageJsonLayout {
    private PageJsonLayout() {}

    static List<RawItem> parse(String json) throws UnreadableDocumentException {
        return TextExtractor.plainLines(List.of(json.split("\n")));
    }
}
