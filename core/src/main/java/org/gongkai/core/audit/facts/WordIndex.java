package org.gongkai.core.audit.facts;

import java.util.List;

/**
 * Finds where any of a fixed list of words occurs in a text in one pass: words are bucketed by a hash of their
 * first two characters, so each place of the text is checked only against the few words that may start there.
 * Occurrences come by place, and at one place in the order of the list.
 */
final class WordIndex {
    private final String[] words;
    /** A power of two, about four per word: few collisions, small enough to build once per document. */
    private final int mask;

    private final int[][] buckets;

    /** Receives an occurrence: the word's position in the list and where it starts. */
    @FunctionalInterface
    interface Hit {
        void at(int word, int start);
    }

    /** @param words each of two characters or more (the bucket is chosen by the first two) */
    WordIndex(List<String> words) {
        this.words = words.toArray(String[]::new);
        int size = Integer.highestOneBit(Math.max(16, this.words.length * 4) - 1) << 1;
        this.mask = size - 1;
        this.buckets = new int[size][];
        int[] counts = new int[size];
        for (String w : this.words) {
            if (w.length() < 2) {
                throw new IllegalArgumentException("词表中的词至少两个字：“" + w + "”");
            }
            counts[hash(w.charAt(0), w.charAt(1))]++;
        }
        int[] fill = new int[size];
        for (int i = 0; i < this.words.length; i++) {
            int h = hash(this.words[i].charAt(0), this.words[i].charAt(1));
            if (buckets[h] == null) {
                buckets[h] = new int[counts[h]];
            }
            buckets[h][fill[h]++] = i;
        }
    }

    /** Every occurrence of every word in {@code text} (overlapping ones too), by place, then list order. */
    void find(String text, Hit hit) {
        for (int p = 0; p + 1 < text.length(); p++) {
            int[] bucket = buckets[hash(text.charAt(p), text.charAt(p + 1))];
            if (bucket == null) {
                continue;
            }
            for (int i : bucket) {
                if (text.startsWith(words[i], p)) {
                    hit.at(i, p);
                }
            }
        }
    }

    private int hash(char a, char b) {
        return (a * 31 + b) & mask;
    }
}
