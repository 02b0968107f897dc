package org.gongkai.formats.read.xlsx;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.formats.read.RawItem;

/**
 * A sheet that holds running text rather than a table: a workbook made one sheet per section puts its
 * 主要职能, 编制说明 or 其他相关情况说明 as a title cell over one merged cell of text. Such a sheet reads as
 * lines (each cell split at its line breaks), so its headings and paragraphs count as the document's text.
 */
final class TextSheet {
    private TextSheet() {}

    /** The sheet's grid as lines when no row has two filled cells, else the grid unchanged. */
    static List<RawItem> items(RawItem.Grid grid) {
        boolean table = grid.rows().stream()
                .anyMatch(r -> r.stream().filter(c -> !c.isBlank()).count() > 1);
        if (table) {
            return List.of(grid);
        }
        List<RawItem> lines = new ArrayList<>();
        for (int i = 0; i < grid.rows().size(); i++) {
            for (String cell : grid.rows().get(i)) {
                for (String line : cell.split("\\R")) {
                    if (!line.isBlank()) {
                        lines.add(new RawItem.Line(line.strip(), grid.rowRefs().get(i)));
                    }
                }
            }
        }
        return lines;
    }
}
