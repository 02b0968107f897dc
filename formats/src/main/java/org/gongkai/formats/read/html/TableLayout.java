package org.gongkai.formats.read.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.core.disclosure.SourceRef;
import org.gongkai.formats.read.RawItem;
import org.gongkai.formats.read.limits.Limits;
import org.gongkai.formats.read.limits.TooLargeException;
import org.jsoup.nodes.Element;

/**
 * Lays an HTML table out on a grid: a cell with rowspan/colspan takes its slots, its text stands in the
 * top-left one and the others are "". Rows of nested tables belong to the nested table, whose text is
 * flattened into the enclosing cell.
 */
final class TableLayout {
    private static final int MAX_SPAN = 1000;

    private TableLayout() {}

    static Optional<RawItem.Grid> grid(Element table, int line) {
        List<Element> rows = ownRows(table);
        Map<Long, String> slots = new HashMap<>();
        List<SourceRef> refs = new ArrayList<>();
        int width = 0;
        for (int r = 0; r < rows.size(); r++) {
            int c = 0;
            for (Element cell : rows.get(r).children()) {
                if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
                    continue;
                }
                while (slots.containsKey(key(r, c))) {
                    c++;
                }
                int rowspan = span(cell.attr("rowspan"));
                int colspan = span(cell.attr("colspan"));
                for (int dr = 0; dr < rowspan && r + dr < rows.size(); dr++) {
                    for (int dc = 0; dc < colspan; dc++) {
                        slots.put(key(r + dr, c + dc), dr == 0 && dc == 0 ? cellText(cell) : "");
                    }
                }
                if (slots.size() > Limits.MAX_CELLS) {
                    throw new TooLargeException("表格单元格超过 " + Limits.MAX_CELLS + " 个");
                }
                c += colspan;
                width = Math.max(width, c);
            }
            refs.add(SourceRef.line(HtmlWalker.line(rows.get(r))));
        }
        if (rows.isEmpty() || width == 0) {
            return Optional.empty();
        }
        List<List<String>> grid = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                row.add(slots.getOrDefault(key(r, c), ""));
            }
            grid.add(row);
        }
        return Optional.of(new RawItem.Grid(grid, refs, SourceRef.line(line)));
    }

    /** The table's own rows (thead/tbody/tfoot or direct), not those of tables nested in its cells. */
    private static List<Element> ownRows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            switch (child.normalName()) {
                case "tr" -> rows.add(child);
                case "thead", "tbody", "tfoot" ->
                    child.children().stream()
                            .filter(e -> e.normalName().equals("tr"))
                            .forEach(rows::add);
                default -> {}
            }
        }
        return rows;
    }

    private static String cellText(Element cell) {
        return cell.text().replace('\u00A0', ' ').strip();
    }

    private static int span(String value) {
        try {
            int n = Integer.parseInt(value.strip());
            return Math.max(1, Math.min(n, MAX_SPAN));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }
}
