package org.gongkai.formats.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gongkai.core.disclosure.SourceRef;
import org.gongkai.formats.read.AlignedLayout.PageLine;

/**
 * Page texts joined with page markers, table cells separated by single spaces and blank cells left out
 * (the {@code .txt} twins of per-page JSON). Column positions are lost, so this is a best effort: after a
 * table title, each line becomes a row of leading code cells, label cells and amount cells; amounts at
 * the end of a line fill the columns from the left, which is right when the blank cells were at the end.
 */
final class SpacedLayout {
    private SpacedLayout() {}

    private static final Pattern GLUED = Pattern.compile("(\\d[\\d,]*\\.?\\d*)(?=[\\p{IsHan}])");
    /** Marks where the second half of a side-by-side row starts in a row's cells. */
    static final String HALF = "\u0000";

    private static final Pattern PAGE_NUMBER = Pattern.compile("[-—–－]?\\s*\\d{1,3}\\s*[-—–－]?");
    private static final Pattern NUMBERING = Pattern.compile("^([一二三四五六七八九十]+、|\\d+[.．、]|[（(][一二三四五六七八九十]+[）)]).*");

    static boolean matches(List<String> lines) {
        return lines.stream()
                .anyMatch(l -> AlignedLayout.PAGE_MARKER.matcher(l.trim()).matches());
    }

