package org.gongkai.core.template;

import java.util.List;
import java.util.Set;
import org.gongkai.core.amount.DisplayUnit;

/**
 * One table of a template: what it is called, how its amounts are shown, which generic builder makes it
 * and with which parameters. See {@code docs/table-keys.md} for the column and row keys.
 *
 * @param key stable table key ("T1" … "T9")
 * @param number the number as printed ("表一", "1.")
 * @param title the title without the number (may hold "{year}")
 * @param builder the generic builder: one of {@link #BUILDERS}
 * @param unit display unit of the amounts
 * @param format cell formatting
 * @param preparerLabel the label of the preparer line ("编制部门", "编制单位")
 * @param filter lines the whole table counts (e.g. 一般公共预算 only)
 * @param columns amount columns (function/economic pivots, 三公) or right-side amount columns (two-sided)
 * @param codeStyle {@code split} (类/款/项 columns) or {@code joined} (one code column)
 * @param depth deepest code level shown: 1 = 类, 2 = 款, 3 = 项
 * @param allClasses list every 支出功能分类 类 of the year, even empty ones
 * @param classLabel label pattern of a 类 row in two-sided tables ("{code} {name}", "{cn}、{name}")
 * @param leftRows fixed income rows of a two-sided table
 * @param labels fixed labels: {@code total} (合计 row), {@code incomeTotal}, {@code expenditureTotal},
 *     {@code incomeHeader}, {@code expenditureHeader}, {@code code}, {@code name} …
 * @param emptyNote the note an empty table carries (placeholders {unit}, {year})
 */
public record TableSpec(
        String key,
        String number,
        String title,
        String builder,
        DisplayUnit unit,
        CellFormat format,
        String preparerLabel,
        LineFilter filter,
        List<ColumnSpec> columns,
        String codeStyle,
        int depth,
        boolean allClasses,
        String classLabel,
        List<FixedRow> leftRows,
        java.util.Map<String, String> labels,
        String emptyNote) {

    /** Pivot of expenditure or income lines by 支出功能分类 类/款/项. */
    public static final String FUNCTION_PIVOT = "functionPivot";
    /** Income pivot by function code with one column per income source. */
    public static final String INCOME_PIVOT = "incomePivot";
    /** Fixed income rows beside expenditure 类 rows (收支总表, 财政拨款收支总表). */
    public static final String TWO_SIDED = "twoSided";
    /** 基本支出 by 部门经济分类 类/款 with 人员经费/公用经费 columns. */
    public static final String ECONOMIC_BASIC = "economicBasic";
    /** "三公"经费 (and optionally 机关运行经费) in one row. */
    public static final String THREE_PUBLIC = "threePublic";

    public static final Set<String> BUILDERS =
            Set.of(FUNCTION_PIVOT, INCOME_PIVOT, TWO_SIDED, ECONOMIC_BASIC, THREE_PUBLIC);

    public TableSpec {
        columns = List.copyOf(columns);
        leftRows = List.copyOf(leftRows);
        labels = java.util.Map.copyOf(labels);
    }

    /** A fixed label, or the fallback. */
    public String label(String name, String fallback) {
        return labels.getOrDefault(name, fallback);
    }

    public boolean splitCodes() {
        return "split".equals(codeStyle);
    }

    /**
     * An amount column.
     *
     * @param key column key from the vocabulary ("total", "basic", "econ.302", "GP_APPROP", "personnel" …)
     * @param label header text, levels joined by "/"
     * @param filter lines it counts: the column's own filter combined with the table's
     * @param role for economic tables: {@code personnel}, {@code public} or {@code total}; for 三公: the
     *     item ({@code total}, {@code ABROAD}, {@code vehicles}, {@code VEHICLE_PURCHASE}, …,
     *     {@code operatingCosts}); else empty
     */
    public record ColumnSpec(String key, String label, LineFilter filter, String role) {}

    /**
     * A fixed income row of a two-sided table.
     *
     * @param key row key on the income side (income source name, {@code APPROP}, …)
     * @param label printed label (indentation included)
     * @param sources income sources it sums
     * @param partOf key of the group row it is a part of; "" for a top-level row
     * @param optional shown only when its amount is not zero
     */
    public record FixedRow(
            String key,
            String label,
            Set<org.gongkai.core.budget.IncomeSource> sources,
            String partOf,
            boolean optional) {
        public FixedRow {
            sources = Set.copyOf(sources);
        }
    }
}
