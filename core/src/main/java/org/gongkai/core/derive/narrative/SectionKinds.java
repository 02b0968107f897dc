package org.gongkai.core.derive.narrative;

import java.util.Map;
import java.util.Optional;

/**
 * The section writers a style can name in its {@code kind} fields. Styles choose and order them, title
 * them and word every sentence; the writers only decide which figures a section states.
 */
final class SectionKinds {
    private static final Map<String, SectionWriter> KINDS = Map.ofEntries(
            Map.entry("overview", OverviewSections::overview),
            Map.entry("income", OverviewSections::income),
            Map.entry("expenditure", OverviewSections::expenditure),
            Map.entry("fiscal", OverviewSections::fiscal),
            Map.entry("generalScale", GeneralBudgetSections::scale),
            Map.entry("generalStructure", GeneralBudgetSections::structure),
            Map.entry("generalItems", GeneralBudgetSections::items),
            Map.entry("basic", GeneralBudgetSections::basic),
            Map.entry("projects", ProjectSection::write),
            Map.entry("threePublic", ThreePublicSection::write),
            Map.entry("governmentFund", OtherSections::governmentFund),
            Map.entry("operatingCosts", OtherSections::operatingCosts),
            Map.entry("procurement", OtherSections::procurement),
            Map.entry("assets", OtherSections::assets),
            Map.entry("performance", OtherSections::performance),
            Map.entry("otherMatters", OtherSections::otherMatters),
            Map.entry("shanghaiBudgetExplanation", ShanghaiSections::budgetExplanation),
            Map.entry("shanghaiThreePublic", ShanghaiSections::threePublic),
            Map.entry("projectExplanations", ShanghaiSections::projectExplanations));

    private SectionKinds() {}

    static Optional<SectionWriter> find(String kind) {
        return Optional.ofNullable(KINDS.get(kind));
    }
}
