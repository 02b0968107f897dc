package org.gongkai.formats.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gongkai.core.disclosure.SourceRef;
import org.gongkai.core.disclosure.Table;
import org.gongkai.core.disclosure.Table.Column;

/**
 * Turns a grid and the lines before it into a {@link Table}: splits header from body, rebuilds the leaf
 * columns, gives columns and rows their keys. Keeps every non-blank cell.
 */
final class TableAssembler {
    private TableAssembler() {}

    static Table build(PendingTable meta, RawItem.Grid grid, List<ReadNote> out) {
        List<List<String>> rows = new ArrayList<>();
        List<SourceRef> refs = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < grid.rows().size(); i++) {
            List<String> cells =
                    grid.rows().get(i).stream().map(CellText::clean).toList();
            SourceRef ref = grid.rowRefs().get(i);
            if (rows.isEmpty() && isMetaRow(cells) && absorbAll(meta, cells, ref)) {
                continue;
            }
            if (isNoteRow(cells)) {
                notes.add(
                        String.join("", cells.stream().filter(c -> !c.isEmpty()).toList()));
                continue;
            }
            rows.add(cells);
            refs.add(ref);
        }
        int n = rows.stream().mapToInt(List::size).max().orElse(0);
        int bodyStart = rows.size();
        for (int i = 0; i < rows.size(); i++) {
            if (isBodyRow(rows.get(i))) {
                bodyStart = i;
                break;
            }
        }
        List<List<String>> header = rows.subList(0, bodyStart);
        List<List<String>> body = new ArrayList<>();
        for (List<String> r : rows.subList(bodyStart, rows.size())) {
            List<String> padded = new ArrayList<>(r);
            while (padded.size() < n) {
                padded.add("");
            }
            body.add(padded);
        }
        List<SourceRef> bodyRefs = refs.subList(bodyStart, refs.size());
        int codeCols = codeColumns(header, body, n);
        List<List<String>> paths = HeaderAligner.leafPaths(header, n, codeCols, sideStarts(body, n));
        List<Column> columns = ColumnKeys.columns(paths, body, codeCols, meta, out, grid.ref());
        List<Table.Row> tableRows = RowKeys.rows(columns, body, bodyRefs, codeCols, meta, out);
        SourceRef ref = meta.ref == SourceRef.NONE ? grid.ref() : meta.ref;
        return new Table(
                TableTitles.key(meta.number),
                meta.number,
                meta.title,
                meta.preparer,
                meta.unitLabel,
                columns,
                tableRows,
                notes,
                ref);
    }

    /** Columns where the body turns from amounts back to labels: the start of a second side. */
    private static boolean[] sideStarts(List<List<String>> body, int n) {
        boolean[] text = new boolean[n];
        boolean[] amount = new boolean[n];
        for (int c = 0; c < n; c++) {
            int t = 0;
            int a = 0;
            for (List<String> r : body) {
                String v = r.get(c);
                if (CellText.isAmount(v)) {
                    a++;
                } else if (!v.isEmpty()) {
                    t++;
                }
            }
            text[c] = t > a;
            amount[c] = a > t;
        }
        boolean[] start = new boolean[n];
        for (int c = 1; c < n; c++) {
            start[c] = text[c] && amount[c - 1];
        }
        return start;
    }

    /** A row that only carries the title, 编制部门 or 单位 (some files put them in the table). */
    private static boolean isMetaRow(List<String> cells) {
        List<String> filled = cells.stream().filter(c -> !c.isEmpty()).toList();
        if (filled.isEmpty() || filled.size() > 3) {
            return false;
        }
        return filled.stream()
                .allMatch(c -> TableTitles.isTitle(c)
                        || TableTitles.preparer(c).isPresent()
                        || TableTitles.unit(c).isPresent()
                        || TableTitles.number(c).isPresent());
    }

    private static boolean absorbAll(PendingTable meta, List<String> cells, SourceRef ref) {
        boolean any = false;
        for (String c : cells) {
            if (!c.isEmpty()) {
                any |= meta.absorb(c, ref);
            }
        }
        return any;
    }

    private static boolean isNoteRow(List<String> cells) {
        List<String> filled = cells.stream().filter(c -> !c.isEmpty()).toList();
        return filled.size() == 1 && TableTitles.isNote(filled.get(0)) && !CellText.isAmount(filled.get(0));
    }

    /** The first body row: it holds an amount or a code, or is blank padding. */
    static boolean isBodyRow(List<String> cells) {
        if (cells.stream().anyMatch(c -> CellText.compact(c).equals("栏次"))) {
            return false;
        }
        if (cells.stream().allMatch(String::isEmpty)) {
            return true;
        }
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            if (CellText.isAmount(c)
                    || (i < 3 && CellText.isCode(c))
                    || RowKeys.leadingCode(c).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Leading columns that hold classification codes: by the cells, or by 类/款/项 in the header. */
    static int codeColumns(List<List<String>> header, List<List<String>> body, int n) {
        boolean hasText =
                body.stream().anyMatch(r -> r.stream().anyMatch(v -> CellText.hasHan(v) && !RowKeys.isTotalLabel(v)));
        int count = 0;
        for (int c = 0; c < Math.min(3, n); c++) {
            final int col = c;
            int codes = 0;
            int other = 0;
            for (List<String> r : body) {
                String v = r.get(c);
                if (v.isEmpty() || RowKeys.isTotalLabel(v)) {
                    continue;
                }
                boolean code = c == 0 ? v.matches("[1-9]\\d{2}(\\d{2}){0,2}") : v.matches("\\d{2,3}|\\d{5}|\\d{7}");
                if (code) {
                    codes++;
                } else {
                    other++;
                }
            }
            boolean byHeader = header.stream()
                    .anyMatch(h -> col < h.size() && Set.of("类", "款", "项").contains(h.get(col)));
            if (other == 0 && (byHeader || (codes > 0 && hasText))) {
                count++;
            } else {
                break;
            }
        }
        return count;
    }
}
