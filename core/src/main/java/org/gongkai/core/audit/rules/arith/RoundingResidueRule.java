package org.gongkai.core.audit.rules.arith;

import java.util.List;
import java.util.Map;
import org.gongkai.core.audit.AuditContext;
import org.gongkai.core.audit.FindingSink;
import org.gongkai.core.audit.Rule;
import org.gongkai.core.audit.RuleInfo;
import org.gongkai.core.audit.Severity;

/**
 * ROUND.RESIDUE: a displayed total that differs from the sum of its displayed parts by exactly one
 * display step. Rounding the parts separately explains it, so it is a warning kept apart from real
 * errors; the fix is to allocate the residue (largest remainder) so the reader never sees it.
 */
public final class RoundingResidueRule implements Rule {
    static final RuleInfo INFO = new RuleInfo(
            "ROUND.RESIDUE",
            Severity.WARNING,
            org.gongkai.core.audit.Category.ACCURACY,
            "合计与各项之和、或子项与其上限相差一个显示单位（舍入尾差）",
            "{where}：{what}为{actual}{unit}，{against}为{expected}{unit}，相差{difference}{unit}，属四舍五入尾差（{identity}）",
            "恰好一个显示单位（0.01万元或1元）：合计须由两项以上相加；“不超过”类关系两边都是各自表内按最大余数分配的显示值",
            "ARCHITECTURE 不变式3");

    private final List<ComparisonRule> sources;

    public RoundingResidueRule(List<ComparisonRule> sources) {
        this.sources = List.copyOf(sources);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(AuditContext context, FindingSink sink) {
        for (ComparisonRule rule : sources) {
            for (Comparison c : rule.evaluate(context)) {
                if (c.outcome() != Comparison.Outcome.RESIDUE) {
                    continue;
                }
                Map<String, String> values = new java.util.LinkedHashMap<>(c.allValues());
                values.putIfAbsent("where", c.locations().get(0).describe());
                values.putIfAbsent("what", "合计");
                values.putIfAbsent("against", "各项之和");
                values.put("identity", rule.info().id());
                sink.report(
                        INFO,
                        values,
                        c.locations(),
                        c.shown(c.expected()),
                        c.shown(c.actual()),
                        c.shown(c.difference()),
                        "按最大余数法分配尾差，使显示的合计等于各项显示值之和。");
            }
        }
    }
}
