package org.gongkai.core.budget;

/** 资金性质: which budget the money of an expenditure line comes from. */
public enum FundSource {
    /** 一般公共预算. */
    GENERAL_BUDGET(true),
    /** 政府性基金预算. */
    GOVERNMENT_FUND(true),
    /** 国有资本经营预算. */
    STATE_CAPITAL(true),
    /** 财政专户管理资金. */
    SPECIAL_ACCOUNT(false),
    /** 单位资金 (事业收入, 经营收入, 其他收入 …). */
    UNIT_FUNDS(false);

    private final boolean appropriation;

    FundSource(boolean appropriation) {
        this.appropriation = appropriation;
    }

    /** True for 财政拨款. */
    public boolean isAppropriation() {
        return appropriation;
    }
}
