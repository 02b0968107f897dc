package org.gongkai.formats.read;

import java.util.List;
import org.gongkai.core.disclosure.SourceRef;

/** A line of text or a grid of cells. */
public sealed interface RawItem {
    SourceRef ref();

    /** A line (or paragraph) of running text. */
    record Line(String text, SourceRef ref) implements RawItem {}

    /**
     * A table as a grid: rows of cell texts; blank cells are "" (never dropped when the format knows
     * them). Merged cells repeat nothing: the text stands in the top-left cell, the others are "".
     *
     * @param rows cell texts, row by row
     * @param rowRefs the source place of each row (same length as rows)
     * @param blanksDropped true when the source leaves blank cells out (page text joined by spaces): a row's
     *     amounts then stand packed from the left and their columns are for the assembler to settle
     */
    record Grid(List<List<String>> rows, List<SourceRef> rowRefs, SourceRef ref, boolean blanksDropped)
            implements RawItem {
        public Grid {
            rows = rows.stream().map(List::copyOf).toList();
            rowRefs = List.copyOf(rowRefs);
        }

        /** A grid whose blank cells stand where they were printed. */
        public Grid(List<List<String>> rows, List<SourceRef> rowRefs, SourceRef ref) {
            this(rows, rowRefs, ref, false);
        }
    }
}
