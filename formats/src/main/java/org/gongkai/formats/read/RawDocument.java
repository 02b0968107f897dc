package org.gongkai.formats.read;

import java.util.List;

/**
 * What a format extractor hands to the assembler: the document in reading order as lines of text and
 * grids of cells, each with its place in the source. Extractors (PDF, DOCX, XLSX, HTML, text) only
 * produce this; recognising sections, tables, columns and target tables is the assembler's job, the same
 * for every format.
 *
 * @param source file name (for messages)
 * @param items lines and grids in reading order
 */
public record RawDocument(String source, List<RawItem> items) {
    public RawDocument {
        items = List.copyOf(items);
    }
}
