package org.gongkai.core.audit.facts;

import java.util.List;
import java.util.Map;

/**
 * Stable column keys of the template vocabulary (see {@code docs/table-keys.md}) and how a column is
 * recognised from its header label when a reader left the key empty.
 */
public final class ColumnRole {
    public static final String TOTAL = "total";
    public static final String BASIC = "basic";
    public static final String PROJECT = "project";
    public static final String PERSONNEL = "personnel";
    public static final String PUBLIC = "public";
    public static final String ABROAD = "abroad";
    public static final String VEHICLES = "vehicles";
    public static final String VEHICLE_PURCHASE = "vehiclePurchase";
    public static final String VEHICLE_OPERATION = "vehicleOperation";
    public static final String RECEPTION = "reception";
    public static final String GP = "GP_APPROP";
    public static final String GF = "GF_APPROP";
    public static final String SOE = "SOE_APPROP";
    public static final String CODE = "code";
    public static final String NAME = "name";
    public static final String CODE_CLASS = "code.class";
    public static final String CODE_SECTION = "code.section";
    public static final String CODE_ITEM = "code.item";
    public static final String TEXT = "text";
    /** Suffix of the 预算数 column of a 决算 table's 预算数/决算数 pair. */
    public static final String BUDGET_SUFFIX = ".budget";

    /** Income sources of 表二 (keys of IncomeSource). */
    public static final List<String> INCOME_SOURCES = List.of(
            "GP_APPROP",
            "GF_APPROP",
            "SOE_APPROP",
            "FIN_SPECIAL",
            "PUBLIC_SERVICE",
            "SUPERIOR_SUBSIDY",
            "OPERATING",
            "SUBORDINATE_REMIT",
            "OTHER",
            "SUPERIOR_SPECIAL",
            "CAREER_FUND_MAKEUP",
            "CARRY_OVER");

    /** Header words → key, tested in this order against the whole (multi-level) label. */
    private static final List<Map.Entry<String, String>> LABELS = List.of(
            Map.entry("公务用车购置及运行费/合计", VEHICLES),
            Map.entry("公务用车购置费", VEHICLE_PURCHASE),
            Map.entry("公务用车运行", VEHICLE_OPERATION),
            Map.entry("公务用车购置及运行", VEHICLES),
            Map.entry("因公出国", ABROAD),
            Map.entry("公务接待", RECEPTION),
            Map.entry("人员经费", PERSONNEL),
            Map.entry("公用经费", PUBLIC),
            Map.entry("项目支出合计", TOTAL),
            Map.entry("基本支出", BASIC),
            Map.entry("项目支出", PROJECT),
            Map.entry("一般公共预算", GP),
            Map.entry("政府性基金", GF),
            Map.entry("国有资本经营", SOE),
            Map.entry("财政专户", "FIN_SPECIAL"),
            Map.entry("教育收费", "FIN_SPECIAL"),
            Map.entry("事业单位经营", "OPERATING"),
            Map.entry("事业收入", "PUBLIC_SERVICE"),
            Map.entry("上级补助", "SUPERIOR_SUBSIDY"),
            Map.entry("附属单位上缴", "SUBORDINATE_REMIT"),
            Map.entry("上级专项", "SUPERIOR_SPECIAL"),
            Map.entry("用事业基金", "CAREER_FUND_MAKEUP"),
            Map.entry("上年结", "CARRY_OVER"),
            Map.entry("其他资金收入", "OTHER"),
            Map.entry("其他收入", "OTHER"),
            Map.entry("工资福利", "econ.301"),
            Map.entry("商品和服务", "econ.302"),
            Map.entry("对个人和家庭", "econ.303"),
            Map.entry("债务利息", "econ.307"),
            Map.entry("资本性支出（基本建设）", "econ.309"),
            Map.entry("资本性支出(基本建设)", "econ.309"),
            Map.entry("资本性支出", "econ.310"),
            Map.entry("对企业补助（基本建设）", "econ.311"),
            Map.entry("对企业补助(基本建设)", "econ.311"),
            Map.entry("对企业补助", "econ.312"),
            Map.entry("对社会保障基金", "econ.313"),
            Map.entry("其他支出", "econ.399"),
            Map.entry("合计", TOTAL),
            Map.entry("总计", TOTAL),
            Map.entry("小计", TOTAL),
            Map.entry("预算数", TOTAL));

    /** Keys the templates use for the same roles (docs/table-keys.md). */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("ABROAD", ABROAD),
            Map.entry("VEHICLE_PURCHASE", VEHICLE_PURCHASE),
            Map.entry("VEHICLE_OPERATION", VEHICLE_OPERATION),
            Map.entry("RECEPTION", RECEPTION),
            Map.entry("expenditure.total", TOTAL),
            Map.entry("expenditure.amount", TOTAL),
            Map.entry("income.amount", TOTAL),
            Map.entry("expenditure.GENERAL_BUDGET", GP),
            Map.entry("expenditure.GOVERNMENT_FUND", GF),
            Map.entry("expenditure.STATE_CAPITAL", SOE));

    private ColumnRole() {}

    /**
     * The role of an amount column: its key when the key is known, else what its label says; "" if neither.
     * A {@code <key>.budget} column (预算数 printed beside a 决算数, docs/table-keys.md) carries no role: its
     * label names the same heading, and the role belongs to the 决算数 column that keeps the plain key.
     */
    public static String ofAmountColumn(String key, String label) {
        if (key.endsWith(BUDGET_SUFFIX)) {
            return "";
        }
        if (isKnown(key)) {
            return key;
        }
        String alias = ALIASES.get(key);
        if (alias != null) {
            return alias;
        }
        String l = Numbers.clean(label);
        for (Map.Entry<String, String> e : LABELS) {
            if (l.contains(e.getKey())) {
                return e.getValue();
            }
        }
        return "";
    }

    /** The role of a code column: 类, 款, 项 or a whole code. */
    public static String ofCodeColumn(String key, String label) {
        if (key.startsWith("code")) {
            return key;
        }
        String l = Numbers.clean(label);
        if (l.endsWith("类")) {
            return CODE_CLASS;
        }
        if (l.endsWith("款")) {
            return CODE_SECTION;
        }
        if (l.endsWith("项")) {
            return CODE_ITEM;
        }
        return CODE;
    }

    static boolean isKnown(String key) {
        return switch (key) {
            case TOTAL,
                    BASIC,
                    PROJECT,
                    PERSONNEL,
                    PUBLIC,
                    ABROAD,
                    VEHICLES,
                    VEHICLE_PURCHASE,
                    VEHICLE_OPERATION,
                    RECEPTION -> true;
            default -> key.startsWith("econ.") || INCOME_SOURCES.contains(key);
        };
    }
}
