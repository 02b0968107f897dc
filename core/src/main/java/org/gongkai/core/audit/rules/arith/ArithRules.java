package org.gongkai.core.audit.rules.arith;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.audit.Rule;

/**
 * The arithmetic and consistency rule set: sums within tables, cross-table identities, narrative against
 * tables and against itself, and recomputed shares, changes and rates.
 */
public final class ArithRules {
    private ArithRules() {}

    public static List<Rule> all() {
        List<ComparisonRule> comparisons = new ArrayList<>();
        comparisons.addAll(TableSumRules.all());
        comparisons.addAll(SummaryTableRules.all());
        comparisons.addAll(CrossTableRules.all());
        comparisons.addAll(NarrativeTableRules.all());
        comparisons.addAll(NarrativeConsistencyRules.comparisons());
        comparisons.addAll(BreakdownRules.all());
        comparisons.addAll(ItemSumRules.all());
        List<Rule> rules = new ArrayList<>(comparisons);
        rules.addAll(RateRules.all());
        rules.addAll(ShareRules.all());
        rules.addAll(CountRules.all());
        rules.add(new RoundingResidueRule(comparisons));
        rules.add(new RowShiftRule());
        rules.add(new ColumnShiftRule());
        return List.copyOf(rules);
    }
}