    static List<RawItem> parse(List<String> raw) {
        List<PageLine> lines = new ArrayList<>();
        int page = 1;
        for (int i = 0; i < raw.size(); i++) {
            var m = AlignedLayout.PAGE_MARKER.matcher(raw.get(i).trim());
            if (m.matches()) {
                page = Integer.parseInt(m.group(1));
                continue;
            }
            if (isPageNumber(raw, i)) {
                continue;
            }
            lines.add(new PageLine(raw.get(i), page, i + 1));
        }
        List<RawItem> items = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            PageLine l = lines.get(i);
            String t = CellText.trim(l.text());
            i++;
            if (t.isEmpty()) {
                continue;
            }
            items.add(new RawItem.Line(t, l.ref()));
            if (SpacedTargets.isTitle(t)) {
                int end = targetEnd(lines, i);
                List<PageLine> region = lines.subList(i, end).stream()
                        .filter(r -> !CellText.isBlank(r.text()))
                        .toList();
                if (region.stream().anyMatch(r -> AlignedTargets.isIndicatorHeader(r.text()))) {
                    items.add(SpacedTargets.grid(region));
                    i = end;
                    continue;
                }
            }
            if (!(TableTitles.isTitle(t) || TableTitles.number(t).isPresent()) || TableTitles.isLeader(t)) {
                continue;
            }
            while (i < lines.size() && isMeta(lines.get(i).text())) {
                items.add(new RawItem.Line(
                        CellText.trim(lines.get(i).text()), lines.get(i).ref()));
                i++;
            }
            List<PageLine> region = new ArrayList<>();
            while (i < lines.size()
                    && !ends(lines.get(i).text())
                    && !headingOnNewPage(
                            lines.get(i),
                            region,
                            i + 1 < lines.size() ? lines.get(i + 1).text() : "")) {
                if (!CellText.isBlank(lines.get(i).text())) {
                    region.add(lines.get(i));
                }
                i++;
            }
            if (region.stream().anyMatch(r -> isData(r.text()))) {
                items.add(grid(region));
            } else {
                region.forEach(r -> items.add(new RawItem.Line(CellText.trim(r.text()), r.ref())));
            }
        }
        return items;
    }

    /**
     * Where a target table that starts at line {@code from} ends: at the next table title, or at a heading
     * opening a later page.
     */
    private static int targetEnd(List<PageLine> lines, int from) {
        for (int j = from; j < lines.size(); j++) {
            String t = CellText.trim(lines.get(j).text());
            if (TableTitles.isTitle(t) || TableTitles.number(t).isPresent()) {
                return j;
            }
            boolean newPage =
                    j > from && lines.get(j - 1).page() != lines.get(j).page();
            if (newPage && Headings.parse(t, SourceRef.NONE).isPresent()) {
                return j;
            }
        }
        return lines.size();
    }

    /** A lone number on the last line of a page: the printed page number, no table row. */
    private static boolean isPageNumber(List<String> raw, int i) {
        if (!PAGE_NUMBER.matcher(raw.get(i).trim()).matches()) {
            return false;
        }
        int next = i + 1;
        while (next < raw.size() && raw.get(next).isBlank()) {
            next++;
        }
        return next == raw.size()
                || AlignedLayout.PAGE_MARKER.matcher(raw.get(next).trim()).matches();
    }

    private static boolean isMeta(String line) {
        return TableTitles.preparer(line).isPresent() || TableTitles.unit(line).isPresent();
    }

    private static boolean ends(String line) {
        String t = CellText.trim(line);
        return TableTitles.isTitle(t)
                || TableTitles.number(t).isPresent()
                || Headings.isPart(t)
                || TableTitles.isNote(t) && !isData(t)
                || (t.length() > 40 && (t.contains("，") || t.contains("。")));
    }

    /**
     * Inside a table a numbered label ("二、事业收入") is a row; a heading on a later page ends the
     * table.
     */
    private static boolean headingOnNewPage(PageLine line, List<PageLine> region, String next) {
        String t = CellText.trim(line.text());
        boolean newPage = region.isEmpty() || region.get(region.size() - 1).page() != line.page();
        if (!newPage || isData(t)) {
            return false;
        }
        if (Headings.parse(t, SourceRef.NONE).isPresent()) {
            return true;
        }
        // a table continued on a new page starts with data or with its header again; other text ends it
        boolean hasData = region.stream().anyMatch(r -> isData(r.text()));
        boolean repeatsHeader = region.stream()
                .takeWhile(r -> !isData(r.text()))
                .anyMatch(r -> CellText.compact(r.text()).equals(CellText.compact(t)));
        return hasData && !repeatsHeader && !isWrappedTail(t) && !isData(next);
    }

    /** A few characters ending a label wrapped at the page break ("置", "支出"). */
    private static boolean isWrappedTail(String t) {
        return CellText.compact(t).length() <= 4 && !NUMBERING.matcher(t).matches();
    }

    private static boolean isData(String line) {
        List<String> t = tokens(line);
        for (int i = 0; i < t.size(); i++) {
            if (CellText.isAmount(t.get(i)) && !isYear(t, i)) {
                return true;
            }
        }
        return RowKeys.isTotalLabel(CellText.trim(line));
    }

    /** "2025 年度部门决算" in a heading or a contents line: a year, not an amount of a table row. */
    private static boolean isYear(List<String> tokens, int i) {
        return tokens.get(i).matches("(19|20)\\d{2}")
                && i + 1 < tokens.size()
                && tokens.get(i + 1).startsWith("年");
    }

    static List<String> tokens(String line) {
        String t = GLUED.matcher(CellText.trim(line)).replaceAll("$1 ");
        List<String> out = new ArrayList<>();
        for (String s : t.split("[\\s\\u3000]+")) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /** Cells of a line: codes, labels (numbered labels start a new cell), amounts. */
    private static List<String> cells(String line) {
        List<String> tokens = tokens(line);
        List<String> cells = new ArrayList<>();
        boolean codes = true;
        StringBuilder label = null;
        for (int i = 0; i < tokens.size(); i++) {
            String tok = tokens.get(i);
            boolean amount = CellText.isAmount(tok);
            if (codes && amount && tok.matches("\\d{2,7}") && !tok.contains(",")) {
                cells.add(tok);
                continue;
            }
            int group = codes ? 0 : midLineCodes(tokens, i);
            if (group > 0) {
                // the second half of a side-by-side code table: a blank amount before it was left out
                if (label != null) {
                    cells.add(label.toString());
                    cells.add("");
                    label = null;
                }
                cells.add(HALF);
                cells.addAll(tokens.subList(i, i + group));
                i += group - 1;
                continue;
            }
            codes = false;
            if (amount) {
                if (label != null) {
                    cells.add(label.toString());
                    label = null;
                }
                cells.add(tok);
            } else if (label == null || NUMBERING.matcher(tok).matches()) {
                if (label != null) {
                    cells.add(label.toString());
                    cells.add("");
                }
                label = new StringBuilder(tok);
            } else {
                label.append(' ').append(tok);
            }
        }
        if (label != null) {
            cells.add(label.toString());
        }
        return cells;
    }

    private static boolean isAmountLabel(String word) {
        return Vocabulary.COLUMNS
                .key(word)
                .filter(k -> !k.equals("name") && !k.equals("code"))
                .isPresent();
    }

    /** A header word over the code column, possibly cut by wrapping ("类科目", "科目编码"). */
    private static boolean isCodeLabel(String word) {
        String w = CellText.compact(word);
        return w.contains("编") || w.contains("类科目") || w.equals("科目") || w.equals("代码");
    }

    /**
     * The number of code tokens starting a second half at token i ("… 302 商品和服务支出 …", "… 302 01 办公费
     * …"): a class code, its split parts, then a name; 0 when none starts there.
     */
    private static int midLineCodes(List<String> tokens, int i) {
        if (i == 0 || !tokens.get(i).matches("[1-9]\\d{2}(\\d{2}){0,2}")) {
            return 0;
        }
        int j = i + 1;
        while (j < tokens.size() && tokens.get(j).matches("\\d{2}") && j - i < 3) {
            j++;
        }
        boolean named = j < tokens.size() && CellText.hasHan(tokens.get(j)) && !CellText.isAmount(tokens.get(j));
        // a second half printed without its name: "… 7.17 302 12 0.00"
        boolean nameless = j > i + 1
                && j < tokens.size()
                && WrappedRows.isMoney(tokens.get(i - 1))
                && WrappedRows.isMoney(tokens.get(j));
        return named || nameless ? j - i : 0;
    }

    private static RawItem.Grid grid(List<PageLine> lines) {
        List<PageLine> region = WrappedRows.join(lines, SpacedLayout::tokens);
        int first = 0;
        while (first < region.size() && !isData(region.get(first).text())) {
            first++;
        }
        region = WrappedRows.withoutRepeatedHeader(region, first);
        int codes = 0;
        List<List<List<String>>> body = new ArrayList<>();
        for (PageLine l : region.subList(first, region.size())) {
            List<String> lineCells = cells(l.text());
            List<List<String>> halves =
                    SpacedCells.halves(body.isEmpty() ? SpacedCells.withoutColumnLabels(lineCells) : lineCells);
            for (List<String> h : halves) {
                codes = Math.max(codes, SpacedCells.leadingCodes(h));
            }
            body.add(halves);
        }
        int firstWidth = 0;
        boolean sideBySide = false;
        for (List<List<String>> halves : body) {
            if (halves.size() > 1) {
                sideBySide = true;
                firstWidth = Math.max(
                        firstWidth, SpacedCells.padCodes(halves.get(0), codes).size());
            }
        }
        List<List<String>> padded = new ArrayList<>();
        String leftClass = "";
        String rightClass = "";
        for (List<List<String>> whole : body) {
            List<List<String>> halves =
                    sideBySide && whole.size() == 1 ? SpacedCells.splitAtSecondName(whole.get(0)) : whole;
            String own = SpacedCells.codeClass(halves.get(0));
            if (sideBySide
                    && halves.size() == 1
                    && !own.isEmpty()
                    && own.equals(rightClass)
                    && !own.equals(leftClass)) {
                // a row of the right half whose left half is blank: its class continues the right half
                halves = List.of(List.of(), halves.get(0));
            }
            if (halves.size() > 1) {
                leftClass = SpacedCells.codeClass(halves.get(0)).isEmpty()
                        ? leftClass
                        : SpacedCells.codeClass(halves.get(0));
                rightClass = SpacedCells.codeClass(halves.get(1)).isEmpty()
                        ? rightClass
                        : SpacedCells.codeClass(halves.get(1));
            }
            List<String> row = halves.get(0).isEmpty() ? new ArrayList<>() : SpacedCells.padCodes(halves.get(0), codes);
            if (halves.size() > 1) {
                while (row.size() < firstWidth) {
                    row.add("");
                }
                row.addAll(SpacedCells.padCodes(halves.get(1), codes));
            }
            padded.add(row);
        }
        List<String> widest = List.of();
        int widestAt = -1;
        for (int h = 0; h < first; h++) {
            List<String> t = tokens(region.get(h).text());
            if (t.size() > widest.size()) {
                widest = t;
                widestAt = h;
            }
        }
        if (widestAt >= 0) {
            List<List<String>> header = new ArrayList<>();
            for (PageLine l : region.subList(0, first)) {
                header.add(tokens(l.text()));
            }
            int main = widestAt;
            // a 决算 table printing 预算数/决算数 under each heading: the headings above give the pairs' names
            widest = WrappedHeader.pairedLeaves(header.subList(0, main), header.get(main))
                    .orElseGet(() -> WrappedHeader.withWrappedColumns(header, main));
        }
        int widestRow = padded.stream().mapToInt(List::size).max().orElse(0);
        if (codes == 0 && widest.size() < widestRow && first > 0) {
            List<List<String>> header = new ArrayList<>();
            for (PageLine l : region.subList(0, first)) {
                header.add(tokens(l.text()));
            }
            widest = WrappedHeader.leaves(header, widestRow).orElse(widest);
        }
        if (codes > 0
                && !widest.isEmpty()
                && (CellText.compact(widest.get(0)).matches(".*(编码|代码)")
                        || codes + widest.size() > widestRow && isCodeLabel(widest.get(0)))) {
            // the code column's own label stands first in the widest header line
            List<String> w = new ArrayList<>(widest.subList(1, widest.size()));
            widest = w;
        }
        if (codes > 0 && !widest.isEmpty() && isAmountLabel(widest.get(0))) {
            // the name column's label stands on a line of its own: the main line starts with the amounts
            List<String> w = new ArrayList<>();
            w.add("");
            w.addAll(widest);
            widest = w;
        }
        if (sideBySide && widest.size() % 2 == 1 && isCodeLabel(widest.get(0))) {
            widest = widest.subList(1, widest.size());
        }
        int n = Math.max(padded.stream().mapToInt(List::size).max().orElse(0), codes + widest.size());
        List<List<String>> rows = new ArrayList<>();
        List<SourceRef> refs = new ArrayList<>();
        List<String> halfHeader = widest.subList(0, widest.size() / 2);
        if (sideBySide && !widest.isEmpty() && halfHeader.equals(widest.subList(widest.size() / 2, widest.size()))) {
            // each half of a side-by-side table repeats the header over its own codes
            List<String> header = new ArrayList<>();
            for (int h = 0; h < 2; h++) {
                List<String> half = new ArrayList<>(SpacedCells.codeLabels(codes));
                half.addAll(halfHeader);
                while (h == 0 && half.size() < firstWidth) {
                    half.add(half.size() - halfHeader.size(), "");
                }
                header.addAll(half);
            }
            n = Math.max(n, header.size());
            rows.add(header);
            refs.add(region.get(0).ref());
        } else if (!widest.isEmpty()) {
            List<String> header = new ArrayList<>();
            while (header.size() + widest.size() < n) {
                header.add(header.size() < codes ? List.of("类", "款", "项").get(Math.min(header.size(), 2)) : "");
            }
            header.addAll(widest);
            rows.add(header);
            refs.add(region.get(0).ref());
        }
        for (int r = 0; r < padded.size(); r++) {
            List<String> row = new ArrayList<>(padded.get(r));
            while (row.size() < n) {
                row.add("");
            }
            rows.add(row);
            refs.add(region.get(first + r).ref());
        }
        return new RawItem.Grid(rows, refs, refs.isEmpty() ? SourceRef.NONE : refs.get(0), true);
    }
}
