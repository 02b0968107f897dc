package org.gongkai.core.derive.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gongkai.core.amount.Amount;
import org.gongkai.core.budget.QuantityKey;
import org.gongkai.core.budget.ThreePublic;

/** 八: "三公" total and items, change vs last year with reasons (持平 when unchanged). */
final class ThreePublicSection {
    private ThreePublicSection() {}

    static void write(Narration n) {
        ThreePublic tp = n.budget.threePublic() == null ? ThreePublic.NONE : n.budget.threePublic();
        List<ThreePublic.Item> items = Arrays.asList(ThreePublic.Item.values());
        List<Amount> amounts = items.stream().map(tp::get).toList();
        BigDecimal total = n.shown.threePublic("total");
        List<BigDecimal> shown =
                items.stream().map(i -> n.shown.threePublic(i.name())).toList();
        var v = n.vars("total", n.money(total));
        for (int i = 0; i < items.size(); i++) {
            v.put(items.get(i).name(), n.money(shown.get(i)));
        }
        n.paragraph(v, "threePublic.summary");
        String totalCmp = n.compare(QuantityKey.THREE_PUBLIC, "三公经费", tp.total(), total, "threePublicTotal");
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ThreePublic.Item item = items.get(i);
            String name = n.name("threePublicNames", item.name());
            String key = QuantityKey.threePublic(item);
            boolean nothing = amounts.get(i).isZero()
                    && n.budget.comparative(key).map(c -> c.lastYear().isZero()).orElse(true);
            if (item == ThreePublic.Item.VEHICLE_PURCHASE && nothing && n.style.has("threePublic.purchaseNone")) {
                parts.add(n.text(n.vars("name", name, "amount", n.money(shown.get(i))), "threePublic.purchaseNone"));
                continue;
            }
            String cmp = n.compare(key, name, amounts.get(i), shown.get(i), "threePublic");
            if (cmp.isEmpty()) {
                continue; // no last-year figure: say nothing rather than invent a comparison
            }
            parts.add(n.text(
                    n.vars("name", name, "amount", n.money(shown.get(i)), "comparison", cmp), "threePublic.item"));
        }
        if (totalCmp.isEmpty()) {
            return; // no last-year total: the change sentence would have no subject
        }
        n.paragraph(
                n.vars("comparison", totalCmp, "items", String.join(n.style.option("itemEnd", "；"), parts)),
                "threePublic.changes");
    }
}
