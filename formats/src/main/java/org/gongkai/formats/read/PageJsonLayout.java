package org.gongkai.formats.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.core.disclosure.SourceRef;
import org.gongkai.core.json.Json;
import org.gongkai.core.json.JsonException;

/**
 * Per-page JSON: {@code page_texts} (one string per page) and {@code page_tables} (the grids found on
 * each page). The grids are used as they are; the text lines that repeat a grid's cells are left out so
 * that table content is not read twice, and the grid stands where its first line stood. The printed lines of
 * running text are joined into paragraphs ({@link ProseLines}), as in the {@code .txt} twin.
 */
final class PageJsonLayout {
    private PageJsonLayout() {}

    static List<RawItem> parse(String json) throws UnreadableDocumentException {
        Object root;
        try {
            root = Json.parse(json);
        } catch (JsonException e) {
            throw new UnreadableDocumentException("JSON 文件格式错误：" + e.getMessage(), e);
        }
        if (!(root instanceof Map<?, ?> map) || !(map.get("page_texts") instanceof List<?> texts)) {
            throw new UnreadableDocumentException("JSON 文件中没有 page_texts（每页文字）");
        }
        List<?> tables = map.get("page_tables") instanceof List<?> t ? t : List.of();
        List<RawItem> items = new ArrayList<>();
        for (int p = 0; p < texts.size(); p++) {
            String text = texts.get(p) instanceof String s ? s : "";
            List<List<List<String>>> grids = p < tables.size() ? grids(tables.get(p)) : List.of();
            page(p + 1, text, grids, items);
        }
        return ProseLines.join(items);
    }

    private static void page(int page, String text, List<List<List<String>>> grids, List<RawItem> items) {
        List<String> rowTexts = new ArrayList<>();
        List<Integer> rowGrid = new ArrayList<>();
        for (int g = 0; g < grids.size(); g++) {
            for (List<String> row : grids.get(g)) {
                rowTexts.add(CellText.compact(String.join("", row)));
                rowGrid.add(g);
            }
        }
        boolean[] placed = new boolean[grids.size()];
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = CellText.trim(lines[i]);
            if (line.isEmpty()) {
                continue;
            }
            int g = gridOf(CellText.compact(line), rowTexts, rowGrid);
            if (g < 0) {
                g = gridHoldingTokens(line, grids);
            }
            if (g < 0) {
                items.add(new RawItem.Line(line, SourceRef.page(page, i + 1)));
            } else if (!placed[g]) {
                placed[g] = true;
                items.add(grid(grids.get(g), page, i + 1));
            }
        }
        for (int g = 0; g < grids.size(); g++) {
            if (!placed[g]) {
                items.add(grid(grids.get(g), page, lines.length));
            }
        }
    }

    /** The grid whose rows hold the text of a line (a line is a row, or a part of a wrapped row). */
    private static int gridOf(String line, List<String> rowTexts, List<Integer> rowGrid) {
        String spaceless = line.replace(" ", "");
        for (int r = 0; r < rowTexts.size(); r++) {
            String row = rowTexts.get(r);
            if (!row.isEmpty() && (row.equals(spaceless) || (spaceless.length() >= 2 && row.contains(spaceless)))) {
                return rowGrid.get(r);
            }
        }
        return -1;
    }

    /** The grid in whose cells every space-separated token of the line stands (cells in other order). */
    private static int gridHoldingTokens(String line, List<List<List<String>>> grids) {
        String[] tokens = line.split("[\\s\\u3000]+");
        for (int g = 0; g < grids.size(); g++) {
            List<String> cells = new ArrayList<>();
            grids.get(g).forEach(r -> r.forEach(c -> cells.add(CellText.compact(c))));
            boolean all = true;
            for (String t : tokens) {
                if (!t.isEmpty() && cells.stream().noneMatch(c -> c.contains(t))) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return g;
            }
        }
        return -1;
    }

    private static RawItem.Grid grid(List<List<String>> rows, int page, int line) {
        List<SourceRef> refs = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            refs.add(SourceRef.page(page, line));
        }
        return new RawItem.Grid(rows, refs, SourceRef.page(page, line));
    }

    private static List<List<List<String>>> grids(Object pageTables) {
        List<List<List<String>>> out = new ArrayList<>();
        if (!(pageTables instanceof List<?> tables)) {
            return out;
        }
        for (Object t : tables) {
            if (!(t instanceof List<?> rows)) {
                continue;
            }
            List<List<String>> grid = new ArrayList<>();
            for (Object r : rows) {
                if (r instanceof List<?> cells) {
                    List<String> row = new ArrayList<>();
                    for (Object c : cells) {
                        row.add(c instanceof String s ? unwrap(s) : c == null ? "" : c.toString());
                    }
                    grid.add(row);
                }
            }
            if (!grid.isEmpty()) {
                out.add(grid);
            }
        }
        return out;
    }

    /** A wrapped cell's line breaks: dropped between Chinese characters, a space otherwise. */
    static String unwrap(String cell) {
        StringBuilder sb = new StringBuilder();
        String[] parts = cell.split("\n");
        for (int i = 0; i < parts.length; i++) {
            String part = CellText.trim(parts[i]);
            if (i > 0 && sb.length() > 0 && !part.isEmpty()) {
                char before = sb.charAt(sb.length() - 1);
                char after = part.charAt(0);
                if (!(CellText.hasHan(String.valueOf(before)) || CellText.hasHan(String.valueOf(after)))) {
                    sb.append(' ');
                }
            }
            sb.append(part);
        }
        return sb.toString();
    }
}
