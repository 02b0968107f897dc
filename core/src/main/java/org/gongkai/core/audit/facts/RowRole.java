package org.gongkai.core.audit.facts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Row keys of the two-sided summary tables (表一, 表四) recognised from their labels: income rows by
 * source, expenditure rows by 功能分类 类, and the subtotal/total/carry rows of both sides.
 */
public final class RowRole {
    public static final String INCOME_TOTAL = "income.total";
    public static final String INCOME_SUBTOTAL = "income.subtotal";
    public static final String FIN_APPROP = "FIN_APPROP";
    public static final String EXPENSE_TOTAL = "expense.total";
    public static final String EXPENSE_SUBTOTAL = "expense.subtotal";
    public static final String CARRY_FORWARD = "CARRY_FORWARD";

    private static final Pattern LEADING_CODE = Pattern.compile("^(\\d{3}(?:\\d{2}){0,2})(?!\\d).*$");

    private RowRole() {}

    /** The key of an income-side label ("一般公共预算" → GP_APPROP, "收入总计" → income.total); "" if none. */
    public static String income(String rawLabel) {
        String l = Numbers.clean(rawLabel);
        if (l.isEmpty()) {
            return "";
        }
        if (l.contains("总计")) {
            return INCOME_TOTAL;
        }
        if (l.contains("本年收入合计") || l.equals("收入合计") || l.equals("合计")) {
            return INCOME_SUBTOTAL;
        }
        if (l.contains("财政拨款")) {
            return FIN_APPROP;
        }
        String role = ColumnRole.ofAmountColumn("", l);
        return ColumnRole.INCOME_SOURCES.contains(role) ? role : "";
    }

    /** The key of an expenditure-side label: a 类 code, expense.subtotal, expense.total or CARRY_FORWARD. */
    public static String expense(String rawLabel) {
        String l = Numbers.clean(rawLabel);
        if (l.isEmpty()) {
            return "";
        }
        Matcher m = LEADING_CODE.matcher(l);
        if (m.matches()) {
            return m.group(1);
        }
        if (l.contains("总计")) {
            return EXPENSE_TOTAL;
        }
        if (l.contains("本年支出合计") || l.equals("支出合计") || l.equals("合计")) {
            return EXPENSE_SUBTOTAL;
        }
        if (l.contains("结转下年") || l.contains("年末结转")) {
            return CARRY_FORWARD;
        }
        return "";
    }
}
