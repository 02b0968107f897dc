package org.gongkai.core.audit.facts;

/**
 * What quantity a narrative figure is about.
 *
 * @param key stable key: {@code total}, {@code income.total}, {@code income.GP_APPROP}, {@code
 *     expense.total}, {@code expense.basic}, {@code general.total}, {@code general.basic}, {@code
 *     personnel}, {@code public}, {@code econ.30201}, {@code function.2010504}, {@code threePublic.RECEPTION},
 *     {@code operatingCosts}, {@code procurement.goods}, {@code project:名称}, {@code performance.amount} …
 * @param name how the text named it
 */
public record Subject(String key, String name) {
    public static final Subject NONE = new Subject("", "");

    public boolean isNone() {
        return key.isEmpty();
    }
}
