package org.gongkai.formats.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gongkai.core.disclosure.SourceRef;
import org.gongkai.formats.read.AlignedLayout.PageLine;

/**
 * The indicator rows of a target table in page text whose cells are joined by single spaces (positions lost).
 * Each indicator line ends with its 三级指标 name and value; the merged 一级/二级 cells are printed once,
 * vertically centred on the rows they span and often wrapped over lines of their own ("社会效益" / "指标").
 * The wrapped pieces are joined into known level names, and each level's rows are found from where it stands:
 * a label centred at row c spanning rows s..e has s + e = 2c, and the spans of one level follow each other.
 * What cannot be settled that way is left blank and reported.
 */
final class SpacedIndicators {
    private SpacedIndicators() {}

    static final Set<String> LEVEL1 = Set.of("产出指标", "效益指标", "满意度指标", "成本指标", "项目完成", "项目效益");
    static final Set<String> LEVEL2 = Set.of(
            "数量指标",
            "质量指标",
            "时效指标",
            "成本指标",
            "经济成本指标",
            "社会成本指标",
            "生态环境成本指标",
            "经济效益指标",
            "社会效益指标",
            "生态效益指标",
            "可持续影响指标",
            "服务对象满意度指标",
            "满意度指标");
    /** The vertical caption left of the indicators ("绩效" / "指标"): no level. */
    private static final String CAPTION = "绩效指标";

    /** A piece of a level name and where it stands, in half rows (row r at 2r, between r and r+1 at 2r+1). */
    private record Piece(String text, int at) {}

    /** A level name joined from pieces: its text and the half-row positions of its first and last piece. */
    private record Label(String text, int first, int last) {
        int center2() {
            return first + last; // twice the centre, in half rows: 4 × the centre row
        }
    }

    /** One indicator line: its row cells (level1, level2, name, value) and its place. */
    private record Row(String name, String value, SourceRef ref) {}

    /**
     * Appends the header row and one row per indicator to {@code rows}; {@code notes} gets what could not be
     * settled.
     */
    static void read(List<PageLine> lines, List<List<String>> rows, List<SourceRef> refs, List<String> notes) {
        List<Row> indicators = new ArrayList<>();
        List<Piece> pieces = new ArrayList<>();
        for (PageLine line : lines.subList(1, lines.size())) {
            List<String> tokens = SpacedTargets.words(line.text());
            if (tokens.isEmpty() || AlignedTargets.isIndicatorHeader(line.text())) {
                continue;
            }
            int lead = 0;
            while (lead < tokens.size() && isPiece(tokens.get(lead))) {
                lead++;
            }
            int here = lead == tokens.size() ? 2 * indicators.size() - 1 : 2 * indicators.size();
            for (String t : tokens.subList(0, lead)) {
                pieces.add(new Piece(t, here));
            }
            if (lead == tokens.size()) {
                continue;
            }
            if (tokens.size() - lead < 2) {
                notes.add("第" + line.lineNo() + "行“" + CellText.trim(line.text()) + "”不是完整的指标行（名称或指标值折行），未读取");
                continue;
            }
            String name = String.join("", tokens.subList(lead, tokens.size() - 1));
            indicators.add(new Row(name, tokens.get(tokens.size() - 1), line.ref()));
        }
        List<String> header = List.of("一级指标", "二级指标", "三级指标", "指标值");
        rows.add(header);
        refs.add(lines.get(0).ref());
        int n = indicators.size();
        String[][] levels = levels(pieces, n, notes);
        for (int r = 0; r < n; r++) {
            Row row = indicators.get(r);
            rows.add(List.of(levels[0][r], levels[1][r], row.name(), row.value()));
            refs.add(row.ref());
        }
    }

