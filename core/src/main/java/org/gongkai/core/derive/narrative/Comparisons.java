package org.gongkai.core.derive.narrative;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.core.amount.Amount;
import org.gongkai.core.amount.Percent;
import org.gongkai.core.budget.Comparative;

/**
 * Year-over-year wording. The change is a quantity of its own: the exact change rounded HALF_UP; the word
 * comes from the sign of that displayed change (增加/减少/持平; 新增 when last year is zero); the rate is
 * computed from exact amounts on last year's base. So a reader who takes last year as this year's figure
 * minus the change finds the stated rate, even where this year's figure carries an allocated 0.01.
 */
final class Comparisons {
    /** A change of at least this many percent needs a stated reason. */
    static final BigDecimal REASON_THRESHOLD = BigDecimal.TEN;

    private Comparisons() {}

    enum Direction {
        UP("up"),
        DOWN("down"),
        FLAT("flat"),
        NEW("new");

        final String key;

        Direction(String key) {
            this.key = key;
        }
    }

    /** The direction of a change between displayed values (NEW when last year is zero). */
    static Direction direction(Amount lastYear, BigDecimal change, Amount current) {
        if (lastYear.isZero() && !current.isZero()) {
            return Direction.NEW;
        }
        int sign = change.signum();
        return sign > 0 ? Direction.UP : sign < 0 ? Direction.DOWN : Direction.FLAT;
    }

    static String phrase(Narration n, String key, String label, Amount current, BigDecimal shown, String prefix) {
        return phrase(n, key, n.budget.comparative(key), label, current, shown, prefix);
    }

    /**
     * Last year's figure of a quantity the budget may state under {@code key} or only through its parts:
     * the stated one if present, else the sum of the parts' figures (with their reasons) when every part is stated.
     */
    static Optional<Comparative> statedOrSum(
            Narration n, String key, List<String> partKeys, List<Amount> partCurrents) {
        Optional<Comparative> stated = n.budget.comparative(key);
        if (stated.isPresent() || partKeys.isEmpty()) {
            return stated;
        }
        Amount sum = Amount.ZERO;
        for (String part : partKeys) {
            Optional<Comparative> c = n.budget.comparative(part);
            if (c.isEmpty()) {
                return Optional.empty();
            }
            sum = sum.plus(c.get().lastYear());
        }
        // The reasons of the parts that changed, once each, stand for the whole.
        List<String> reasons = new java.util.ArrayList<>();
        for (int i = 0; i < partKeys.size(); i++) {
            Comparative c = n.budget.comparative(partKeys.get(i)).get();
            String r = cleanReason(c.reason());
            boolean changed = Figures.alone(partCurrents.get(i).minus(c.lastYear()), n.unit)
                            .signum()
                    != 0;
            if (changed && !r.isEmpty() && !reasons.contains(r)) {
                reasons.add(r);
            }
        }
        String reason = String.join("；", reasons);
        return Optional.of(new Comparative(sum, reason));
    }

    /**
     * The comparison words for a quantity: template {@code <prefix>.up|down|flat|new} (else {@code
     * comparison.*}) with {change}, {rate}, {last} (last year's displayed figure) and {amount} (this year's
     * shown figure), then {@code <prefix>.reason} with {reason} when the budget gives one. Empty, with a
     * COMPARATIVE-MISSING issue, when last year's figure is unknown.
     */
    static String phrase(
            Narration n,
            String key,
            Optional<Comparative> found,
            String label,
            Amount current,
            BigDecimal shown,
            String prefix) {
        if (found.isEmpty()) {
            n.issue(
                    "COMPARATIVE-MISSING",
                    "$.comparatives['" + key + "']",
                    "缺少“" + label + "”的上年预算数，情况说明中未与上年比较；请补充上年预算数。");
            return "";
        }
        Comparative c = found.get();
        BigDecimal lastShown = Figures.alone(c.lastYear(), n.unit);
        BigDecimal change = Figures.alone(current.minus(c.lastYear()), n.unit);
        Direction dir = direction(c.lastYear(), change, current);
        Optional<BigDecimal> rate = Percent.rate(current, c.lastYear());
        Map<String, String> v = n.vars(
                "change",
                n.money(change.abs()),
                "last",
                n.money(lastShown),
                "amount",
                n.money(shown),
                "rate",
                rate.map(r -> n.percent(r.abs())).orElse(""));
        StringBuilder sb = new StringBuilder(n.text(v, prefix + "." + dir.key, "comparison." + dir.key));
        String reason = cleanReason(c.reason());
        if (!reason.isEmpty()) {
            sb.append(n.text(n.vars("reason", reason), prefix + ".reason", "comparison.reason"));
        } else if (dir == Direction.NEW
                || rate.map(r -> r.abs().compareTo(REASON_THRESHOLD) >= 0).orElse(false)) {
            n.issue(
                    "REASON-MISSING",
                    "$.comparatives['" + key + "'].reason",
                    "“" + label + "”比上年"
                            + (dir == Direction.NEW
                                    ? "新增"
                                    : "变动" + rate.map(r -> n.percent(r.abs())).orElse("")) + "，须说明主要原因；请在上年比较数据中填写原因。");
        }
        return sb.toString();
    }

    /** The reason without lead-in words or closing punctuation the unit may have typed. */
    static String cleanReason(String reason) {
        String r = reason == null ? "" : reason.strip();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String lead : new String[] {"主要原因是：", "主要原因是:", "主要原因是", "主要原因：", "主要原因", "原因是：", "原因是"}) {
                if (r.startsWith(lead)) {
                    r = r.substring(lead.length()).strip();
                    changed = true;
                }
            }
        }
        while (!r.isEmpty() && "。；;，,：:".indexOf(r.charAt(r.length() - 1)) >= 0) {
            r = r.substring(0, r.length() - 1).strip();
        }
        return r;
    }
}
