package org.gongkai.formats.read;

import java.util.ArrayList;
import java.util.List;

/** The cells of one page-text row of a code table: its halves, leading codes and their padding. */
final class SpacedCells {
    private SpacedCells() {}

    static List<List<String>> halves(List<String> cells) {
        int at = cells.indexOf(SpacedLayout.HALF);
        if (at < 0) {
            return List.of(cells);
        }
        return List.of(cells.subList(0, at), cells.subList(at + 1, cells.size()));
    }

    /** The class (first three digits) of a half's leading code, or "". */
    static String codeClass(List<String> cells) {
        return leadingCodes(cells) > 0 && cells.get(0).length() >= 3
                ? cells.get(0).substring(0, 3)
                : "";
    }

    static int leadingCodes(List<String> cells) {
        int k = 0;
        while (k < cells.size() && cells.get(k).matches("\\d{2,7}")) {
            k++;
        }
        return k;
    }

    /** The cells with their leading codes padded to {@code codes} code columns. */
    static List<String> padCodes(List<String> cells, int codes) {
        int k = leadingCodes(cells);
        List<String> row = new ArrayList<>(cells.subList(0, k));
        while (row.size() < codes) {
            row.add("");
        }
        if (k > 0 && k < cells.size() && CellText.isAmount(cells.get(k))) {
            row.add(""); // a coded row whose name was lost: its amounts stay under the amount columns
        }
        row.addAll(cells.subList(k, cells.size()));
        return row;
    }

    /** A row of a side-by-side table without codes on its second half: the second name starts it. */
    static List<List<String>> splitAtSecondName(List<String> cells) {
        boolean amountSeen = false;
        for (int i = leadingCodes(cells); i < cells.size(); i++) {
            String c = cells.get(i);
            if (CellText.isAmount(c)) {
                amountSeen = true;
            } else if (amountSeen && CellText.hasHan(c)) {
                return List.of(cells.subList(0, i), cells.subList(i, cells.size()));
            }
        }
        return List.of(cells);
    }

    /**
     * The cells of a total row without the column labels printed on its line ({@code 合计 0 2002.80 合计 基本支出 项目支出
     * 0}: the template puts the sub-header of a column group on the total row's line). Those words are no cells of
     * the row; its amounts are then fewer than its columns, for the assembler to place (or mark uncertain).
     */
    static List<String> withoutColumnLabels(List<String> cells) {
        if (cells.isEmpty() || !RowKeys.isTotalLabel(CellText.trim(cells.get(0)))) {
            return cells;
        }
        List<String> out = new ArrayList<>(cells.subList(0, 1));
        for (String c : cells.subList(1, cells.size())) {
            if (!isColumnLabels(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Two or more words, each the label of an amount column ("合计 基本支出 项目支出"). */
    private static boolean isColumnLabels(String cell) {
        String[] words = CellText.trim(cell).split("[\\s\\u3000]+");
        if (words.length < 2) {
            return false;
        }
        for (String w : words) {
            boolean amountColumn = Vocabulary.COLUMNS
                    .key(w)
                    .filter(k -> !k.equals("name") && !k.equals("code"))
                    .isPresent();
            if (!amountColumn) {
                return false;
            }
        }
        return true;
    }

    static List<String> codeLabels(int codes) {
        return List.of("类", "款", "项").subList(0, Math.min(codes, 3));
    }
}