    /** True for a token that is (part of) a level name or of the caption. */
    static boolean isPiece(String token) {
        String t = CellText.compact(token);
        if (t.isEmpty()) {
            return false;
        }
        if (CAPTION.contains(t)) {
            return true;
        }
        for (String l : LEVEL1) {
            if (l.contains(t)) {
                return true;
            }
        }
        for (String l : LEVEL2) {
            if (l.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** level1 and level2 of each of n rows: from the first joining of the pieces whose spans fit. */
    private static String[][] levels(List<Piece> pieces, int n, List<String> notes) {
        List<List<Label>> joinings = new ArrayList<>();
        join(pieces, 0, new ArrayList<>(), joinings);
        for (List<Label> labels : joinings) {
            String[][] out = fit(labels, n);
            if (out != null) {
                return out;
            }
        }
        String[][] blank = {new String[n], new String[n]};
        for (String[] level : blank) {
            java.util.Arrays.fill(level, "");
        }
        if (!pieces.isEmpty()) {
            notes.add("绩效指标的一级、二级指标名称折行印出，无法从页面文字确定各自包含哪些指标，未读取");
        }
        return blank;
    }

    /** Every way of joining the pieces, in order, into complete level names (at most a few hundred). */
    private static void join(List<Piece> pieces, int at, List<Label> open, List<List<Label>> out) {
        if (out.size() >= 256) {
            return;
        }
        if (at == pieces.size()) {
            if (open.stream().allMatch(l -> isName(l.text()))) {
                out.add(open.stream().filter(l -> !l.text().equals(CAPTION)).toList());
            }
            return;
        }
        Piece p = pieces.get(at);
        String t = CellText.compact(p.text());
        for (int i = 0; i < open.size(); i++) {
            Label l = open.get(i);
            String joined = l.text() + t;
            if (!isName(l.text()) && isPrefix(joined)) {
                List<Label> next = new ArrayList<>(open);
                next.set(i, new Label(joined, l.first(), p.at()));
                join(pieces, at + 1, next, out);
            }
        }
        if (isPrefix(t)) {
            List<Label> next = new ArrayList<>(open);
            next.add(new Label(t, p.at(), p.at()));
            join(pieces, at + 1, next, out);
        }
    }

    private static boolean isName(String s) {
        return LEVEL1.contains(s) || LEVEL2.contains(s) || s.equals(CAPTION);
    }

    private static boolean isPrefix(String s) {
        if (CAPTION.startsWith(s)) {
            return true;
        }
        return LEVEL1.stream().anyMatch(l -> l.startsWith(s)) || LEVEL2.stream().anyMatch(l -> l.startsWith(s));
    }

    /** The rows of each level when both levels' spans fit the centres; null when they do not. */
    private static String[][] fit(List<Label> labels, int n) {
        List<Label> one = new ArrayList<>();
        List<Label> two = new ArrayList<>();
        for (Label l : labels) {
            boolean inOne = LEVEL1.contains(l.text());
            boolean inTwo = LEVEL2.contains(l.text());
            if (inOne && inTwo) {
                // 满意度指标, 成本指标: the other level's name at the same place says which one this is
                boolean twoBeside = labels.stream()
                        .anyMatch(o -> o != l
                                && o.center2() == l.center2()
                                && LEVEL2.contains(o.text())
                                && !LEVEL1.contains(o.text()));
                boolean oneBeside = labels.stream()
                        .anyMatch(o -> o != l
                                && o.center2() == l.center2()
                                && LEVEL1.contains(o.text())
                                && !LEVEL2.contains(o.text()));
                if (twoBeside || !oneBeside) {
                    one.add(l);
                }
                if (oneBeside || !twoBeside) {
                    two.add(l);
                }
            } else if (inOne) {
                one.add(l);
            } else {
                two.add(l);
            }
        }
        String[] first = spans(one, n);
        String[] second = spans(two, n);
        return first == null || second == null ? null : new String[][] {first, second};
    }

    /**
     * The label of each row when the labels, in order, cover consecutive rows centred on themselves, either
     * from the first row or up to the last (rows outside stay blank); null when neither fits.
     */
    private static String[] spans(List<Label> labels, int n) {
        List<Label> sorted = new ArrayList<>(labels);
        sorted.sort(java.util.Comparator.comparingInt(Label::center2));
        String[] forward = new String[n];
        java.util.Arrays.fill(forward, "");
        int s = 0;
        boolean ok = true;
        for (Label l : sorted) {
            if (l.center2() % 2 != 0) { // a centre a quarter row off: not one span of whole rows
                ok = false;
                break;
            }
            int e = l.center2() / 2 - s;
            if (e < s || e >= n) {
                ok = false;
                break;
            }
            for (int r = s; r <= e; r++) {
                forward[r] = l.text();
            }
            s = e + 1;
        }
        if (ok && s == n) {
            return forward;
        }
        String[] backward = new String[n];
        java.util.Arrays.fill(backward, "");
        int e = n - 1;
        for (int k = sorted.size() - 1; k >= 0; k--) {
            Label l = sorted.get(k);
            if (l.center2() % 2 != 0) {
                return null;
            }
            int start = l.center2() / 2 - e;
            if (start > e || start < 0) {
                return null;
            }
            for (int r = start; r <= e; r++) {
                backward[r] = l.text();
            }
            e = start - 1;
        }
        return backward;
    }
}
