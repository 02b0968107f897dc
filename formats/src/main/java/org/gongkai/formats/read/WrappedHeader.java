package org.gongkai.formats.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
}
