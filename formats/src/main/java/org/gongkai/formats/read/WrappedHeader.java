package org.gongkai.formats.read;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A header column whose label wraps over two lines is printed by a page text as one word above and one
 * below the main header line ({@code 事业单位 / 功能分类科目名称 合计 财政拨款收入 事业收入 其他收入 / 经营收入}).
 * Such a pair, when it joins to a known column label, becomes a column of the main line, placed by the
 * usual order of the columns ({@code column-keys.tsv}).
 */
final class WrappedHeader {
    private WrappedHeader() {}

    /** The main header line's words with the wrapped columns put in. */
    static List<String> withWrappedColumns(List<List<String>> lines, int main) {
        List<String> out = new ArrayList<>(lines.get(main));
        boolean[] used = new boolean[lines.size()];
        for (int a = 0; a < main; a++) {
            for (int b = main + 1; b < lines.size() && lines.get(a).size() == 1 && !used[a]; b++) {
                if (used[b] || lines.get(b).size() != 1) {
                    continue;
                }
                String label = lines.get(a).get(0) + lines.get(b).get(0);
                Optional<String> key = Vocabulary.COLUMNS.key(label);
                if (key.isEmpty() || key.get().equals("name") || key.get().equals("code") || present(out, key.get())) {
                    continue;
                }
                out.add(position(out, key.get()), label);
                used[a] = true;
                used[b] = true;
            }
        }
        return out;
    }

    private static boolean present(List<String> words, String key) {
        return words.stream()
                .anyMatch(w -> Vocabulary.COLUMNS.key(w).filter(key::equals).isPresent());
    }

    /** After the last known column that usually comes before it; at the end when none does. */
    private static int position(List<String> words, String key) {
        int order = Vocabulary.COLUMNS.order(key);
        int at = words.size();
        int lastBefore = -1;
        for (int i = 0; i < words.size(); i++) {
            Optional<String> k = Vocabulary.COLUMNS.key(words.get(i));
            if (k.isPresent()
                    && !k.get().equals("name")
                    && !k.get().equals("code")
                    && !k.get().equals("total")) {
                if (Vocabulary.COLUMNS.order(k.get()) < order) {
                    lastBefore = i;
                }
            }
        }
        return lastBefore >= 0 ? lastBefore + 1 : at;
    }

