package org.gongkai.formats.read;

import java.util.ArrayList;
import java.util.List;

/** The order-preserving ways to put k values into n columns, leftmost first. */
final class Placements {
    private Placements() {}

    /** Every increasing choice of k column positions out of n, in lexicographic order. */
    static List<int[]> of(int k, int n) {
        List<int[]> out = new ArrayList<>();
        if (k < 0 || k > n) {
            return out;
        }
        int[] pick = new int[k];
        for (int i = 0; i < k; i++) {
            pick[i] = i;
        }
        while (true) {
            out.add(pick.clone());
            int i = k - 1;
            while (i >= 0 && pick[i] == n - k + i) {
                i--;
            }
            if (i < 0) {
                return out;
            }
            pick[i]++;
            for (int j = i + 1; j < k; j++) {
                pick[j] = pick[j - 1] + 1;
            }
        }
    }
}
