package org.gongkai.formats.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.disclosure.SourceRef;
import org.gongkai.core.disclosure.Table.Column;
import org.gongkai.core.disclosure.Table.ColumnType;
import org.gongkai.core.disclosure.Table.Row;

/**
 * Gives body rows their keys and types. A key is a classification code (split 类/款/项 cells joined, or a
 * code leading the label) or a fixed key from the row label; 合计/总计 rows are totals, 小计 subtotals.
 * Blank padding rows are dropped; every row with a non-blank cell is kept.
 */
final class RowKeys {
    private RowKeys() {}

    // a joined code (2010504) or one printed in groups (201 05 04, 301 01) as some layouts do in one cell
    private static final Pattern LEADING_CODE = Pattern.compile(
            "^([1-9]\\d{2}(?:[ \\u3000]+\\d{2}){1,2}|[1-9]\\d{2}(?:\\d{2}){0,2})[\\s\\u3000]*([^\\d\\s\\u3000].*)$");

    private static final Pattern GROUP_BEFORE_NAME =
            Pattern.compile("^[\\s\\u3000]*(\\d{2})[\\s\\u3000]+(\\p{IsHan}.*)$");

    static List<Row> rows(
            List<Column> columns,
            List<List<String>> body,
            List<SourceRef> refs,
            int codeCols,
            PendingTable meta,
            List<ReadNote> out) {
        List<Row> rows = new ArrayList<>();
        List<String> previousParts = List.of();
        List<Integer> labels = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).type() == ColumnType.LABEL || columns.get(c).type() == ColumnType.TEXT) {
                labels.add(c);
            }
        }
        for (int i = 0; i < body.size(); i++) {
            List<String> cells = body.get(i);
            if (cells.stream().allMatch(c -> c.isEmpty() || isPlaceholder(c))) {
                continue; // blank padding, or a template's "…" row standing for rows still to be filled in
            }
            List<String> parts = new ArrayList<>(cells.subList(0, codeCols));
            parts.replaceAll(p -> isPlaceholder(p) ? "" : p);
            boolean totalInCodes = parts.stream().anyMatch(RowKeys::isTotalLabel);
            String partTotal =
                    parts.stream().filter(RowKeys::isPartTotalLabel).findFirst().orElse("");
            if (totalInCodes || !partTotal.isEmpty()) {
                parts.replaceAll(p -> "");
            }
            if (codeCols > 1 && parts.get(0).isEmpty() && parts.stream().anyMatch(p -> !p.isEmpty())) {
                for (int p = 0;
                        p < parts.size()
                                && p < previousParts.size()
                                && parts.get(p).isEmpty();
                        p++) {
                    parts.set(p, previousParts.get(p));
                }
            }
            String code = joinCode(parts);
            if (codeCols == 1 && (code.length() == 3 || code.length() == 5) && !labels.isEmpty()) {
                // the 款/项 digits printed at the start of the name cell (a sub-header the layout merged into
                // the name column): "301" | "01 基本工资" is 30101 基本工资
                Matcher m = GROUP_BEFORE_NAME.matcher(cells.get(labels.get(0)));
                if (m.matches()) {
                    code += m.group(1);
                    cells = new ArrayList<>(cells);
                    cells.set(labels.get(0), m.group(2));
                    cells.set(0, code);
                }
            }
            if (!code.isEmpty()) {
                previousParts = parts;
                if (!(code.length() == 3 || code.length() == 5 || code.length() == 7)) {
                    out.add(new ReadNote(refs.get(i), ColumnKeys.describe(meta) + "的科目编码“" + code + "”位数异常"));
                }
            }
            Row.Type type = Row.Type.DATA;
            for (int c : labels) {
                Row.Type t = typeOf(cells.get(c));
                if (t != Row.Type.DATA) {
                    type = t;
                    break;
                }
            }
            if (totalInCodes) {
                type = Row.Type.TOTAL;
            }
            String key = code;
            if (totalInCodes) {
                key = "total";
            } else if (twoSided(columns)) {
                key = sideKey(cells, columns, "income.label") + "|" + sideKey(cells, columns, "expenditure.label");
            } else if (!partTotal.isEmpty()) {
                key = Vocabulary.ROWS.key(partTotal).orElse("");
            } else if (key.isEmpty()) {
                key = keyOfLabels(cells, labels);
            }
            if (key.isEmpty() && labels.isEmpty() && columns.stream().anyMatch(c -> THREE_PUBLIC.contains(c.key()))) {
                key = "budget";
            }
            rows.add(new Row(key, type, cells, refs.get(i)));
        }
        return markSubtotals(rows);
    }

    /** An ellipsis or dot run a template prints where more rows are to come: "…", "……", "..." . */
    static boolean isPlaceholder(String cell) {
        return CellText.compact(cell).matches("[…．.·⋯]+");
    }

    private static final java.util.Set<String> THREE_PUBLIC =
            java.util.Set.of("ABROAD", "RECEPTION", "vehicles", "VEHICLE_PURCHASE", "VEHICLE_OPERATION");

    private static boolean twoSided(List<Column> columns) {
        return columns.stream().anyMatch(c -> c.key().equals("expenditure.label"));
    }

    /** The key of one side of a two-sided row: "total" for its total, else the code or fixed key. */
    private static String sideKey(List<String> cells, List<Column> columns, String labelKey) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).key().equals(labelKey)) {
                String label = cells.get(c);
                if (label.isEmpty()) {
                    return "";
                }
                String n = Vocabulary.normalize(label);
                if (n.endsWith("总计")) {
                    return "total";
                }
                if (isTotalLabel(label)) {
                    return "subtotal";
                }
                if (n.equals("结转下年") || n.startsWith("年末结转")) {
                    return "CARRY_FORWARD";
                }
                return keyOfLabels(cells, List.of(c));
            }
        }
        return "";
    }

    /** A coded row with rows of longer codes under it (类 over 款, 款 over 项) sums them: a subtotal. */
    static List<Row> markSubtotals(List<Row> rows) {
        List<Row> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            boolean parent = r.type() == Row.Type.DATA
                    && r.key().matches("\\d{3,5}")
                    && rows.stream()
                            .anyMatch(o -> o.key().length() > r.key().length()
                                    && o.key().startsWith(r.key()));
            out.add(parent ? new Row(r.key(), Row.Type.SUBTOTAL, r.cells(), r.ref()) : r);
        }
        return out;
    }

    private static String keyOfLabels(List<String> cells, List<Integer> labels) {
        for (int c : labels) {
            String label = cells.get(c);
            if (label.isEmpty()) {
                continue;
            }
            Optional<String> code = leadingCode(label);
            if (code.isPresent()) {
                return code.get();
            }
            Optional<String> k = Vocabulary.ROWS.key(label).or(() -> Vocabulary.COLUMNS.key(label));
            if (k.isPresent() && !k.get().equals("name")) {
                return k.get();
            }
        }
        return "";
    }

    static Row.Type typeOf(String label) {
        String c = Vocabulary.normalize(label);
        if (c.contains("小计")) {
            return Row.Type.SUBTOTAL;
        }
        return isTotalLabel(label) ? Row.Type.TOTAL : Row.Type.DATA;
    }

    /** A total of one part printed in the code column: "人员经费合计", "公用经费合计". */
    static boolean isPartTotalLabel(String label) {
        String c = Vocabulary.normalize(label);
        return c.length() > 2
                && c.endsWith("合计")
                && CellText.hasHan(c.substring(0, c.length() - 2))
                && !isTotalLabel(c);
    }

    static boolean isTotalLabel(String label) {
        String c = Vocabulary.normalize(label);
        return c.equals("合计")
                || c.equals("总计")
                || c.endsWith("总计")
                || c.equals("本年收入合计")
                || c.equals("本年支出合计")
                || c.equals("收入合计")
                || c.equals("支出合计");
    }

    /**
     * A classification code printed before the label: "201 一般公共服务支出", "210卫生健康支出", also in
     * groups: "301 01基本工资" → 30101.
     */
    static Optional<String> leadingCode(String label) {
        Matcher m = LEADING_CODE.matcher(CellText.trim(label));
        return m.matches() && CellText.hasHan(m.group(2))
                ? Optional.of(CellText.compact(m.group(1)))
                : Optional.empty();
    }

    /**
     * Joins split code cells into one code: 201|05|04 → 2010504, 201|20105 → 20105. The department
     * economic classification prints its 款 as the last digit of the 类 followed by the two-digit 款
     * (302|211 → 30211), so a three-digit part that repeats that digit contributes its last two digits.
     */
    static String joinCode(List<String> parts) {
        String acc = "";
        for (String raw : parts) {
            String p = CellText.compact(raw);
            if (p.isEmpty()) {
                continue;
            }
            if (acc.isEmpty() || (p.startsWith(acc) && p.length() > acc.length())) {
                acc = p;
            } else if (acc.length() == 3 && p.length() == 3 && p.charAt(0) == acc.charAt(acc.length() - 1)) {
                acc += p.substring(1);
            } else {
                acc += p;
            }
        }
        return acc;
    }
}
