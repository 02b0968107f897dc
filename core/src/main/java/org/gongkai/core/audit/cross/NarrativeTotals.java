package org.gongkai.core.audit.cross;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.gongkai.core.amount.Amount;
import org.gongkai.core.audit.Location;
import org.gongkai.core.audit.facts.Claim;
import org.gongkai.core.audit.facts.Claims;
import org.gongkai.core.audit.facts.Facts;
import org.gongkai.core.audit.facts.Period;
import org.gongkai.core.disclosure.Disclosure;

/**
 * The totals a disclosure's narrative states for the budget year (收入预算, 支出预算, 财政拨款, "三公"经费, 机关运行经费,
 * 政府采购 …), by subject key, each at its first mention: what a reviewer compares between a 部门 and a 单位 text.
 */
final class NarrativeTotals {
    /** Subjects that are totals of the whole body, not one item or project. */
    private static final Pattern TOTAL_SUBJECT =
            Pattern.compile("total|[a-zA-Z]+\\.total|threePublic\\.[A-Z_]+|operatingCosts|personnel|public");

    /** One stated total: its amount, its display step and where it is. */
    record Stated(Amount amount, Amount step, String shown, Location location) {}

    private NarrativeTotals() {}

    static Map<String, Stated> of(Disclosure d, String file) {
        Map<String, Stated> totals = new LinkedHashMap<>();
        for (Claim c : Claims.of(d, Facts.of(d)).of(Claim.Kind.AMOUNT)) {
            if (c.period() != Period.CURRENT
                    || c.figure() == null
                    || c.subject().isNone()) {
                continue;
            }
            String key = c.subject().key();
            if (!TOTAL_SUBJECT.matcher(key).matches()) {
                continue;
            }
            totals.putIfAbsent(
                    key,
                    new Stated(
                            c.figure().amount(),
                            c.figure().printedStep(),
                            c.figure().shown(),
                            c.location().inFile(file)));
        }
        return totals;
    }

    /** Unit minus department: 0 when within the coarser printed precision of the two figures. */
    static int sign(Stated unit, Stated dept) {
        Amount diff = unit.amount().minus(dept.amount());
        Amount step = unit.step().compareTo(dept.step()) >= 0 ? unit.step() : dept.step();
        boolean within =
                diff.abs().yuan().multiply(java.math.BigDecimal.valueOf(2)).compareTo(step.yuan()) < 0 || diff.isZero();
        return within ? 0 : diff.signum();
    }
}
