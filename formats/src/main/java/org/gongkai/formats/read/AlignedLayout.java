package org.gongkai.formats.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.disclosure.SourceRef;
import org.gongkai.formats.read.AlignedFields.Field;
import org.gongkai.formats.read.AlignedFields.Kind;

/**
 * Space-aligned text as printed by {@code pdftotext -layout}: pages marked by {@code === [page N] ===}
 * lines or form feeds; a table starts after its title (and 编制部门/单位 line) and runs while its lines
 * hold aligned fields; a table cut by a page break continues on the next page (repeated header lines
 * skipped). Columns are rebuilt by {@link AlignedGrid} from the character positions.
 */
final class AlignedLayout {
    private AlignedLayout() {}

    static final Pattern PAGE_MARKER = Pattern.compile("^=== \\[page (\\d+)] ===$");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[-—–－\\s]*\\d{1,3}[-—–－\\s]*$");

    /** Page markers or form feeds, and lines whose fields are separated by runs of spaces. */
    static boolean matches(List<String> lines) {
        long aligned = lines.stream()
                .filter(l -> CellText.trim(l).matches(".*\\S {3,}\\S.*"))
                .count();
        long nonBlank = lines.stream().filter(l -> !CellText.isBlank(l)).count();
        return aligned >= 5 && aligned * 10 >= nonBlank;
    }

    /** A line with its page and line number in the file. */
    record PageLine(String text, int page, int lineNo) {
        SourceRef ref() {
            return SourceRef.page(page, lineNo);
        }
    }

    static List<RawItem> parse(List<String> raw) {
        List<PageLine> lines = new ArrayList<>();
        int page = 1;
        for (int i = 0; i < raw.size(); i++) {
            String l = raw.get(i);
            Matcher m = PAGE_MARKER.matcher(l.trim());
            if (m.matches()) {
                page = Integer.parseInt(m.group(1));
                lines.add(new PageLine("\f", page, i + 1));
                continue;
            }
            String[] parts = l.split("\f", -1);
            for (int p = 0; p < parts.length; p++) {
                if (p > 0) {
                    page++;
                    lines.add(new PageLine("\f", page, i + 1));
                }
                lines.add(new PageLine(parts[p], page, i + 1));
            }
        }
        return new AlignedLayout.Walker(lines).walk();
    }

    static boolean isDataLine(String text) {
        List<Field> fields = AlignedFields.split(text);
        boolean amount = fields.stream().anyMatch(f -> f.kind() == Kind.AMOUNT);
        boolean code = !fields.isEmpty() && fields.get(0).kind() == Kind.CODE && fields.size() > 1;
        boolean total = fields.stream().anyMatch(f -> f.kind() == Kind.TEXT && RowKeys.isTotalLabel(f.text()));
        return amount || code || (total && fields.size() <= 2);
    }

    /** Prose ends a table: one long field with sentence punctuation. */
    static boolean isProse(String text) {
        List<Field> fields = AlignedFields.split(text);
        String t = CellText.trim(text);
        return fields.size() <= 2 && t.length() >= 24 && (t.contains("，") || t.contains("。") || t.contains("："));
    }

    private static final class Walker {
        final List<PageLine> lines;
        final List<RawItem> items = new ArrayList<>();
        int i;

        Walker(List<PageLine> lines) {
            this.lines = lines;
        }

        List<RawItem> walk() {
            while (i < lines.size()) {
                PageLine l = lines.get(i);
                String t = CellText.trim(l.text());
                if (t.isEmpty() || t.equals("\f") || PAGE_NUMBER.matcher(t).matches()) {
                    i++;
                    continue;
                }
                items.add(new RawItem.Line(collapse(l.text()), l.ref()));
                i++;
                if (TargetTableAssembler.isTitle(t) && TableTitles.isTitle(t)) {
                    targetTable();
                } else if (TableTitles.isTitle(t) || TableTitles.number(t).isPresent()) {
                    table();
                }
            }
            return items;
        }

