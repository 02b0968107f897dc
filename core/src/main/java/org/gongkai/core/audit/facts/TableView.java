package org.gongkai.core.audit.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.amount.Amount;
import org.gongkai.core.audit.Location;
import org.gongkai.core.disclosure.Table;

/**
 * A displayed table read through the template vocabulary: its kind, unit, the role of every amount
 * column, and every row's classification code, name and side labels. Works from keys when a reader or
 * the derivation set them and falls back to header and row labels when they are empty.
 *
 * <p>Two-sided tables (表一, 表四) have one side per label column followed by amount columns: the income
 * side and the expenditure side share physical rows.
 */
public final class TableView {
    private static final Pattern LEADING_CODE = Pattern.compile("^(\\d{3}(?:\\d{2}){0,2})(?!\\d)\\s*(.*)$");
    private static final Pattern CODE_THEN_NAME = Pattern.compile("^(\\d{3,7})(?=\\D)");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,7}");

    private final Table table;
    private final TableKind kind;
    private final MoneyUnit unit;
    private final List<Side> sides = new ArrayList<>();
    private final List<Integer> codeColumns = new ArrayList<>();
    private final List<ViewRow> rows = new ArrayList<>();
    private Amount step;
    private final java.util.Map<Integer, String[]> sideKeys = new java.util.HashMap<>();
    /** Parsed cells [row][column], filled on first use: many rules read the same cells of one view. */
    private final Optional<Figure>[][] figures;

    private final Amount[][] amounts;
    private String name;
    private final String[] columnLabels;
    /** True when some column is the 预算数 of a 预算数/决算数 pair: most tables have none, and skip the lookups. */
    private final boolean hasBudgetColumns;

    /**
     * One side of a table: the label column (or -1) and its amount columns by role.
     *
     * @param roles role → column index, in column order; an unrecognised amount column gets role "#i"
     */
    public record Side(int labelColumn, Map<String, Integer> roles) {}

    /**
     * A body row as the rules see it.
     *
     * @param code classification code (3, 5 or 7 digits) or ""
     * @param name the row name (first non-blank label of side 0)
     * @param labels the label of every side (cleaned of spaces)
     * @param total true for 合计/总计 rows
     */
    public record ViewRow(int index, Table.Row row, String code, String name, List<String> labels, boolean total) {
        /** "30201 办公费", "合计". */
        public String describe() {
            return code.isEmpty() ? name : (name.isEmpty() ? code : code + " " + name);
        }

        public String label(int side) {
            return side < labels.size() ? labels.get(side) : "";
        }
    }

    public TableView(Table table) {
        this.table = table;
        this.kind = TableKind.of(table).orElse(null);
        this.unit = MoneyUnit.fromLabel(table.unitLabel()).orElse(MoneyUnit.WAN);
        classifyColumns();
        for (int i = 0; i < table.rows().size(); i++) {
            rows.add(viewRow(i, table.rows().get(i)));
        }
        @SuppressWarnings("unchecked")
        Optional<Figure>[][] cells = new Optional[rows.size()][table.columns().size()];
        this.figures = cells;
        this.amounts = new Amount[rows.size()][table.columns().size()];
        this.columnLabels = new String[table.columns().size()];
        this.hasBudgetColumns = table.columns().stream().anyMatch(c -> c.key().endsWith(ColumnRole.BUDGET_SUFFIX));
    }

    public Table table() {
        return table;
    }

    public Optional<TableKind> kind() {
        return Optional.ofNullable(kind);
    }

    public MoneyUnit unit() {
        return unit;
    }

    public List<Side> sides() {
        return sides;
    }

    public List<ViewRow> rows() {
        return rows;
    }

    /** "表六 一般公共预算基本支出情况表". */
    public String name() {
        if (name == null) {
            name = computeName();
        }
        return name;
    }

    private String computeName() {
        String number = Numbers.clean(table.number()).replace("：", "").replace(":", "");
        String title = Numbers.clean(table.title());
        if (title.isEmpty() && kind != null) {
            title = kind.usualTitle();
        }
        return number.isEmpty() ? title : number + " " + title;
    }

    /**
     * The key of a row on a side of a two-sided table: from the row key "left|right" when the template
     * set it, else from the side's label (income keys on side 0, 类 codes and totals on side 1).
     */
    public String sideKey(ViewRow row, int side) {
        String[] keys = sideKeys.computeIfAbsent(row.index(), i -> new String[sides.size()]);
        if (side >= keys.length) {
            return "";
        }
        if (keys[side] == null) {
            keys[side] = computeSideKey(row, side);
        }
        return keys[side];
    }

    private String computeSideKey(ViewRow row, int side) {
        String key = row.row().key();
        int bar = key.indexOf('|');
        if (bar >= 0) {
            String part = side == 0 ? key.substring(0, bar) : key.substring(bar + 1);
            if (!part.isEmpty()) {
                if (side == 0) {
                    return switch (part) {
                        case "APPROP" -> RowRole.FIN_APPROP;
                        case "total" -> RowRole.INCOME_TOTAL;
                        case "subtotal" -> RowRole.INCOME_SUBTOTAL;
                        default -> part;
                    };
                }
                return switch (part) {
                    case "total" -> RowRole.EXPENSE_TOTAL;
                    case "subtotal" -> RowRole.EXPENSE_SUBTOTAL;
                    default -> part;
                };
            }
        }
        return side == 0 ? RowRole.income(row.label(0)) : RowRole.expense(row.label(side));
    }

    /** The column index of a role on a side, if the table has it. */
    public Optional<Integer> column(int side, String role) {
        return side < sides.size() ? Optional.ofNullable(sides.get(side).roles().get(role)) : Optional.empty();
    }

    /** The column index of a role on the first side that has it. */
    public Optional<Integer> column(String role) {
        for (Side s : sides) {
            Integer i = s.roles().get(role);
            if (i != null) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /**
     * The 预算数 column a 决算 table prints beside an amount column under the same heading (key {@code
     * <key>.budget}, docs/table-keys.md: 公务接待费 预算数 | 决算数), if the table has one.
     */
    public Optional<Integer> budgetColumn(int column) {
        if (!hasBudgetColumns || column < 0 || column >= table.columns().size()) {
            return Optional.empty();
        }
        String key = table.columns().get(column).key();
        if (key.isEmpty() || key.endsWith(ColumnRole.BUDGET_SUFFIX)) {
            return Optional.empty();
        }
        OptionalInt twin = table.columnIndex(key + ColumnRole.BUDGET_SUFFIX);
        return twin.isPresent() ? Optional.of(twin.getAsInt()) : Optional.empty();
    }

    /** The role of the amount column whose 预算数 a {@code <key>.budget} column prints; "" for any other column. */
    public String budgetOf(int column) {
        String key = table.columns().get(column).key();
        if (!key.endsWith(ColumnRole.BUDGET_SUFFIX)) {
            return "";
        }
        OptionalInt plain = table.columnIndex(key.substring(0, key.length() - ColumnRole.BUDGET_SUFFIX.length()));
        if (plain.isEmpty()) {
            return "";
        }
        for (Side s : sides) {
            for (Map.Entry<String, Integer> e : s.roles().entrySet()) {
                if (e.getValue() == plain.getAsInt() && !e.getKey().startsWith("#")) {
                    return e.getKey();
                }
            }
        }
        return "";
    }

    public String columnLabel(int column) {
        String cached = columnLabels[column];
        if (cached == null) {
            String label = Numbers.clean(table.columns().get(column).label());
            cached = label.isEmpty() ? table.columns().get(column).key() : label;
            columnLabels[column] = cached;
        }
        return cached;
    }

    /** The figure a cell shows; empty when blank or not a number. */
    public Optional<Figure> figure(ViewRow row, int column) {
        if (!isCached(row, column)) {
            return parse(row, column);
        }
        Optional<Figure> f = figures[row.index()][column];
        if (f == null) {
            f = parse(row, column);
            figures[row.index()][column] = f;
        }
        return f;
    }

    private Optional<Figure> parse(ViewRow row, int column) {
        return Numbers.cell(row.row().cell(column)).map(v -> new Figure(v, unit));
    }

    /** True for a row of this view and a column of its table, whose cell results are kept. */
    private boolean isCached(ViewRow row, int column) {
        int i = row.index();
        return column >= 0 && column < columnLabels.length && i >= 0 && i < rows.size() && rows.get(i) == row;
    }

    /** The amount a cell shows, blank = zero. */
    public Amount amount(ViewRow row, int column) {
        if (!isCached(row, column)) {
            return figure(row, column).map(Figure::amount).orElse(Amount.ZERO);
        }
        Amount a = amounts[row.index()][column];
        if (a == null) {
            a = figure(row, column).map(Figure::amount).orElse(Amount.ZERO);
            amounts[row.index()][column] = a;
        }
        return a;
    }

    public boolean isBlank(ViewRow row, int column) {
        return figure(row, column).isEmpty();
    }

    /**
     * True when the reader could not settle which column this cell's text belongs to: arithmetic over
     * it proves nothing, so checks leave it out rather than report a misread as an error.
     */
    public boolean isUncertain(ViewRow row, int column) {
        return row.row().isUncertain(column);
    }

    /**
     * True when the cell holds words instead of a figure (a header row the reader merged into the 合计 row):
     * it states no amount, not even zero.
     */
    public boolean holdsWords(ViewRow row, int column) {
        String text = row.row().cell(column);
        return isBlank(row, column) && text.codePoints().anyMatch(Character::isIdeographic);
    }

    /** The display step of the table (0.01 万元 or 1 元; finer if cells print more decimals). */
    public Amount step() {
        if (step == null) {
            step = computeStep();
        }
        return step;
    }

    private Amount computeStep() {
        int decimals = 0;
        for (ViewRow r : rows) {
            for (Side s : sides) {
                for (int c : s.roles().values()) {
                    Optional<Figure> f = figure(r, c);
                    if (f.isPresent()) {
                        decimals = Math.max(
                                decimals, f.get().printed().stripTrailingZeros().scale());
                    }
                }
            }
        }
        return unit.step(decimals);
    }

    public Location location(ViewRow row, int column) {
        return Location.cell(
                name(), rowName(row, column), columnLabel(column), row.row().ref());
    }

    /** The row as named on the side a column belongs to (two-sided tables name a row once per side). */
    public String rowName(ViewRow row, int column) {
        if (sides.size() > 1) {
            for (int s = sides.size() - 1; s >= 0; s--) {
                int label = sides.get(s).labelColumn();
                if (label >= 0 && column > label) {
                    String text = row.label(s);
                    // CODE_THEN_NAME needs a leading digit: most labels are names and are kept as they are
                    return !text.isEmpty() && isDigit(text.charAt(0))
                            ? CODE_THEN_NAME.matcher(text).replaceFirst("$1 ")
                            : text;
                }
            }
        }
        return row.describe();
    }

    public Location location(ViewRow row) {
        return Location.cell(name(), row.describe(), "", row.row().ref());
    }

    /** Rows with a code of this length (3 类, 5 款, 7 项), in order. */
    public List<ViewRow> rowsWithCodeLength(int length) {
        return rows.stream().filter(r -> r.code().length() == length).toList();
    }

    /** The first total row (合计/总计). */
    public Optional<ViewRow> totalRow() {
        return rows.stream().filter(ViewRow::total).findFirst();
    }

    /** The first row whose label on a side satisfies the lexicon entry (exact match after cleaning, or contains). */
    public Optional<ViewRow> rowLabelled(int side, String... words) {
        for (ViewRow r : rows) {
            String l = r.label(side);
            for (String w : words) {
                if (!l.isEmpty() && l.contains(w)) {
                    return Optional.of(r);
                }
            }
        }
        return Optional.empty();
    }

    private void classifyColumns() {
        Map<String, Integer> roles = null;
        int label = -1;
        for (int i = 0; i < table.columns().size(); i++) {
            Table.Column c = table.columns().get(i);
            Table.ColumnType type = c.type();
            if (type == Table.ColumnType.TEXT) {
                type = looksNumeric(i) ? Table.ColumnType.AMOUNT : Table.ColumnType.LABEL;
            }
            switch (type) {
                case CODE -> codeColumns.add(i);
                case LABEL -> {
                    if (roles == null || !roles.isEmpty()) {
                        if (roles != null) {
                            sides.add(new Side(label, roles));
                        }
                        roles = new LinkedHashMap<>();
                        label = i;
                    }
                }
                case AMOUNT -> {
                    if (roles == null) {
                        roles = new LinkedHashMap<>();
                    }
                    String role = ColumnRole.ofAmountColumn(c.key(), c.label());
                    if (role.isEmpty() || roles.containsKey(role)) {
                        role = "#" + i;
                    }
                    roles.put(role, i);
                }
                default -> {}
            }
        }
        if (roles != null) {
            sides.add(new Side(label, roles));
        }
    }

    private boolean looksNumeric(int column) {
        boolean any = false;
        for (Table.Row r : table.rows()) {
            String s = Numbers.clean(r.cell(column));
            if (s.isEmpty()) {
                continue;
            }
            if (Numbers.cell(s).isEmpty()) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private ViewRow viewRow(int index, Table.Row row) {
        String code = codeOf(row);
        List<String> labels = new ArrayList<>();
        for (Side s : sides) {
            labels.add(s.labelColumn() >= 0 ? Numbers.clean(row.cell(s.labelColumn())) : "");
        }
        String name = labels.isEmpty() ? "" : labels.get(0);
        if (name.isEmpty() && sides.size() == 1) {
            name = firstLabelAfter(row, sides.get(0).labelColumn());
        }
        if (code.isEmpty() && !name.isEmpty() && isDigit(name.charAt(0))) {
            Matcher m = LEADING_CODE.matcher(name);
            if (m.matches() && sides.size() == 1) {
                code = m.group(1);
                name = m.group(2);
            }
        }
        boolean total = row.type() == Table.Row.Type.TOTAL || isTotalLabel(name);
        if (sides.size() > 1) {
            total = row.type() == Table.Row.Type.TOTAL || labels.stream().anyMatch(l -> l.contains("总计"));
        }
        return new ViewRow(index, row, total ? "" : code, name, labels, total);
    }

    private String firstLabelAfter(Table.Row row, int labelColumn) {
        for (int i = Math.max(0, labelColumn); i < table.columns().size(); i++) {
            Table.ColumnType t = table.columns().get(i).type();
            if (t == Table.ColumnType.LABEL) {
                String s = Numbers.clean(row.cell(i));
                if (!s.isEmpty()) {
                    return s;
                }
            }
        }
        return "";
    }

    /** A 类, 款 or 项 code: 3, 5 or 7 digits (as CODE_3_5_7, without a matcher per row). */
    private static boolean isCode(String s) {
        int n = s.length();
        return (n == 3 || n == 5 || n == 7) && Numbers.isDigits(s, n);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isTotalLabel(String name) {
        return name.equals("合计") || name.equals("总计") || name.endsWith("总计") || name.equals("本年合计");
    }

    private String codeOf(Table.Row row) {
        String key = Numbers.clean(row.key());
        if (isCode(key)) {
            return key;
        }
        StringBuilder code = new StringBuilder();
        for (int c : codeColumns) {
            String s = Numbers.clean(row.cell(c));
            if (s.isEmpty() || !DIGITS.matcher(s).matches()) {
                continue;
            }
            if (code.length() == 0 || s.startsWith(code.toString()) && s.length() > code.length()) {
                code.setLength(0);
                code.append(s);
            } else if (s.length() == 3 && code.length() == 3) {
                // 经济分类 款 printed with a one-digit prefix ("301 | 103 | 奖金") means 30103.
                code.append(s.substring(1));
            } else {
                code.append(s);
            }
        }
        String result = code.toString();
        return isCode(result) ? result : "";
    }
}