    /**
     * The leaf labels of a header printed over several lines when no single line covers the body
     * ({@code 合计 因公出国(境)费 公务接待费 / 小计 购置费 运行费} under a group title {@code
     * 公务用车购置及运行费}, and {@code 机关运行经费预算 / 数} wrapped): every line of several known labels in
     * reading order, then the wrapped pairs; a "小计" takes the group title above it. Empty unless the
     * count is {@code width}.
     */
    static Optional<List<String>> leaves(List<List<String>> lines, int width) {
        List<String> leaves = new ArrayList<>();
        List<String> singles = new ArrayList<>();
        for (List<String> l : lines) {
            if (l.size() >= 2
                    && l.stream().allMatch(w -> Vocabulary.COLUMNS.key(w).isPresent())) {
                leaves.addAll(l);
            } else if (l.size() == 1) {
                singles.add(l.get(0));
            }
        }
        boolean[] used = new boolean[singles.size()];
        List<String> pairs = new ArrayList<>();
        for (int b = 0; b < singles.size(); b++) {
            if (Vocabulary.COLUMNS.key(singles.get(b)).isPresent()) {
                continue;
            }
            for (int a = b - 1; a >= 0; a--) {
                if (!used[a]
                        && Vocabulary.COLUMNS
                                .key(singles.get(a) + singles.get(b))
                                .isPresent()) {
                    pairs.add(singles.get(a) + singles.get(b));
                    used[a] = true;
                    used[b] = true;
                    break;
                }
            }
        }
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < singles.size(); i++) {
            if (!used[i]
                    && Vocabulary.COLUMNS
                            .key(singles.get(i))
                            .filter(k -> !k.equals("total"))
                            .isPresent()) {
                groups.add(singles.get(i));
            }
        }
        for (int i = 0; i < leaves.size() && !groups.isEmpty(); i++) {
            if (CellText.compact(leaves.get(i)).equals("小计")) {
                leaves.set(i, groups.remove(0) + "/" + leaves.get(i));
            }
        }
        leaves.addAll(pairs);
        return leaves.size() == width ? Optional.of(leaves) : Optional.empty();
    }

    private static final String BUDGET = "预算数";
    private static final String FINAL = "决算数";

    /**
     * The header of a 决算 table that prints 预算数 and 决算数 under every heading (the 财政拨款“三公”经费支出决算表): the
     * lowest line is "预算数 决算数" repeated, and the headings stand above it, wrapped over several lines in an order
     * a page text does not keep ({@code 因公出国 / 合计 公务用车 公务用车 公务接待费 / （境）费 小计 / 购置费 运行维护费}).
     * Each heading is a known label, or two pieces on different lines that join to one; "小计" is the column of
     * the group title printed alone on its line. When every heading comes out once and their number is that of
     * the pairs, they are put in the usual order of the columns ({@code column-keys.tsv}), 合计 first, and each
     * gives "heading/预算数", "heading/决算数". Empty otherwise.
     */
    static Optional<List<String>> pairedLeaves(List<List<String>> above, List<String> pairLine) {
        if (!isPairLine(pairLine)) {
            return Optional.empty();
        }
        Map<String, String> labelByKey = new LinkedHashMap<>();
        List<String> alone = new ArrayList<>();
        boolean total = false;
        boolean subtotal = false;
        Set<String> used = new HashSet<>();
        for (int li = 0; li < above.size(); li++) {
            List<String> line = above.get(li);
            for (int ti = 0; ti < line.size(); ti++) {
                if (used.contains(li + ":" + ti)) {
                    continue;
                }
                String word = CellText.compact(line.get(ti));
                if (word.equals("小计")) {
                    subtotal = true;
                    continue;
                }
                Optional<String> key = Vocabulary.COLUMNS.key(word);
                String label = word;
                if (key.isEmpty()) {
                    String[] joined = joinBelow(above, li, word, used);
                    if (joined == null) {
                        continue; // a title over the whole table ("财政拨款“三公”经费")
                    }
                    key = Optional.of(joined[0]);
                    label = joined[1];
                } else if (line.size() == 1) {
                    alone.add(key.get());
                }
                String k = key.get();
                if (k.equals("name") || k.equals("code")) {
                    return Optional.empty();
                }
                if (k.equals("total")) {
                    if (total) {
                        return Optional.empty();
                    }
                    total = true;
                    continue;
                }
                if (labelByKey.putIfAbsent(k, label) != null) {
                    return Optional.empty();
                }
            }
        }
        if (subtotal) {
            if (alone.size() != 1) {
                return Optional.empty();
            }
            labelByKey.computeIfPresent(alone.get(0), (k, v) -> v + "/小计");
        }
        if ((total ? 1 : 0) + labelByKey.size() != pairLine.size() / 2) {
            return Optional.empty();
        }
        List<String> keys = new ArrayList<>(labelByKey.keySet());
        keys.sort(java.util.Comparator.comparingInt(Vocabulary.COLUMNS::order));
        List<String> headings = new ArrayList<>();
        if (total) {
            headings.add("合计");
        }
        keys.forEach(k -> headings.add(labelByKey.get(k)));
        List<String> out = new ArrayList<>();
        for (String h : headings) {
            out.add(h + "/" + BUDGET);
            out.add(h + "/" + FINAL);
        }
        return Optional.of(out);
    }

    /** "预算数 决算数" once or more. */
    static boolean isPairLine(List<String> line) {
        if (line.size() < 2 || line.size() % 2 != 0) {
            return false;
        }
        for (int i = 0; i < line.size(); i++) {
            if (!CellText.compact(line.get(i)).equals(i % 2 == 0 ? BUDGET : FINAL)) {
                return false;
            }
        }
        return true;
    }

    /** A piece joined with the first unused word of a later line into a known label: {key, label}, or null. */
    private static String[] joinBelow(List<List<String>> lines, int from, String piece, Set<String> used) {
        for (int lj = from + 1; lj < lines.size(); lj++) {
            List<String> line = lines.get(lj);
            for (int tj = 0; tj < line.size(); tj++) {
                if (used.contains(lj + ":" + tj)) {
                    continue;
                }
                String label = piece + CellText.compact(line.get(tj));
                Optional<String> key = Vocabulary.COLUMNS.key(label);
                if (key.isPresent()
                        && !key.get().equals("total")
                        && !key.get().equals("name")
                        && !key.get().equals("code")) {
                    used.add(lj + ":" + tj);
                    return new String[] {key.get(), label};
                }
            }
        }
        return null;
    }
}
