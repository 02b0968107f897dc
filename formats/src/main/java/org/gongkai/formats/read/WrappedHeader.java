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
}
