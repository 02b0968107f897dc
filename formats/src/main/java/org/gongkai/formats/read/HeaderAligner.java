package org.gongkai.formats.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rebuilds the leaf columns of a multi-row table header from rows of unequal length. A text file lists
 * only the cells that exist, so a cell spanning several columns appears once; the spans are recovered by
 * choosing, for each upper row, the split that best fits the row below (a parent over several columns
 * resembles its children; a single column under a parent is usually blank, the parent merged down).
 */
final class HeaderAligner {
    private HeaderAligner() {}

    private static final Set<String> CODE_PARTS = Set.of("类", "款", "项");
    private static final Set<String> GENERIC = Set.of("合计", "小计", "总计", "支出", "收入", "预算", "项目", "科目");

    /**
     * For each of {@code n} columns, the header labels from top to bottom (blank levels left out).
     *
     * @param headerRows header rows, cleaned cell texts
     * @param codeCols leading columns holding split classification codes (类/款/项), 0 or 1 if joined
     */
    static List<List<String>> leafPaths(List<List<String>> headerRows, int n, int codeCols, boolean[] sideStart) {
        List<List<String>> paths = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            paths.add(new ArrayList<>());
        }
        if (headerRows.isEmpty() || n == 0) {
            return paths;
        }
        List<String> lower = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lower.add(
                    codeCols > 1 && i < Math.min(codeCols, 3)
                            ? List.of("类", "款", "项").get(i)
                            : "");
        }
        boolean synthetic = true;
        for (int r = headerRows.size() - 1; r >= 0; r--) {
            List<String> row = new ArrayList<>(headerRows.get(r));
            if (!synthetic || row.size() > n) {
                while (row.size() > 1 && CellText.isBlank(row.get(row.size() - 1)) && row.size() != n) {
                    row.remove(row.size() - 1);
                }
            }
            if (row.size() > n) {
                row = row.subList(0, n);
            }
            int[] spans = row.size() == n ? ones(n) : align(row, lower, sideStart);
            int col = 0;
            List<String> nextLower = new ArrayList<>(lower);
            for (int p = 0; p < row.size(); p++) {
                String label = row.get(p);
                for (int c = col; c < col + spans[p]; c++) {
                    List<String> path = paths.get(c);
                    if (!label.isEmpty() && (path.isEmpty() || !path.get(0).equals(label))) {
                        path.add(0, label);
                    }
                    if (!label.isEmpty()) {
                        nextLower.set(c, label);
                    }
                }
                col += spans[p];
            }
            lower = nextLower;
            synthetic = false;
        }
        return paths;
    }

    private static int[] ones(int n) {
        int[] s = new int[n];
        java.util.Arrays.fill(s, 1);
        return s;
    }

    /**
     * Spans of the parents over the lower labels, maximising the fit score (dynamic programming). A span
     * starting where the body turns from amounts back to labels (the expenditure side of a two-sided
     * table) is preferred; ties go to even spans.
     */
    static int[] align(List<String> parents, List<String> lower, boolean[] sideStart) {
        int k = parents.size();
        int n = lower.size();
        int neg = Integer.MIN_VALUE / 4;
        int[][] best = new int[k + 1][n + 1];
        int[][] from = new int[k + 1][n + 1];
        for (int[] b : best) {
            java.util.Arrays.fill(b, neg);
        }
        best[0][0] = 0;
        for (int i = 1; i <= k; i++) {
            for (int j = i; j <= n - (k - i); j++) {
                for (int a = i - 1; a < j; a++) {
                    if (best[i - 1][a] == neg) {
                        continue;
                    }
                    int s = best[i - 1][a]
                            + 100 * score(parents.get(i - 1), lower.subList(a, j))
                            + (a > 0 && a < sideStart.length && sideStart[a] ? 150 : 0)
                            - Math.abs((j - a) * k - n);
                    if (s > best[i][j]) {
                        best[i][j] = s;
                        from[i][j] = a;
                    }
                }
            }
        }
        int[] spans = new int[k];
        int j = n;
        for (int i = k; i >= 1; i--) {
            int a = from[i][j];
            spans[i - 1] = j - a;
            j = a;
        }
        return spans;
    }

    private static int score(String parent, List<String> children) {
        if (children.size() == 1) {
            return children.get(0).isEmpty() ? 1 : similar(parent, children.get(0)) ? 1 : 0;
        }
        int similar = 0;
        for (String c : children) {
            if (similar(parent, c)) {
                similar++;
            }
        }
        return similar == 0 ? -1 : similar;
    }

    static boolean similar(String parent, String child) {
        if (CODE_PARTS.contains(child)) {
            return parent.contains("编码") || parent.contains("科目") || parent.contains("代码");
        }
        String p = CellText.compact(parent);
        String c = CellText.compact(child);
        for (int i = 0; i + 2 <= c.length(); i++) {
            String bigram = c.substring(i, i + 2);
            if (CellText.hasHan(bigram) && !GENERIC.contains(bigram) && p.contains(bigram)) {
                return true;
            }
        }
        return false;
    }
}
