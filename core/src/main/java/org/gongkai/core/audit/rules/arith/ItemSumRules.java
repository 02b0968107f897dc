package org.gongkai.core.audit.rules.arith;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.gongkai.core.audit.AuditContext;
import org.gongkai.core.audit.Category;
import org.gongkai.core.audit.RuleInfo;
import org.gongkai.core.audit.Severity;
import org.gongkai.core.audit.facts.Fact;
import org.gongkai.core.audit.facts.Figure;
import org.gongkai.core.audit.facts.MoneyUnit;
import org.gongkai.core.audit.facts.Period;
import org.gongkai.core.audit.rules.conformity.ItemChains;
import org.gongkai.core.audit.rules.conformity.ItemChains.Item;
import org.gongkai.core.audit.rules.conformity.ItemChains.Listing;
import org.gongkai.core.audit.rules.conformity.ItemChains.Stated;

/**
 * FA.ITEM-SUM: a 决算 section that states its 年初预算 and 支出决算 totals and then lists every 项 with its own
 * 年初预算 and 支出决算 ("…年初预算为 4628.17 万元，支出决算为 4733.14 万元…其中：1.…年初预算为 51.50 万元，支出决算为 51.98
 * 万元…") must add up on both sides. Each item is rounded on its own, so a difference rounding can explain is left
 * to ROUND.RESIDUE.
 */
final class ItemSumRules {
    private ItemSumRules() {}

    static List<ComparisonRule> all() {
        return List.of(new ComparisonRule(
                new RuleInfo(
                        "FA.ITEM-SUM",
                        Severity.ERROR,
                        Category.ACCURACY,
                        "决算说明逐项列出的年初预算（支出决算）之和与所述总数不一致",
                        "{where}：{what}为{actual}{unit}，{against}为{expected}{unit}，相差{difference}{unit}",
                        "显示精度；各项各自舍入，相差不超过（项数+1）÷2个显示单位的另报 ROUND.RESIDUE；" + "只在另一边相符（所列各项齐全）时核对，正文称“主要项目”等时不核对",
                        "N-02；参考资料 §1.7"),
                ItemSumRules::sums));
    }

    private static List<Comparison> sums(AuditContext ctx) {
        List<Comparison> out = new ArrayList<>();
        if (!Narratives.finalAccounts(ctx)) {
            return out;
        }
        for (Listing l : ItemChains.listings(ctx)) {
            if (l.partial() || l.items().size() < 2) {
                continue;
            }
            Optional<Comparison> budget = side(l.budget(), l.items(), Item::budget, "年初预算");
            Optional<Comparison> actual =
                    side(l.actual(), l.items(), i -> i.actual() != null ? i.actual() : i.lead(), "支出决算");
            if (budget.isEmpty() || actual.isEmpty()) {
                continue;
            }
            // a list one side of which adds up names every item, so the other side must add up too; when
            // neither does, the list may leave items out
            if (actual.get().outcome() != Comparison.Outcome.ERROR) {
                out.add(budget.get());
            }
            if (budget.get().outcome() != Comparison.Outcome.ERROR) {
                out.add(actual.get());
            }
        }
        return out;
    }

    private static Optional<Comparison> side(
            Stated total, List<Item> items, Function<Item, Stated> figure, String what) {
        if (total == null) {
            return Optional.empty();
        }
        List<Fact> parts = new ArrayList<>();
        for (Item i : items) {
            Stated s = figure.apply(i);
            if (s == null) {
                return Optional.empty();
            }
            parts.add(fact(s));
        }
        return Optional.of(FactChecks.sumOfRoundedAlone(
                fact(total),
                parts,
                "所述" + what + "总数",
                "逐项列出的" + parts.size() + "项" + what + "之和",
                "核对各项与总数，改正有误的一处；各项舍入造成的尾差应在某一项中调整，使各项之和等于总数。"));
    }

    private static Fact fact(Stated s) {
        return new Fact("narrative", Period.CURRENT, new Figure(s.value(), MoneyUnit.WAN), s.location());
    }
}
