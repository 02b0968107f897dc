package org.gongkai.formats.read;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.gongkai.formats.read.AlignedLayout.PageLine;
import org.gongkai.formats.read.WrappedRows.Kind;

/**
 * A row label wrapped in a tall cell whose one-line code and amounts are centred vertically: the page text prints
 * as many label lines above the code line as below it, and a label of an odd number of lines puts its middle line
 * on the code line ({@code 国有土地使用权出让 / 21219 收入对应专项债务收 2,000.00 / 入安排的支出}). The lines are
 * only taken when that reading is unambiguous: the same number above and below, each line a single fragment on the
 * same page, and every line but the last as wide as the fragment on the code line (a wrapped label fills its cell).
 */
final class CentredLabel {
    private CentredLabel() {}

    /** Labels of more than five lines are not met in practice; more lines would be guessing. */
    private static final int MAX_LINES_EACH_SIDE = 2;

    /** Half-width units a wrapped line may differ by from the code line's fragment: one Chinese character. */
    private static final int WIDTH_SLACK = 2;

    /**
     * The [start, end) token range of the name on a line starting with a code (and its split parts, "301 08")
     * followed by a name and then amounts only; null for any other line.
     */
    static int[] nameAt(List<String> tokens) {
        int j = 1;
        while (j < tokens.size() && tokens.get(j).matches("\\d{2}") && j < 3) {
            j++;
        }
        int start = j;
        while (j < tokens.size() && !CellText.isAmount(tokens.get(j))) {
            j++;
        }
        if (j == start || j == tokens.size()) {
            return null;
        }
        String name = String.join("", tokens.subList(start, j));
        boolean amountsAfter = tokens.subList(j, tokens.size()).stream().allMatch(CellText::isAmount);
        return CellText.hasHan(name) && amountsAfter ? new int[] {start, j} : null;
    }

    /**
     * The named code line {@code i} with the label lines centred around it joined into its name, taking the lines
     * above from the end of {@code out} and marking the lines below as used; null when no such lines belong to it.
     */
    static PageLine join(
            List<PageLine> lines,
            List<Kind> kinds,
            int i,
            List<PageLine> out,
            boolean[] used,
            Function<String, List<String>> tokens) {
        int above = 0;
        while (above < MAX_LINES_EACH_SIDE && isFragment(lines, kinds, i, i - above - 1, tokens)) {
            int at = i - above - 1;
            if (used[at] || out.size() <= above || out.get(out.size() - 1 - above) != lines.get(at)) {
                break;
            }
            above++;
        }
        int run = 0;
        while (isFragment(lines, kinds, i, i + run + 1, tokens)) {
            run++;
        }
        int after = i + run + 1;
        if (run > 0
                && after < lines.size()
                && (kinds.get(after) == Kind.NAMELESS || kinds.get(after) == Kind.CODE_ONLY)) {
            run--; // the last line is the first half of the next row's label, printed above its nameless code
        }
        List<String> t = new ArrayList<>(tokens.apply(lines.get(i).text()));
        int[] name = nameAt(t);
        String middle = String.join("", t.subList(name[0], name[1]));
        for (int k = Math.min(above, Math.min(run, MAX_LINES_EACH_SIDE)); k >= 1; k--) {
            if (!fits(lines, i, k, middle)) {
                continue;
            }
            StringBuilder label = new StringBuilder();
            for (int u = i - k; u < i; u++) {
                label.append(WrappedRows.text(lines.get(u)));
            }
            label.append(middle);
            for (int u = i + 1; u <= i + k; u++) {
                label.append(WrappedRows.text(lines.get(u)));
                used[u] = true;
            }
            for (int u = 0; u < k; u++) {
                out.remove(out.size() - 1);
            }
            List<String> joined = new ArrayList<>(t.subList(0, name[0]));
            joined.add(label.toString());
            joined.addAll(t.subList(name[1], t.size()));
            return new PageLine(
                    String.join(" ", joined), lines.get(i).page(), lines.get(i).lineNo());
        }
        return null;
    }

    /**
     * Puts the labels wrapped above and below a line of several nameless codes (the halves of a side-by-side
     * table) each into its own half when every wrapped line holds one fragment per half; false (tokens untouched)
     * otherwise.
     */
    static boolean perHalf(List<String> tokens, String above, String below, Function<String, List<String>> split) {
        List<String> a = split.apply(above);
        List<String> b = split.apply(below);
        List<String> probe = new ArrayList<>(tokens);
        List<Integer> at = new ArrayList<>();
        int p;
        while (at.size() < 3 && (p = WrappedRows.namelessCode(probe)) >= 0) {
            at.add(p);
            probe.add(p, "名"); // stands for the name, so that the next nameless code is found after it
        }
        int n = at.size();
        if (n < 2 || a.isEmpty() && b.isEmpty() || !a.isEmpty() && a.size() != n || !b.isEmpty() && b.size() != n) {
            return false;
        }
        for (int h = 0; h < n; h++) {
            probe.set(at.get(h), (a.isEmpty() ? "" : a.get(h)) + (b.isEmpty() ? "" : b.get(h)));
        }
        tokens.clear();
        tokens.addAll(probe);
        return true;
    }

    /** Line j is a single label fragment on the page of line i. */
    private static boolean isFragment(
            List<PageLine> lines, List<Kind> kinds, int i, int j, Function<String, List<String>> tokens) {
        return j >= 0
                && j < lines.size()
                && kinds.get(j) == Kind.TEXT
                && lines.get(j).page() == lines.get(i).page()
                && tokens.apply(lines.get(j).text()).size() == 1;
    }

    /** The k lines above and below line i are as wide as the middle fragment, but the last, which may be shorter. */
    private static boolean fits(List<PageLine> lines, int i, int k, String middle) {
        int w = width(middle);
        for (int u = i - k; u <= i + k; u++) {
            if (u == i) {
                continue;
            }
            int f = width(WrappedRows.text(lines.get(u)));
            boolean last = u == i + k;
            if (last ? f > w + WIDTH_SLACK : Math.abs(f - w) > WIDTH_SLACK) {
                return false;
            }
        }
        return true;
    }

    /** Printed width in half-width units: a Chinese or full-width character counts two. */
    static int width(String s) {
        int w = 0;
        for (int c : CellText.compact(s).codePoints().toArray()) {
            w += c < 0x1100 ? 1 : 2;
        }
        return w;
    }
}
