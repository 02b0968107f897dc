package org.gongkai.formats.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongkai.core.disclosure.SourceRef;
import org.gongkai.core.disclosure.Table.Column;
import org.gongkai.core.disclosure.Table.ColumnType;

/**
 * Gives leaf columns their keys and types: code columns by position, label and amount columns by their
 * cells, keys from the header labels through {@link Vocabulary#COLUMNS}. Two-sided tables (income on the
 * left, expenditure on the right) get {@code income.}/{@code expenditure.} keys.
 */
final class ColumnKeys {
    private ColumnKeys() {}

    private static final List<String> CODE_PART_KEYS = List.of("code.class", "code.section", "code.item");
    private static final Set<String> WEAK = Set.of("name", "code", "total");

    static List<Column> columns(
            List<List<String>> paths,
            List<List<String>> body,
            int codeCols,
            PendingTable meta,
            List<ReadNote> out,
            SourceRef ref) {
        int n = paths.size();
        ColumnType[] types = new ColumnType[n];
        String[] keys = new String[n];
        for (int c = 0; c < n; c++) {
            keys[c] = key(paths.get(c)).orElse("");
            types[c] = c < codeCols ? ColumnType.CODE : typeOf(body, c, keys[c]);
            if (c < codeCols) {
                keys[c] = codeCols == 1 ? "code" : CODE_PART_KEYS.get(Math.min(c, 2));
            }
        }
        paths = new ArrayList<>(paths);
        pairBudgetWithFinal(paths, keys);
        int secondLabel = secondSide(types, codeCols);
        if (secondLabel > 0) {
            sideKeys(keys, types, 0, secondLabel, "income");
            sideKeys(keys, types, secondLabel, n, "expenditure");
        } else {
            boolean labelSeen = false;
            for (int c = codeCols; c < n; c++) {
                if (types[c] == ColumnType.LABEL) {
                    if (!labelSeen && (keys[c].isEmpty() || keys[c].equals("name") || keys[c].equals("code"))) {
                        keys[c] = "name";
                    } else if (labelSeen) {
                        types[c] = ColumnType.TEXT;
                        if (keys[c].isEmpty() || keys[c].equals("name")) {
                            keys[c] = "text";
                        }
                    }
                    labelSeen = true;
                }
            }
        }
        Map<String, Integer> seen = new HashMap<>();
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            String label = String.join("/", paths.get(c));
            String k = keys[c];
            if (k.isEmpty()) {
                k = "col" + (c + 1);
                String what = label.isEmpty() ? "无表头" : "“" + label + "”";
                out.add(new ReadNote(ref, describe(meta) + "第" + (c + 1) + "列" + what + "无法对应到已知的列"));
            }
            int count = seen.merge(k, 1, Integer::sum);
            if (count > 1) {
                k = k + "#" + count;
            }
            columns.add(new Column(k, label, types[c]));
        }
        return columns;
    }

    /**
     * 决算 tables print 预算数 and 决算数 side by side under one heading, the heading over the 预算数 column
     * only: the 决算数 column takes the heading's key, the 预算数 column that key + ".budget".
     */
    private static void pairBudgetWithFinal(List<List<String>> paths, String[] keys) {
        for (int c = 1; c < keys.length; c++) {
            String before = lowest(paths.get(c - 1));
            String here = lowest(paths.get(c));
            // the 决算数 column bears no heading of its own, or the same one as its 预算数 ("公务接待费/决算数")
            boolean bare = keys[c].isEmpty() || keys[c].equals("total") || keys[c].equals(keys[c - 1]);
            if (before.equals("预算数")
                    && here.equals("决算数")
                    && bare
                    && !keys[c - 1].isEmpty()
                    && !keys[c - 1].endsWith(".budget")) {
                keys[c] = keys[c - 1];
                keys[c - 1] = keys[c - 1] + ".budget";
                List<String> heading = new ArrayList<>(paths.get(c - 1));
                String lowest = heading.get(heading.size() - 1);
                heading.set(heading.size() - 1, lowest.substring(0, lowest.lastIndexOf('/') + 1) + "决算数");
                paths.set(c, heading);
            }
        }
    }

    private static String lowest(List<String> path) {
        if (path.isEmpty()) {
            return "";
        }
        String last = path.get(path.size() - 1);
        return CellText.compact(last.substring(last.lastIndexOf('/') + 1));
    }

    static String describe(PendingTable meta) {
        String name = (meta.number + " " + meta.title).trim();
        return name.isEmpty() ? "表格" : "表格“" + name + "”";
    }

    /** The key of a header path: the lowest label that names something, a group's key over a bare 合计. */
    static Optional<String> key(List<String> printedPath) {
        List<String> path = new ArrayList<>();
        for (String p : printedPath) {
            for (String part : p.split("/")) {
                if (!part.isBlank()) {
                    path.add(part);
                }
            }
        }
        String found = null;
        for (int i = path.size() - 1; i >= 0; i--) {
            // a label wrapped over two header lines ("事业单位" / "经营收入") is looked up joined first
            if (i > 0 && found == null) {
                Optional<String> joined = Vocabulary.COLUMNS.key(path.get(i - 1) + path.get(i));
                if (joined.isPresent() && !joined.get().equals("total")) {
                    return joined;
                }
            }
            Optional<String> k = Vocabulary.COLUMNS.key(path.get(i));
            if (k.isEmpty()) {
                continue;
            }
            if (found == null) {
                found = k.get();
                if (!found.equals("total")) {
                    return Optional.of(found);
                }
            } else if (!WEAK.contains(k.get())) {
                return k;
            }
        }
        return Optional.ofNullable(found);
    }

    private static ColumnType typeOf(List<List<String>> body, int c, String key) {
        int amounts = 0;
        int text = 0;
        for (List<String> r : body) {
            String v = r.get(c);
            if (v.isEmpty()) {
                continue;
            }
            if (CellText.isAmount(v)) {
                amounts++;
            } else if (!RowKeys.isTotalLabel(v) || key.equals("name")) {
                text++;
            }
        }
        if (amounts + text == 0) {
            return key.equals("name") ? ColumnType.LABEL : key.equals("code") ? ColumnType.CODE : ColumnType.AMOUNT;
        }
        return text > amounts ? ColumnType.LABEL : ColumnType.AMOUNT;
    }

    /** Start of the expenditure side: a second label column after an amount column, or -1. */
    private static int secondSide(ColumnType[] types, int codeCols) {
        boolean label = false;
        boolean amount = false;
        for (int c = codeCols; c < types.length; c++) {
            if (types[c] == ColumnType.LABEL) {
                if (label && amount) {
                    return c;
                }
                label = true;
            } else if (types[c] == ColumnType.AMOUNT && label) {
                amount = true;
            }
        }
        return -1;
    }

    private static void sideKeys(String[] keys, ColumnType[] types, int from, int to, String side) {
        boolean amountSeen = false;
        int amounts = 0;
        for (int c = from; c < to; c++) {
            amounts += types[c] == ColumnType.AMOUNT ? 1 : 0;
        }
        for (int c = from; c < to; c++) {
            if (types[c] == ColumnType.LABEL) {
                keys[c] = side + ".label";
            } else if (!amountSeen && (keys[c].isEmpty() || WEAK.contains(keys[c]) || keys[c].equals("APPROP"))) {
                keys[c] = side + (side.equals("expenditure") && amounts > 1 ? ".total" : ".amount");
                amountSeen = true;
            } else {
                String k = FUND_BY_SOURCE.getOrDefault(keys[c], keys[c]);
                keys[c] = side + "." + (k.isEmpty() ? "col" + (c + 1) : k);
                amountSeen = true;
            }
        }
    }

    /** On the expenditure side money is split by fund (资金性质), named as {@code FundSource}. */
    private static final Map<String, String> FUND_BY_SOURCE =
            Map.of("GP_APPROP", "GENERAL_BUDGET", "GF_APPROP", "GOVERNMENT_FUND", "SOE_APPROP", "STATE_CAPITAL");
}
