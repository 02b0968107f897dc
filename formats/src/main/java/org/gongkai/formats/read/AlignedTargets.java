package org.gongkai.formats.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gongkai.core.disclosure.SourceRef;
import org.gongkai.formats.read.AlignedFields.Field;
import org.gongkai.formats.read.AlignedLayout.PageLine;

/**
 * A performance-target table in space-aligned text ({@code pdftotext -layout}) turned into the grid shape
 * {@link TargetTableAssembler} reads: one row per label of the 项目概况 block (label, then its value), the
 * goal joined from the lines under 年度目标, then the indicator header and one row per indicator with its
 * cells cut at the header's 一级/二级/三级指标/指标值 positions. Characters of vertically printed captions
 * (总/体/目/标, 绩效/指标) stand left of every column and are dropped; a cell wrapped onto a line of its own
 * joins the row above.
 */
final class AlignedTargets {
    private AlignedTargets() {}

    /** Characters a field may start left of its column and still belong to it. */
    private static final int TOLERANCE = 2;

    private static final List<String> GOAL_LABELS = List.of("年度目标", "年度总体目标", "项目总体目标", "总体目标");

    /** True for the line naming the indicator columns. */
    static boolean isIndicatorHeader(String line) {
        String c = CellText.compact(line);
        return c.contains("一级指标") && c.contains("三级指标");
    }

    static RawItem.Grid grid(List<PageLine> lines) {
        List<List<String>> rows = new ArrayList<>();
        List<SourceRef> refs = new ArrayList<>();
        int at = 0;
        while (at < lines.size() && !isIndicatorHeader(lines.get(at).text())) {
            at = headLine(lines, at, rows, refs);
        }
        if (at < lines.size()) {
            indicators(lines.subList(at, lines.size()), rows, refs);
        }
        SourceRef ref = refs.isEmpty() ? SourceRef.NONE : refs.get(0);
        return new RawItem.Grid(rows, refs, ref);
    }

    /** One line of the 项目概况 block; a goal label takes the lines below it. Returns the next line to read. */
    private static int headLine(List<PageLine> lines, int at, List<List<String>> rows, List<SourceRef> refs) {
        PageLine line = lines.get(at);
        List<Field> fields = AlignedFields.split(line.text());
        if (fields.isEmpty()) {
            return at + 1;
        }
        List<Field> goals =
                fields.stream().filter(f -> GOAL_LABELS.contains(f.text())).toList();
        boolean goalValueBeside = !goals.isEmpty() && fields.get(fields.size() - 1) != goals.get(goals.size() - 1);
        if (goals.isEmpty() || goalValueBeside) {
            rows.add(fields.stream().map(Field::text).toList());
            refs.add(line.ref());
            return at + 1;
        }
        // the goal texts stand under their labels, over as many lines as they need
        StringBuilder[] texts = new StringBuilder[goals.size()];
        Arrays.setAll(texts, i -> new StringBuilder());
        int next = at + 1;
        for (; next < lines.size(); next++) {
            String text = lines.get(next).text();
            if (isIndicatorHeader(text) || startsLabel(text)) {
                break;
            }
            for (Field f : AlignedFields.split(text)) {
                int g = columnOf(
                        f.start(), goals.stream().mapToInt(Field::start).toArray());
                if (g >= 0 && !GOAL_LABELS.contains(f.text()) && !isCaptionFragment(f.text())) {
                    texts[g].append(f.text());
                }
            }
        }
        for (int g = 0; g < goals.size(); g++) {
            rows.add(List.of(goals.get(g).text(), texts[g].toString()));
            refs.add(line.ref());
        }
        return next;
    }

    /** A line opening another labelled row of the block (项目名称, 项目资金 …), which ends a goal text. */
    private static boolean startsLabel(String text) {
        List<Field> fields = AlignedFields.split(text);
        return fields.stream()
                .anyMatch(f -> f.text().startsWith("项目名称") || f.text().startsWith("项目资金"));
    }

    private static void indicators(List<PageLine> lines, List<List<String>> rows, List<SourceRef> refs) {
        List<Field> header = AlignedFields.split(lines.get(0).text());
        int[] starts = {-1, -1, -1, -1};
        List<String> headerCells = new ArrayList<>(List.of("", "", "", ""));
        for (Field f : header) {
            int k = f.text().contains("一级指标")
                    ? 0
                    : f.text().contains("二级指标")
                            ? 1
                            : f.text().contains("三级指标") ? 2 : f.text().contains("指标值") ? 3 : -1;
            if (k >= 0) {
                starts[k] = f.start();
                headerCells.set(k, f.text());
            }
        }
        fillMissing(starts);
        rows.add(headerCells);
        refs.add(lines.get(0).ref());
        String[] previous = null;
        for (int i = 1; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            if (isIndicatorHeader(line.text())) {
                continue; // repeated on the next page
            }
            String[] cells = {"", "", "", ""};
            for (Field f : AlignedFields.split(line.text())) {
                int c = columnOf(f.start(), starts);
                if (c >= 0) {
                    cells[c] = cells[c].isEmpty() ? f.text() : cells[c] + f.text();
                }
            }
            if (Arrays.stream(cells).allMatch(String::isEmpty)) {
                continue;
            }
            if (previous != null && continues(cells, previous)) {
                for (int c = 0; c < 4; c++) {
                    previous[c] += cells[c];
                }
                rows.set(rows.size() - 1, List.of(previous));
                continue;
            }
            previous = cells;
            rows.add(List.of(cells));
            refs.add(line.ref());
        }
    }

    /**
     * True when a line only carries the wrapped end of cells of the row above: each of its texts lands in a
     * cell that row already has, and either it fills no indicator name and value of its own, or a level cell
     * above is still incomplete (level names end in 指标).
     */
    private static boolean continues(String[] cells, String[] previous) {
        boolean levelOnly = cells[2].isEmpty() && cells[3].isEmpty();
        boolean rowOnly = cells[0].isEmpty() && cells[1].isEmpty() && (cells[2].isEmpty() || cells[3].isEmpty());
        for (int c = 0; c < 4; c++) {
            if (!cells[c].isEmpty() && previous[c].isEmpty()) {
                return false;
            }
        }
        if (levelOnly) {
            for (int c = 0; c < 2; c++) {
                if (!cells[c].isEmpty() && previous[c].endsWith("指标")) {
                    return false;
                }
            }
            return true;
        }
        return rowOnly;
    }

    /** The column a field starting at x belongs to: the last column starting at or before it, or -1 left of all. */
    private static int columnOf(int x, int[] starts) {
        int col = -1;
        for (int c = 0; c < starts.length; c++) {
            if (starts[c] >= 0 && x + TOLERANCE >= starts[c]) {
                col = c;
            }
        }
        return col;
    }

    /** A column without a header word starts where the next one does (it then stays empty). */
    private static void fillMissing(int[] starts) {
        for (int c = starts.length - 2; c >= 0; c--) {
            if (starts[c] < 0) {
                starts[c] = starts[c + 1];
            }
        }
    }

    /** One or two characters of a caption printed top to bottom ("总", "体", "绩效"). */
    private static boolean isCaptionFragment(String s) {
        return CellText.compact(s).length() <= 2;
    }
}
