package org.gongkai.core.audit.rules.arith;

import java.util.List;
import java.util.function.Function;
import org.gongkai.core.audit.AuditContext;
import org.gongkai.core.audit.FindingSink;
import org.gongkai.core.audit.Rule;
import org.gongkai.core.audit.RuleInfo;

/**
 * A rule defined by the identities it evaluates: it reports every comparison that is really wrong and
 * leaves rounding residues to {@link RoundingResidueRule}, which reports them apart as warnings.
 */
public final class ComparisonRule implements Rule {
    private final RuleInfo info;
    private final Function<AuditContext, List<Comparison>> comparisons;

    public ComparisonRule(RuleInfo info, Function<AuditContext, List<Comparison>> comparisons) {
        this.info = info;
        this.comparisons = comparisons;
    }

    @Override
    public RuleInfo info() {
        return info;
    }

    /** Every comparison of the identity, right or wrong (for the residue rule and for tests). */
    public List<Comparison> evaluate(AuditContext context) {
        // the residue rule evaluates every identity again: compute once per context
        return context.memo(this, comparisons);
    }

    @Override
    public void check(AuditContext context, FindingSink sink) {
        for (Comparison c : evaluate(context)) {
            if (c.outcome() == Comparison.Outcome.ERROR) {
                sink.report(
                        info,
                        c.allValues(),
                        c.locations(),
                        c.shown(c.expected()),
                        c.shown(c.actual()),
                        c.shown(c.difference()),
                        c.suggestion());
            }
        }
    }
}
