package org.gongkai.core.budget;

/**
 * Keys of the quantities a disclosure compares with last year. A budget's {@link Budget#comparatives()}
 * uses these keys; derivation looks them up, and reports a change of 10% or more without a reason.
 */
public final class QuantityKey {
    private QuantityKey() {}

    /** 收支总预算. */
    public static final String TOTAL = "total";
    /** 支出: 基本支出 (all funds). */
    public static final String BASIC = "expenditure.basic";
    /** 支出: 项目支出 (all funds). */
    public static final String PROJECT = "expenditure.project";
    /** 一般公共预算当年拨款 total. */
    public static final String GENERAL_BUDGET = "general.total";
    /** 一般公共预算 基本支出. */
    public static final String GENERAL_BASIC = "general.basic";
    /** 一般公共预算 项目支出. */
    public static final String GENERAL_PROJECT = "general.project";
    /** 三公经费 total. */
    public static final String THREE_PUBLIC = "threePublic.total";
    /** 机关运行经费. */
    public static final String OPERATING_COSTS = "operatingCosts";

    /** Income of a source, e.g. {@code income.GP_APPROP}. */
    public static String income(IncomeSource source) {
        return "income." + source.name();
    }

    /** 一般公共预算 spending of one function code (项 or any level), e.g. {@code general.function.2010504}. */
    public static String generalFunction(String functionCode) {
        return "general.function." + functionCode;
    }

    /** One 三公 item, e.g. {@code threePublic.RECEPTION}. */
    public static String threePublic(ThreePublic.Item item) {
        return "threePublic." + item.name();
    }
}
