package org.gongkai.formats.read;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.disclosure.SourceRef;

/**
 * A code table printed as two halves side by side (the 决算 基本支出表: 301/303/310 on the left, 302 on
 * the right, each half "编码 | 名称 | 决算数"). Such a table is one list of codes: the right half is read
 * as rows below the left half, so that every code keeps one code, label and amount column.
 */
final class SideBySide {
    private SideBySide() {}

    /** Half the width when both halves start with a code column in the body; 0 when the grid is not such. */
    static int half(List<List<String>> body, int n) {
        if (n < 4 || n % 2 != 0) {
            return 0;
        }
        int half = n / 2;
        int left = 0;
        int right = 0;
        for (List<String> r : body) {
            if (r.size() < n) {
                continue;
            }
            left += isEconomicCode(r.get(0)) ? 1 : 0;
            right += isEconomicCode(r.get(half)) ? 1 : 0;
            if (isMoney(r.get(0)) || isMoney(r.get(half))) {
                return 0;
            }
        }
        return left >= 3 && right >= 3 ? half : 0;
    }

    /** A row of the stacked table and where it was printed. */
    record Stacked(List<String> cells, SourceRef ref) {}

    /**
     * The body with each row's right half moved below the left halves, blank halves dropped, and the
     * classes put in code order (the left half may hold 301 and 303, the right half 302).
     */
    static List<Stacked> stack(List<List<String>> rows, List<SourceRef> refs, int half) {
        List<Stacked> left = new ArrayList<>();
        List<Stacked> right = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            List<String> l = new ArrayList<>(r.subList(0, Math.min(half, r.size())));
            List<String> rr = r.size() > half ? new ArrayList<>(r.subList(half, r.size())) : new ArrayList<>();
            while (rr.size() < half) {
                rr.add("");
            }
            if (l.stream().anyMatch(c -> !c.isEmpty())) {
                left.add(new Stacked(l, refs.get(i)));
            }
            if (rr.stream().anyMatch(c -> !c.isEmpty())) {
                right.add(new Stacked(rr, refs.get(i)));
            }
        }
        left.addAll(right);
        List<String> order = new ArrayList<>();
        String current = "";
        for (Stacked s : left) {
            String code = CellText.compact(s.cells().get(0));
            if (isEconomicCode(code)) {
                current = code.substring(0, 3);
            } else if (!code.isEmpty()) {
                current = "~"; // a total printed in the code column goes after every class
            }
            order.add(current);
        }
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < left.size(); i++) {
            idx.add(i);
        }
        idx.sort(java.util.Comparator.comparing(order::get));
        return idx.stream().map(left::get).toList();
    }

    /** The header keeps its left half (the right half repeats it). */
    static List<List<String>> leftHalf(List<List<String>> header, int half) {
        List<List<String>> out = new ArrayList<>();
        for (List<String> r : header) {
            out.add(new ArrayList<>(r.subList(0, Math.min(half, r.size()))));
        }
        return out;
    }

    private static boolean isMoney(String cell) {
        return CellText.isAmount(cell) && cell.matches(".*[.,].*");
    }

    private static boolean isEconomicCode(String cell) {
        return CellText.compact(cell).matches("[3-5]\\d{2}(\\d{2})?");
    }
}
