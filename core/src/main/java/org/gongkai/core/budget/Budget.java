package org.gongkai.core.budget;

import java.util.List;
import java.util.Map;
import org.gongkai.core.amount.Amount;

/**
 * What a budget unit prepares: structured source data in exact 元, every line keyed by classification
 * codes of {@link #classificationYear()}. Nothing in a Budget is a displayed total; totals are derived.
 *
 * @param fiscalYear the budget year (预算年度)
 * @param classificationYear the year of the 政府收支分类科目 lists its codes belong to
 * @param templateId the disclosure template this budget is published with
 * @param unit the unit profile (概况)
 * @param income income lines (收入) by source and function code
 * @param expenditure expenditure lines (支出) by function code × economic code × kind × fund source
 * @param projects projects (项目) with their details and performance targets
 * @param threePublic 三公经费 of the budget year (一般公共预算财政拨款 only)
 * @param operatingCosts 机关运行经费; {@code null} derives it from 公用经费 per the template
 * @param procurement 政府采购预算
 * @param assets 国有资产占用 at the end of last year and planned purchases
 * @param comparatives last year's figure and the stated reason for each compared quantity, keyed by
 *     {@link QuantityKey}
 * @param otherMatters free text for 其他需说明的事项 (may be empty)
 * @param issueDate date printed under the issuing unit's name, ISO yyyy-MM-dd (may be null)
 */
public record Budget(
        int fiscalYear,
        int classificationYear,
        String templateId,
        UnitProfile unit,
        List<IncomeLine> income,
        List<ExpenditureLine> expenditure,
        List<Project> projects,
        ThreePublic threePublic,
        Amount operatingCosts,
        Procurement procurement,
        Assets assets,
        Map<String, Comparative> comparatives,
        String otherMatters,
        String issueDate) {

    public Budget {
        income = List.copyOf(income);
        expenditure = List.copyOf(expenditure);
        projects = List.copyOf(projects);
        comparatives = Map.copyOf(comparatives);
        otherMatters = otherMatters == null ? "" : otherMatters;
    }

    /** Last year's figure and reason for a compared quantity, if the budget states one. */
    public java.util.Optional<Comparative> comparative(String key) {
        return java.util.Optional.ofNullable(comparatives.get(key));
    }
}
