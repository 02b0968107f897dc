package org.gongkai.core.budget;

import org.gongkai.core.amount.Amount;

/**
 * One expenditure line, the finest grain of a budget.
 *
 * @param functionCode 支出功能分类 项 code (7 digits)
 * @param economicCode 部门预算支出经济分类 款 code (5 digits)
 * @param kind 基本支出 or 项目支出
 * @param fundSource which budget pays
 * @param amount exact amount in 元
 * @param projectId the project this line belongs to (项目支出 only; null for 基本支出)
 */
public record ExpenditureLine(
        String functionCode,
        String economicCode,
        ExpenditureKind kind,
        FundSource fundSource,
        Amount amount,
        String projectId) {}
