package org.gongkai.core.audit.facts;

/**
 * What a narrative section is about, recognised from its headings (most specific first). The topic
 * decides what an ambiguous word means: 基本支出 in 支出预算 (all funds) or in 一般公共预算; 公务接待费 as an
 * economic 款 or as a 三公 item.
 */
public enum Topic {
    THREE_PUBLIC("三公"),
    OPERATING("机关运行经费"),
    PROCUREMENT("政府采购"),
    ASSETS("国有资产"),
    PERFORMANCE("绩效"),
    FUND("政府性基金"),
    GP_BASIC("基本支出"),
    GP_PROJECT("项目支出"),
    GP_STRUCTURE("结构"),
    GP_ITEMS("具体使用"),
    GP_SCALE("规模"),
    GP("一般公共预算"),
    APPROPRIATION("财政拨款收支"),
    EXPENSE("支出预算"),
    INCOME("收入预算"),
    OVERVIEW("总体"),
    OTHER("");

    private final String word;

    Topic(String word) {
        this.word = word;
    }

    /** The topic a heading names; OTHER when it names none. */
    public static Topic of(String heading) {
        // 决算 sections mirror the budget ones (支出决算情况说明 ↔ 支出预算情况说明).
        String h = Numbers.clean(heading).replace("决算", "预算");
        for (Topic t : values()) {
            if (!t.word.isEmpty() && h.contains(t.word)) {
                return t;
            }
        }
        return OTHER;
    }

    /** True for the sections about 一般公共预算当年拨款 (五, 六, 七). */
    public boolean isGeneralBudget() {
        return switch (this) {
            case GP, GP_BASIC, GP_PROJECT, GP_STRUCTURE, GP_ITEMS, GP_SCALE -> true;
            default -> false;
        };
    }
}
