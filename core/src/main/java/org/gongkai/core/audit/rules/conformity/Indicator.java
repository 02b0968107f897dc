package org.gongkai.core.audit.rules.conformity;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.disclosure.TargetTable;

/**
 * One indicator row read for checking: its families, the operator, number and unit of its value, and the unit
 * printed with its name.
 *
 * @param row the row as displayed
 * @param operator "≥", "≤", "=", "&gt;", "&lt;" or "" when none
 * @param number the number of the value; null when the value is not numeric
 * @param unit the unit after the number, else the unit in brackets after the name ("%", "个", "万元", "元/月")
 * @param valueUnit the unit printed after the number only
 * @param nameUnit the unit printed in brackets after the name only
 * @param date true when the value is a date ("2021年12月")
 * @param name the name, normalised ({@link Texts#norm}) once for all rules
 * @param level1 一级 family without the word 指标 ("产出", "效益", "满意度", "成本", or the legacy 项目完成/项目效益)
 * @param level2 二级 family without the word 指标
 */
record Indicator(
        TargetTable.IndicatorRow row,
        String operator,
        BigDecimal number,
        String unit,
        String valueUnit,
        String nameUnit,
        boolean date,
        String name,
        String level1,
        String level2) {

    Indicator(
            TargetTable.IndicatorRow row,
            String operator,
            BigDecimal number,
            String unit,
            String valueUnit,
            String nameUnit,
            boolean date) {
        this(
                row,
                operator,
                number,
                unit,
                valueUnit,
                nameUnit,
                date,
                Texts.norm(row.name()),
                Texts.norm(row.level1()).replace("指标", ""),
                Texts.norm(row.level2()).replace("指标", ""));
    }

    private static final Pattern VALUE =
            Pattern.compile("^(≥|≤|>=|<=|=|>|<|大于等于|小于等于|不低于|不少于|不高于|不超过|大于|小于)?([0-9]+(?:\\.[0-9]+)?)(.*)$");
    private static final Pattern PARENS = Pattern.compile("[()]");
    private static final Pattern SHORT_UNIT = Pattern.compile("时|小时|天|日|工作日|月|年|兆|M|Mbps|G|平方米|公里|千瓦时|吨|分|秒|分钟");
    private static final Pattern NAME_UNIT = Pattern.compile("\\(([^()]{1,8})\\)$");
    private static final Pattern DATE = Pattern.compile("^\\d{4}(年|[-./]\\d).*");

    static Indicator of(TargetTable.IndicatorRow row) {
        String v = Texts.norm(row.value());
        String nameUnit = "";
        Matcher nu = NAME_UNIT.matcher(Texts.norm(row.name()));
        if (nu.find() && looksLikeUnit(nu.group(1))) {
            nameUnit = nu.group(1);
        }
        if (DATE.matcher(v).matches()) {
            return new Indicator(row, "", null, "", "", nameUnit, true);
        }
        Matcher m = VALUE.matcher(v);
        if (!m.matches()) {
            return new Indicator(row, "", null, nameUnit, "", nameUnit, false);
        }
        String op = m.group(1) == null ? "" : operator(m.group(1));
        String valueUnit = PARENS.matcher(m.group(3)).replaceAll("").strip();
        String unit = valueUnit.isEmpty() ? nameUnit : valueUnit;
        return new Indicator(row, op, new BigDecimal(m.group(2)), unit, valueUnit, nameUnit, false);
    }

    private static String operator(String op) {
        return switch (op) {
            case ">=", "大于等于", "不低于", "不少于" -> "≥";
            case "<=", "小于等于", "不高于", "不超过" -> "≤";
            case "大于" -> ">";
            case "小于" -> "<";
            default -> op;
        };
    }

    private static boolean looksLikeUnit(String s) {
        return s.equals("%")
                || s.contains("/")
                || IndicatorLexicon.list("quantity-unit").contains(s)
                || IndicatorLexicon.list("currency-unit").contains(s)
                || SHORT_UNIT.matcher(s).matches();
    }

    boolean numeric() {
        return number != null;
    }

    boolean percent() {
        return unit.contains("%");
    }

    boolean atMost() {
        return operator.equals("≤") || operator.equals("<");
    }

    boolean isOutput() {
        String l1 = level1();
        String l2 = level2();
        return l1.contains("产出") || l1.contains("项目完成") || l2.equals("数量") || l2.equals("质量") || l2.equals("时效");
    }

    boolean isEffect() {
        String l2 = level2();
        return !l2.contains("满意") && (level1().contains("效益") || l2.contains("效益") || l2.contains("可持续"));
    }

    boolean isSatisfaction() {
        return level1().contains("满意") || level2().contains("满意");
    }

    boolean isCost() {
        return level2().contains("成本") || level1().contains("成本");
    }

    boolean isQuantity() {
        return level2().equals("数量")
                || (!percent() && IndicatorLexicon.list("quantity-unit").contains(unit));
    }

    boolean hasCurrency() {
        String u = unit.contains("/") ? unit.substring(0, unit.indexOf('/')) : unit;
        return IndicatorLexicon.list("currency-unit").contains(u);
    }

    /** A cost per unit ("元/月", "万元/个") rather than a total. */
    boolean perUnit() {
        return unit.contains("/") || name().contains("单价") || name().contains("标准") || name().startsWith("每");
    }
}
