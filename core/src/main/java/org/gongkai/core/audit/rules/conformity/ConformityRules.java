package org.gongkai.core.audit.rules.conformity;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.audit.Rule;

/**
 * The conformity rule set: classification codes and names, completeness against the template family,
 * performance-target sanity and text lint. Registered in {@link org.gongkai.core.audit.RuleCatalogue}.
 */
public final class ConformityRules {
    private ConformityRules() {}

    /** Every conformity rule, in catalogue order. */
    public static List<Rule> all() {
        List<Rule> rules = new ArrayList<>();
        rules.addAll(CodeRules.all());
        rules.addAll(CompletenessRules.all());
        rules.addAll(TargetStructureRules.all());
        rules.addAll(TargetValueRules.all());
        rules.addAll(TargetMoneyRules.all());
        rules.addAll(TextLintRules.all());
        rules.addAll(WordingRules.all());
        rules.addAll(ProjectNoteRules.all());
        rules.addAll(VehicleRules.all());
        rules.addAll(CompletionRateRules.all());
        rules.addAll(UnitCountRules.all());
        rules.addAll(ItemChainRules.all());
        rules.addAll(ComponentListRules.all());
        rules.addAll(UnitMissingRules.all());
        rules.addAll(QuoteRules.all());
        rules.addAll(FlowWordRules.all());
        return List.copyOf(rules);
    }
}
