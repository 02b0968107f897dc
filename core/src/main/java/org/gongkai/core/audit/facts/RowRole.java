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
        return classByName(l);
    }

    private static final Pattern ORDINAL = Pattern.compile("^[一二三四五六七八九十]+[、.．]");
    /** Shortest head of a wrapped class label that still names one class ("一、社会保障和就业" + "支出"). */
    private static final int MIN_HEAD = 5;

    /**
     * The 类 code of a class row labelled by name only ("七、文化旅游体育与传媒支出", as 决算 and Shanghai summary
     * tables print them); a label cut by a line wrap counts when it is the head of exactly one class name.
     */
    static String classByName(String cleanLabel) {
        String name =
                ORDINAL.matcher(cleanLabel).replaceFirst("").replace("（类）", "").replace("(类)", "");
        if (!ORDINAL.matcher(cleanLabel).find() && !name.endsWith("支出")) {
            return "";
        }
        String exact = ClassNames.BY_NAME.get(name);
        if (exact != null || name.length() < MIN_HEAD) {
            return exact == null ? "" : exact;
        }
        String found = "";
        for (java.util.Map.Entry<String, String> e : ClassNames.BY_NAME.entrySet()) {
            if (e.getKey().startsWith(name)) {
                if (!found.isEmpty() && !found.equals(e.getValue())) {
                    return "";
                }
                found = e.getValue();
            }
        }
        return found;
    }

    /** 类 names of the shipped 功能分类 list, loaded once. */
    private static final class ClassNames {
        static final java.util.Map<String, String> BY_NAME = load();

        private static java.util.Map<String, String> load() {
            java.util.Map<String, String> out = new java.util.HashMap<>();
            for (var e :
                    org.gongkai.core.classification.ReferenceData.forYear(0).functionClasses()) {
                out.putIfAbsent(Numbers.clean(e.name()), e.code());
            }
            return java.util.Map.copyOf(out);
        }
    }
}
