package org.gongkai.core.budget;

/**
 * Where a unit's money comes from (收入来源). Keys match {@code income-sources.csv}; the names printed in
 * a disclosure come from the template.
 */
public enum IncomeSource {
    /** 一般公共预算拨款收入. */
    GP_APPROP(FundSource.GENERAL_BUDGET),
    /** 政府性基金预算拨款收入. */
    GF_APPROP(FundSource.GOVERNMENT_FUND),
    /** 国有资本经营预算拨款收入. */
    SOE_APPROP(FundSource.STATE_CAPITAL),
    /** 财政专户管理资金收入 (教育收费). */
    FIN_SPECIAL(FundSource.SPECIAL_ACCOUNT),
    /** 事业收入. */
    PUBLIC_SERVICE(FundSource.UNIT_FUNDS),
    /** 上级补助收入. */
    SUPERIOR_SUBSIDY(FundSource.UNIT_FUNDS),
    /** 事业单位经营收入. */
    OPERATING(FundSource.UNIT_FUNDS),
    /** 附属单位上缴收入. */
    SUBORDINATE_REMIT(FundSource.UNIT_FUNDS),
    /** 单位其他资金收入 / 其他收入. */
    OTHER(FundSource.UNIT_FUNDS),
    /** 上级专项收入. */
    SUPERIOR_SPECIAL(FundSource.UNIT_FUNDS),
    /** 用事业基金弥补收支差额. */
    CAREER_FUND_MAKEUP(FundSource.UNIT_FUNDS),
    /** 上年结转 (结余). */
    CARRY_OVER(FundSource.UNIT_FUNDS);

    private final FundSource fundSource;

    IncomeSource(FundSource fundSource) {
        this.fundSource = fundSource;
    }

    /** The fund source (资金性质) money of this income belongs to. */
    public FundSource fundSource() {
        return fundSource;
    }

    /** True for 财政拨款 (the three budget appropriations). */
    public boolean isAppropriation() {
        return fundSource.isAppropriation();
    }
}
