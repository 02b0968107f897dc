package org.gongkai.formats.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.gongkai.core.disclosure.SourceRef;
import org.gongkai.formats.read.AlignedLayout.PageLine;

/**
 * The goals of a target table in page text joined by single spaces: one goal cell under its label, or two side
 * by side (项目总目标 | 年度总体目标) whose wrapped lines come out interleaved. Two columns are told apart by
 * the width of their lines: every line of a wrapped cell but its last is as wide as the cell. When exactly one
 * split fits, the wider column is the one whose label comes first (the left one); otherwise the texts are read
 * together as the 年度目标 and a note says so.
 */
final class SpacedGoals {
    private SpacedGoals() {}

    /** Vertical captions left of the goals ("项目" / "绩效" / "目标"). */
    private static final Set<String> CAPTIONS = Set.of("项目", "绩效", "目标", "绩效目标", "项目绩效目标");

    private static final Pattern YEAR_RANGE = Pattern.compile("[（(]\\d{4}年?[-－—~至]\\d{4}年?[）)]");
    /** More lines than this are not searched for a split (2^n assignments). */
    private static final int MAX_LINES = 16;

    static void read(
            List<PageLine> lines,
            Set<String> labels,
            List<List<String>> rows,
            List<SourceRef> refs,
            List<String> notes) {
        if (lines.isEmpty()) {
            return;
        }
        List<String> names = new ArrayList<>();
        int at = 0;
        for (; at < lines.size(); at++) {
            List<String> tokens = SpacedTargets.words(lines.get(at).text());
            if (!tokens.isEmpty() && tokens.stream().allMatch(t -> labels.contains(CellText.compact(t)))) {
                tokens.forEach(t -> names.add(CellText.compact(t)));
            } else if (!YEAR_RANGE
                    .matcher(CellText.compact(lines.get(at).text()))
                    .matches()) {
                break;
            }
        }
        List<List<String>> texts = new ArrayList<>();
        for (PageLine line : lines.subList(at, lines.size())) {
            List<String> tokens = new ArrayList<>(SpacedTargets.words(line.text()));
            while (!tokens.isEmpty() && CAPTIONS.contains(CellText.compact(tokens.get(0)))) {
                tokens.remove(0);
            }
            if (!tokens.isEmpty()) {
                texts.add(tokens);
            }
        }
        SourceRef ref = lines.get(0).ref();
        String all = String.join("", texts.stream().map(t -> String.join("", t)).toList());
        if (names.size() == 1) {
            add(rows, refs, names.get(0), all, ref);
            return;
        }
        List<String> split = names.size() == 2 ? split(texts) : null;
        if (split != null) {
            add(rows, refs, names.get(0), split.get(0), ref);
            add(rows, refs, names.get(1), split.get(1), ref);
            return;
        }
        String annual =
                names.stream().filter(n -> n.startsWith("年度")).findFirst().orElse("年度目标");
        add(rows, refs, annual, all, ref);
        if (!all.isEmpty()) {
            notes.add("第" + lines.get(0).lineNo() + "行起" + String.join("、", names) + "并排印出，页面文字无法分开，" + annual
                    + "按二者合并读取");
        }
    }

    private static void add(List<List<String>> rows, List<SourceRef> refs, String label, String text, SourceRef ref) {
        rows.add(List.of(label, text));
        refs.add(ref);
    }

    /** The texts of the wider and the narrower column when exactly one split of the lines fits; else null. */
    static List<String> split(List<List<String>> lines) {
        int n = lines.size();
        if (n < 2 || n > MAX_LINES || lines.stream().anyMatch(l -> l.size() != 1)) {
            return null;
        }
        int[] width = new int[n];
        for (int i = 0; i < n; i++) {
            width[i] = width(lines.get(i).get(0));
        }
        int found = -1;
        for (int mask = 0; mask < 1 << (n - 1); mask++) {
            int m = mask << 1; // the first line is in column 0
            if (fits(width, m, 0) && fits(width, m, 1)) {
                if (found >= 0) {
                    return null;
                }
                found = m;
            }
        }
        if (found < 0) {
            return null;
        }
        StringBuilder[] cols = {new StringBuilder(), new StringBuilder()};
        int[] first = {-1, -1};
        for (int i = 0; i < n; i++) {
            int c = (found >> i) & 1;
            cols[c].append(lines.get(i).get(0));
            if (first[c] < 0) {
                first[c] = width[i];
            }
        }
        if (Math.abs(first[0] - first[1]) <= 1) {
            return null; // equally wide: which is left cannot be told
        }
        int wide = first[0] > first[1] ? 0 : 1;
        return List.of(cols[wide].toString(), cols[1 - wide].toString());
    }

    /** True when the lines of column c are those of one wrapped cell: equally wide but for a shorter last line. */
    private static boolean fits(int[] width, int mask, int c) {
        int full = -1;
        int last = -1;
        for (int i = 0; i < width.length; i++) {
            if (((mask >> i) & 1) != c) {
                continue;
            }
            if (last >= 0 && Math.abs(width[last] - (full < 0 ? width[last] : full)) > 1) {
                return false; // the line before this one was not full
            }
            if (full < 0) {
                full = width[i];
            }
            last = i;
        }
        return last >= 0 && width[last] <= full + 1;
    }

    /** Printed width: two for a Chinese or full-width character, one for others. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            w += ch >= 0x2E80 || (ch >= 0xFF00 && ch <= 0xFFEF) ? 2 : 1;
        }
        return w;
    }
}
