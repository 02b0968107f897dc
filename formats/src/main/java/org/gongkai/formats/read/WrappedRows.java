package org.gongkai.formats.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.gongkai.formats.read.AlignedLayout.PageLine;

/**
 * Joins the lines of one table row that a page text split: a long name wrapped above and below the line
 * with the code and amounts ({@code 文化展示及纪念机 / 2070105 1,700.57 1,700.57 / 构}), or a code alone on
 * its line followed by the name and then the amounts ({@code 2080506 / 机关事业单位职业年金缴费支出 / 116.59
 * 116.59 0.00}), or a label of three or five lines whose middle line shares the code line ({@link CentredLabel}).
 * Also drops a header printed again at the top of a continuation page.
 */
final class WrappedRows {
    private WrappedRows() {}

    enum Kind {
        /** A code with amounts and no name. */
        NAMELESS,
        /** A code and nothing else. */
        CODE_ONLY,
        /** A code, a name and amounts: the name may be the middle line of a label wrapped around it. */
        NAMED,
        /** Amounts and nothing else. */
        AMOUNTS_ONLY,
        /** Text without amounts. */
        TEXT,
        OTHER
    }

    /** The lines of a table region with split rows joined; {@code tokens} splits a line into cells. */
    static List<PageLine> join(List<PageLine> lines, Function<String, List<String>> tokens) {
        List<Kind> kinds = lines.stream().map(l -> kind(tokens.apply(l.text()))).toList();
        List<PageLine> out = new ArrayList<>();
        boolean[] used = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            if (used[i]) {
                continue;
            }
            Kind k = kinds.get(i);
            if (k == Kind.CODE_ONLY) {
                int j = i + 1;
                StringBuilder name = new StringBuilder();
                while (j < lines.size() && kinds.get(j) == Kind.TEXT && j - i <= 2) {
                    name.append(text(lines.get(j)));
                    j++;
                }
                if (j < lines.size() && (kinds.get(j) == Kind.AMOUNTS_ONLY || kinds.get(j) == Kind.NAMELESS)) {
                    out.add(new PageLine(
                            text(lines.get(i)) + " " + name + " " + text(lines.get(j)),
                            lines.get(j).page(),
                            lines.get(j).lineNo()));
                    for (int u = i; u <= j; u++) {
                        used[u] = true;
                    }
                    continue;
                }
            }
            if ((k == Kind.OTHER || k == Kind.AMOUNTS_ONLY)
                    && i > 0
                    && i + 1 < lines.size()
                    && !out.isEmpty()
                    && out.get(out.size() - 1) == lines.get(i - 1)
                    && kinds.get(i - 1) == Kind.TEXT
                    && kinds.get(i + 1) == Kind.TEXT) {
                String joined = withWrappedLabel(
                        tokens.apply(lines.get(i).text()), text(lines.get(i - 1)), text(lines.get(i + 1)));
                if (joined != null) {
                    out.set(
                            out.size() - 1,
                            new PageLine(
                                    joined, lines.get(i).page(), lines.get(i).lineNo()));
                    used[i + 1] = true;
                    continue;
                }
            }
            if (k == Kind.NAMED) {
                PageLine joined = CentredLabel.join(lines, kinds, i, out, used, tokens);
                if (joined != null) {
                    out.add(joined);
                    continue;
                }
            }
            if (k == Kind.NAMELESS || k == Kind.CODE_ONLY) {
                String above = "";
                if (!out.isEmpty()
                        && i > 0
                        && !used[i - 1]
                        && kinds.get(i - 1) == Kind.TEXT
                        && out.get(out.size() - 1) == lines.get(i - 1)) {
                    above = text(out.remove(out.size() - 1));
                }
                String below = "";
                boolean nextNeedsIt = i + 2 < lines.size() && kinds.get(i + 2) == Kind.NAMELESS;
                if (i + 1 < lines.size() && kinds.get(i + 1) == Kind.TEXT && !nextNeedsIt) {
                    below = text(lines.get(i + 1));
                    used[i + 1] = true;
                }
                if (!above.isEmpty() || !below.isEmpty()) {
                    List<String> t = new ArrayList<>(tokens.apply(lines.get(i).text()));
                    if (k == Kind.CODE_ONLY || !CentredLabel.perHalf(t, above, below, tokens)) {
                        t.add(k == Kind.CODE_ONLY ? 1 : namelessCode(t), above + below);
                    }
                    out.add(new PageLine(
                            String.join(" ", t),
                            lines.get(i).page(),
                            lines.get(i).lineNo()));
                    continue;
                }
            }
            out.add(lines.get(i));
        }
        return out;
    }

    /**
     * A line of a two-sided table without codes whose label on one side wrapped around it: the first half
     * numbered above ("一、社会保障和就业"), the rest below ("支出"). The label goes to the side its words
     * say: an expenditure item ("…支出") after the income label and its amount, an income item before an
     * expenditure label (its own amount left blank), or before the amounts of a line that has no label.
     * Null when the halves or the side are not clear.
     */
    static String withWrappedLabel(List<String> tokens, String above, String below) {
        if (!NUMBERED.matcher(above).find()
                || NUMBERED.matcher(below).find()
                || CellText.compact(below).length() > 8
                || tokens.isEmpty()) {
            return null;
        }
        String label = CellText.compact(above + below);
        boolean expenditure = TwoSidedRows.isExpenditureItem(label);
        String line = String.join(" ", tokens);
        if (CellText.isAmount(tokens.get(0))) {
            return label + " " + line;
        }
        if (tokens.size() < 2 || !CellText.hasHan(tokens.get(0)) || !isMoney(tokens.get(1))) {
            return null;
        }
        boolean ownExpenditure = TwoSidedRows.isExpenditureItem(tokens.get(0));
        if (expenditure && !ownExpenditure) {
            List<String> t = new ArrayList<>(tokens);
            t.add(2, label);
            return String.join(" ", t);
        }
        if (!expenditure && ownExpenditure) {
            return label + " " + line;
        }
        return null;
    }

    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile("^[一二三四五六七八九十]+、");

    /** Drops header lines (those before {@code first}) printed again at the top of a later page. */
    static List<PageLine> withoutRepeatedHeader(List<PageLine> lines, int first) {
        Set<String> header = new java.util.HashSet<>();
        for (PageLine l : lines.subList(0, first)) {
            header.add(CellText.compact(l.text()));
        }
        List<PageLine> out = new ArrayList<>(lines.subList(0, first));
        boolean pageTop = false;
        for (int i = first; i < lines.size(); i++) {
            PageLine l = lines.get(i);
            pageTop |= i > 0 && lines.get(i - 1).page() != l.page();
            if (pageTop && header.contains(CellText.compact(l.text()))) {
                continue;
            }
            pageTop = false;
            out.add(l);
        }
        return out;
    }

    static String text(PageLine l) {
        return CellText.trim(l.text());
    }

    /**
     * Where the missing name of a code printed without it goes: after the code (and its split parts, "301
     * 08"), which stands first on the line or after an amount or a name, and is followed by an amount;
     * -1 when every code has its name.
     */
    static int namelessCode(List<String> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!tokens.get(i).matches("\\d{3}|\\d{5}|\\d{7}")) {
                continue;
            }
            int j = i + 1;
            while (j + 1 < tokens.size() && tokens.get(j).matches("\\d{2}") && j - i < 3) {
                j++;
            }
            String before = i == 0 ? "" : tokens.get(i - 1);
            boolean placed = i == 0 || isMoney(before) || CellText.hasHan(before);
            String next = tokens.get(j);
            boolean allAmounts = tokens.subList(j, tokens.size()).stream().allMatch(CellText::isAmount);
            boolean nextHalf =
                    j + 1 < tokens.size() && next.matches("\\d{3}|\\d{5}|\\d{7}") && CellText.hasHan(tokens.get(j + 1));
            if (placed && (isMoney(next) || i == 0 && (allAmounts && j == i + 1 || nextHalf))) {
                return j;
            }
        }
        return -1;
    }

    static boolean isMoney(String token) {
        return CellText.isAmount(token) && token.matches(".*[.,].*");
    }

    private static Kind kind(List<String> tokens) {
        if (tokens.isEmpty()) {
            return Kind.OTHER;
        }
        boolean anyAmount = tokens.stream().anyMatch(CellText::isAmount);
        if (!anyAmount) {
            return Kind.TEXT;
        }
        boolean firstIsCode = tokens.get(0).matches("\\d{3}|\\d{5}|\\d{7}");
        if (tokens.size() == 1 && firstIsCode) {
            return Kind.CODE_ONLY;
        }
        if (namelessCode(tokens) >= 0) {
            return Kind.NAMELESS;
        }
        if (tokens.stream().allMatch(CellText::isAmount)) {
            return Kind.AMOUNTS_ONLY;
        }
        if (firstIsCode && CentredLabel.nameAt(tokens) != null) {
            return Kind.NAMED;
        }
        return Kind.OTHER;
    }
}
