package org.gongkai.core.budget;

import org.gongkai.core.amount.Amount;

/**
 * One income line: money of a source for spending under a function code (表二 rows).
 *
 * @param source where the money comes from
 * @param functionCode the 支出功能分类 项 code (7 digits) the income is for
 * @param amount exact amount in 元
 */
public record IncomeLine(IncomeSource source, String functionCode, Amount amount) {}
