package org.gongkai.core.audit.facts;

import java.util.Arrays;
import java.util.List;

/**
 * Finds where any of a fixed list of words occurs in a text in one pass: words are bucketed by a hash of their
 * first two characters, so each place of the text is checked only against the few words that may start there.
 * Occurrences come by place; at one place, words of one length come in the order of the list.
 */
final class WordIndex {
    private final String[] words;
    /** A power of two, about four per word: few collisions, small enough to build once per document. */
    private final int mask;

    private final int[][] buckets;
    /** Words of one character, checked at every place (none of the lexicon's, but kept correct). */
    private final int[] single;

    /** Receives an occurrence: the word's position in the list and where it starts. */
    @FunctionalInterface
    interface Hit {
        void at(int word, int start);
    }

    WordIndex(List<String> words) {
        this.words = words.toArray(String[]::new);
        int size = Integer.highestOneBit(Math.max(16, this.words.length * 4) - 1) << 1;
        this.mask = size - 1;
        this.buckets = new int[size][];
        int[] counts = new int[size];
        int singles = 0;
        for (String w : this.words) {
            if (w.length() >= 2) {
                counts[hash(w.charAt(0), w.charAt(1))]++;
            } else if (w.length() == 1) {
                singles++;
            }
        }
        int[] fill = new int[size];
        int[] one = new int[singles];
        int s = 0;
        for (int i = 0; i < this.words.length; i++) {
            String w = this.words[i];
            if (w.length() >= 2) {
                int h = hash(w.charAt(0), w.charAt(1));
                if (buckets[h] == null) {
                    buckets[h] = new int[counts[h]];
                }
                buckets[h][fill[h]++] = i;
            } else if (w.length() == 1) {
                one[s++] = i;
            }
        }
        this.single = one;
    }

    /** Every occurrence of every word in {@code text} (overlapping ones too), by place, then list order. */
    void find(String text, Hit hit) {
        int n = text.length();
        for (int p = 0; p < n; p++) {
            if (single.length > 0) {
                findSingle(text, p, hit);
            }
            if (p + 1 >= n) {
                break;
            }
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

    private void findSingle(String text, int p, Hit hit) {
        for (int i : single) {
            if (text.charAt(p) == words[i].charAt(0)) {
                hit.at(i, p);
            }
        }
    }

    private int hash(char a, char b) {
        return (a * 31 + b) & mask;
    }

    @Override
    public String toString() {
        return "WordIndex" + Arrays.toString(words);
    }
}
