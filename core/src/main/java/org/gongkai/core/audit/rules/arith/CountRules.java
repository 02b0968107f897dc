package org.gongkai.core.audit.rules.arith;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.core.audit.AuditContext;
import org.gongkai.core.audit.Category;
import org.gongkai.core.audit.FindingSink;
import org.gongkai.core.audit.Location;
import org.gongkai.core.audit.Rule;
import org.gongkai.core.audit.RuleInfo;
import org.gongkai.core.audit.Severity;
import org.gongkai.core.audit.facts.Claim;

/** Counts stated in the narrative against what the document shows (十（四）: N projects = N target tables). */
final class CountRules {
    static final RuleInfo PERF_COUNT = new RuleInfo(
            "NT.PERF-COUNT",
            Severity.ERROR,
            Category.CONSISTENCY,
            "实行绩效管理的项目个数少于绩效目标表个数",
            "{where}：正文称实行绩效管理的项目{actual}个，文中绩效目标表为{expected}张",
            "精确",
            "I-30; §2.10 十（四）");

    private CountRules() {}

    static List<Rule> all() {
        return List.of(new SimpleRule(PERF_COUNT, CountRules::performanceCount));
    }

    /** The number of projects under performance management the narrative states, if it states one. */
    static Optional<Long> statedPerformanceCount(AuditContext ctx) {
        return ctx.claims().of(Claim.Kind.COUNT).stream()
                .filter(c -> c.subject().key().equals("performance.count"))
                .map(c -> c.percent().longValue())
                .findFirst();
    }

    private static void performanceCount(AuditContext ctx, FindingSink sink) {
        long tables = ctx.disclosure().targetTables().count();
        if (tables == 0) {
            return;
        }
        for (Claim c : ctx.claims().of(Claim.Kind.COUNT)) {
            // Documents may publish only key projects' target tables: fewer tables than stated is no error.
            if (c.subject().key().equals("performance.count") && c.percent().longValue() < tables) {
                Map<String, String> v = Map.of(
                        "where",
                        c.location().describe(),
                        "actual",
                        c.percent().toPlainString(),
                        "expected",
                        Long.toString(tables));
                sink.report(
                        PERF_COUNT,
                        v,
                        List.of(c.location(), Location.document()),
                        Long.toString(tables),
                        c.percent().toPlainString(),
                        Long.toString(c.percent().longValue() - tables),
                        "项目个数应与所附绩效目标表一致。");
            }
        }
    }
}
