package org.gongkai.formats.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.core.disclosure.SourceRef;
import org.gongkai.core.disclosure.Table;
import org.gongkai.core.disclosure.Table.Column;
import org.gongkai.core.disclosure.Table.ColumnType;

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
            List<String> cells = grid.rows().get(i).stream().map(CellText::trim).toList();
            SourceRef ref = grid.rowRefs().get(i);
            if (rows.isEmpty() && cells.stream().allMatch(String::isEmpty)) {
                continue; // blank spacer rows between a sheet's title, its 单位 line and the header
            }
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
        int half = SideBySide.half(body, n);
        if (half > 0) {
            header = SideBySide.leftHalf(header, half);
            List<SideBySide.Stacked> stacked = SideBySide.stack(body, bodyRefs, half);
            body = stacked.stream().map(SideBySide.Stacked::cells).toList();
            bodyRefs = stacked.stream().map(SideBySide.Stacked::ref).toList();
            n = half;
        }
        int codeCols = codeColumns(header, body, n);
        for (List<String> r : body) {
            // the 类/款/项 header words printed on the 合计 line are no codes
            for (int c = 0; c < codeCols; c++) {
                if (Set.of("类", "款", "项").contains(CellText.compact(r.get(c)))) {
                    r.set(c, "");
                }
            }
        }
        if (codeCols > 1 && wholeCodesInFirst(body, codeCols)) {
            // 类/款/项 printed in the header, but every code stands whole in the first column
            header = dropColumns(header, 1, codeCols);
            body = dropColumns(body, 1, codeCols);
            n -= codeCols - 1;
            codeCols = 1;
        }
        List<List<String>> paths = HeaderAligner.leafPaths(header, n, codeCols, sideStarts(body, n));
        List<Column> columns = ColumnKeys.columns(paths, body, codeCols, meta, out, grid.ref());
        if (grid.blanksDropped()) {
            TwoSidedRows.Fixed fixed = TwoSidedRows.fix(columns, body);
            List<SourceRef> refsBefore = bodyRefs;
            bodyRefs = fixed.from().stream().map(refsBefore::get).toList();
            body = fixed.rows();
        }
        List<Table.Row> tableRows = RowKeys.rows(columns, body, bodyRefs, codeCols, meta, out);
        SourceRef ref = meta.ref == SourceRef.NONE ? grid.ref() : meta.ref;
        return new Table(
                TableTitles.key(meta.number, meta.title),
                meta.number,
                meta.title,
                meta.preparer,
                meta.unitLabel,
                columns,
                tableRows,
                notes,
                ref);
    }

    /**
     * The previous table continued by an untitled grid of the same width that starts with body rows (a
     * table cut by a page break); empty when the grid is a table of its own.
     */
    static Optional<Table> continueWith(Table previous, RawItem.Grid grid, List<ReadNote> out) {
        int n = previous.columns().size();
        if (n == 0 || grid.rows().isEmpty()) {
            return Optional.empty();
        }
        List<List<String>> body = new ArrayList<>();
        List<SourceRef> refs = new ArrayList<>();
        List<List<String>> gridRows = grid.rows();
        List<SourceRef> gridRefs = grid.rowRefs();
        if (gridRows.get(0).size() == 2 * n && stackedFromHalves(previous)) {
            // the second page of a side-by-side table: its halves stack like the first page's
            List<SideBySide.Stacked> stacked = SideBySide.stack(gridRows, gridRefs, n);
            gridRows = stacked.stream().map(SideBySide.Stacked::cells).toList();
            gridRefs = stacked.stream().map(SideBySide.Stacked::ref).toList();
        }
        for (int i = 0; i < gridRows.size(); i++) {
            List<String> cells =
                    new ArrayList<>(gridRows.get(i).stream().map(CellText::trim).toList());
            if (cells.size() > n) {
                return Optional.empty();
            }
            while (cells.size() < n) {
                cells.add("");
            }
            body.add(cells);
            refs.add(gridRefs.get(i));
        }
        Set<String> headerWords = new java.util.HashSet<>();
        for (Column c : previous.columns()) {
            for (String part : c.label().split("/")) {
                headerWords.add(CellText.compact(part));
            }
        }
        int skip = 0;
        while (skip < body.size() && !isBodyRow(body.get(skip)) && repeatsHeader(body.get(skip), headerWords)) {
            skip++;
        }
        if (skip == body.size() || gridRows.get(skip).size() != n || !isBodyRow(body.get(skip))) {
            return Optional.empty();
        }
        body = body.subList(skip, body.size());
        refs = refs.subList(skip, refs.size());
        int codeCols = (int) previous.columns().stream()
                .filter(c -> c.type() == ColumnType.CODE)
                .count();
        PendingTable meta = new PendingTable();
        meta.number = previous.number();
        meta.title = previous.title();
        List<Table.Row> rows = new ArrayList<>(previous.rows());
        rows.addAll(RowKeys.rows(previous.columns(), body, refs, codeCols, meta, out));
        return Optional.of(new Table(
                previous.key(),
                previous.number(),
                previous.title(),
                previous.preparer(),
                previous.unitLabel(),
                previous.columns(),
                RowKeys.markSubtotals(rows),
                previous.notes(),
                previous.ref()));
    }

    /** A table stacked from halves lists 类 codes of both halves: 301 … 302 (its right half) … */
    private static boolean stackedFromHalves(Table previous) {
        List<String> classes = previous.rows().stream()
                .map(Table.Row::key)
                .filter(k -> k.matches("[3-5]\\d{2}"))
                .toList();
        return classes.size() >= 2
                && classes.get(0).startsWith("3")
                && classes.stream().anyMatch(k -> k.startsWith("30"))
                && previous.columns().stream()
                                .filter(c -> c.type() != ColumnType.CODE)
                                .count()
                        <= 3;
    }

    /** A header row printed again at the top of a continuation page: every cell is a known header label. */
    private static boolean repeatsHeader(List<String> cells, Set<String> headerWords) {
        return cells.stream().map(CellText::compact).allMatch(c -> c.isEmpty() || headerWords.contains(c));
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
        boolean totalLabel = cells.stream().anyMatch(RowKeys::isTotalLabel);
        boolean otherText =
                cells.stream().anyMatch(c -> !c.isEmpty() && !RowKeys.isTotalLabel(c) && !CellText.isAmount(c));
        if (totalLabel && !otherText) {
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

    /** The split code columns after the first are blank in every row, and the first holds 款/项 codes. */
    static boolean wholeCodesInFirst(List<List<String>> body, int codeCols) {
        boolean longCode = false;
        for (List<String> r : body) {
            for (int c = 1; c < codeCols; c++) {
                if (!r.get(c).isEmpty()) {
                    return false;
                }
            }
            longCode |= r.get(0).matches("\\d{5}|\\d{7}");
        }
        return longCode;
    }

    private static List<List<String>> dropColumns(List<List<String>> rows, int from, int to) {
        List<List<String>> out = new ArrayList<>();
        for (List<String> r : rows) {
            List<String> kept = new ArrayList<>(r.subList(0, Math.min(from, r.size())));
            if (r.size() > to) {
                kept.addAll(r.subList(to, r.size()));
            }
            out.add(kept);
        }
        return out;
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
                if (v.isEmpty()
                        || RowKeys.isTotalLabel(v)
                        || RowKeys.isPartTotalLabel(v)
                        || v.matches("[…．.]+|[类款项]")) {
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
                            .anyMatch(
                                    h -> col < h.size() && Set.of("类", "款", "项").contains(lastLevel(h.get(col))))
                    || body.stream().anyMatch(r -> Set.of("类", "款", "项").contains(CellText.compact(r.get(col))));
            if (other == 0 && (byHeader || (codes > 0 && hasText))) {
                count++;
            } else {
                break;
            }
        }
        return count;
    }

    /** The lowest level of a header label printed with its levels joined: "功能分类科目编码/类" → "类". */
    private static String lastLevel(String label) {
        return CellText.compact(label.substring(label.lastIndexOf('/') + 1));
    }
}