        /** Lines after a title: 编制部门/单位 lines, then the header and body until the table ends. */
        private void table() {
            boolean unitSeen = false;
            while (i < lines.size()) {
                String t = CellText.trim(lines.get(i).text());
                if (t.isEmpty()) {
                    i++;
                } else if (TableTitles.preparer(t).isPresent()
                        || TableTitles.unit(t).isPresent()) {
                    items.add(new RawItem.Line(
                            collapse(lines.get(i).text()), lines.get(i).ref()));
                    unitSeen = true;
                    i++;
                } else {
                    break;
                }
            }
            List<PageLine> header = new ArrayList<>();
            List<PageLine> body = new ArrayList<>();
            boolean continuation = false;
            while (i < lines.size()) {
                PageLine l = lines.get(i);
                String t = l.text().equals("\f") ? "\f" : CellText.trim(l.text());
                if (t.equals("\f")) {
                    if (!continuesOnNextPage()) {
                        break;
                    }
                    continuation = true;
                    i++;
                    continue;
                }
                if (t.isEmpty()) {
                    body.add(l);
                    i++;
                    continue;
                }
                if (TableTitles.isNote(t) && !isDataLine(l.text())
                        || TableTitles.isTitle(t)
                        || TableTitles.number(t).isPresent()
                        || Headings.isPart(t)
                        || isProse(l.text())
                        || PAGE_NUMBER.matcher(t).matches()) {
                    break;
                }
                boolean data = isDataLine(l.text());
                if (continuation
                        && !data
                        && body.stream()
                                .noneMatch(
                                        b -> b.page() == l.page() && !b.text().isBlank())) {
                    // a repeated header at the top of the continuation page
                    i++;
                    continue;
                }
                if (!data && !hasData(body)) {
                    header.add(l);
                } else {
                    body.add(l);
                }
                i++;
            }
            if (hasData(body) || (unitSeen && !header.isEmpty())) {
                items.add(AlignedGrid.build(header, body));
            } else {
                // a title without a table (a contents entry): what followed it is text
                for (PageLine l : header) {
                    items.add(new RawItem.Line(collapse(l.text()), l.ref()));
                }
            }
        }

        /**
         * The lines of a performance-target table: its year line, then everything up to the next title, a
         * heading or prose standing left of the indicator columns, or a page break followed by either.
         */
        private void targetTable() {
            while (i < lines.size() && CellText.isBlank(lines.get(i).text())) {
                i++;
            }
            if (i < lines.size() && CellText.compact(lines.get(i).text()).matches("[（(]\\d{4}年度?[）)]")) {
                items.add(new RawItem.Line(
                        collapse(lines.get(i).text()), lines.get(i).ref()));
                i++;
            }
            List<PageLine> body = new ArrayList<>();
            int margin = -1; // where the indicator part's leftmost text starts
            while (i < lines.size()) {
                PageLine l = lines.get(i);
                if (l.text().equals("\f")) {
                    if (!continuesTargetOnNextPage(margin)) {
                        break;
                    }
                    i++;
                    continue;
                }
                String t = CellText.trim(l.text());
                if (endsTarget(l.text(), t, margin)) {
                    break;
                }
                if (margin < 0 && AlignedTargets.isIndicatorHeader(t)) {
                    margin = AlignedFields.split(l.text()).get(0).start();
                }
                body.add(l);
                i++;
            }
            if (body.stream().anyMatch(b -> AlignedTargets.isIndicatorHeader(b.text()))) {
                items.add(AlignedTargets.grid(body));
            } else {
                body.stream()
                        .filter(b -> !CellText.isBlank(b.text()))
                        .forEach(b -> items.add(new RawItem.Line(collapse(b.text()), b.ref())));
            }
        }

        private static boolean endsTarget(String raw, String t, int margin) {
            if (t.isEmpty()) {
                return false;
            }
            if (TableTitles.isTitle(t) || TableTitles.number(t).isPresent() || t.startsWith("第") && t.contains("部分")) {
                return true;
            }
            if (margin < 0 || PAGE_NUMBER.matcher(t).matches()) {
                return false;
            }
            List<Field> fields = AlignedFields.split(raw);
            return fields.size() == 1
                    && fields.get(0).start() <= margin
                    && CellText.compact(t).length() > 2
                    && (Headings.parse(t, SourceRef.NONE).isPresent() || isProse(raw));
        }

        private boolean continuesTargetOnNextPage(int margin) {
            for (int j = i + 1; j < lines.size() && j < i + 12; j++) {
                String t = CellText.trim(lines.get(j).text());
                if (t.isEmpty() || PAGE_NUMBER.matcher(t).matches()) {
                    continue;
                }
                return !lines.get(j).text().equals("\f")
                        && !endsTarget(lines.get(j).text(), t, margin);
            }
            return false;
        }

        private boolean hasData(List<PageLine> body) {
            return body.stream().anyMatch(b -> !b.text().isBlank());
        }

        /** The next page goes on with the table when, before any title or prose, a data line comes. */
        private boolean continuesOnNextPage() {
            for (int j = i + 1; j < lines.size() && j < i + 12; j++) {
                String raw = lines.get(j).text();
                String t = CellText.trim(raw);
                if (raw.equals("\f")) {
                    return false;
                }
                if (t.isEmpty() || PAGE_NUMBER.matcher(t).matches()) {
                    continue;
                }
                if (TableTitles.isTitle(t) || TableTitles.number(t).isPresent() || isProse(t)) {
                    return false;
                }
                if (isDataLine(lines.get(j).text())) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Running text: runs of spaces inside a line of prose collapsed to one. */
    static String collapse(String s) {
        return CellText.trim(s).replaceAll("[ \\u3000]{2,}", "  ");
    }
}
