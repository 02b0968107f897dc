package org.gongkai.core.audit.rules.conformity;

import static org.gongkai.core.audit.Category.ACCURACY;
import static org.gongkai.core.audit.Category.CONFORMITY;
import static org.gongkai.core.audit.Category.CONSISTENCY;
import static org.gongkai.core.audit.Severity.ERROR;
import static org.gongkai.core.audit.Severity.WARNING;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.core.audit.AuditContext;
import org.gongkai.core.audit.Rule;
import org.gongkai.core.audit.facts.Fact;
import org.gongkai.core.audit.facts.Topic;
import org.gongkai.core.disclosure.DisclosureInfo;

/**
 * Items of the narrative that name a 项 by its 类/款/项 names ({@link ItemChains}): the 类 name must be the class
 * of that 项; in 决算 narratives the 决算 figure must be the table's and the comparison word (决算数大于/小于/等于
 * 预算数) must fit the two figures stated.
 */
final class ItemChainRules {
    private ItemChainRules() {}

    static List<Rule> all() {
        return List.of(
                ConformityRule.of(
                        "FA.ITEM-AMOUNT",
                        ERROR,
                        CONSISTENCY,
                        "决算说明中项级科目的决算数与表格不一致",
                        "{where}：正文{item}决算数为{actual}万元，{against}为{expected}万元，{relation}",
                        "正文两位小数万元；一般公共预算项目与一般公共预算财政拨款支出决算表同一科目相等（与支出决算表相等时不报，由表格规则报告表间不一致）；" + "政府性基金项目不超过支出决算表同一科目",
                        "I-15, I-20；参考资料 §1.7",
                        ItemChainRules::amounts),
                ConformityRule.of(
                        "FA.DIRECTION",
                        ERROR,
                        ACCURACY,
                        "决算数与预算数的比较用词与数字不符",
                        "{where}：{item}年初预算{budget}万元、支出决算{final}万元，正文却说决算数“{word}”预算数",
                        "按正文所列两数比较",
                        "参考资料 §1.7",
                        ItemChainRules::direction),
                ConformityRule.of(
                        "NARR.ITEM-CLASS-NAME",
                        WARNING,
                        CONFORMITY,
                        "正文中科目的类名称与所列款、项不符",
                        "{where}：正文写作“{printed}（类）”，其所列款、项属于{code}“{official}”",
                        "忽略空白、括号和引号；类名称与表中或科目表中任一名称相同即可",
                        "I-21",
                        ItemChainRules::className));
    }

    private static boolean finalAccounts(AuditContext c) {
        return c.disclosure().info().kind() == DisclosureInfo.Kind.FINAL_ACCOUNTS;
    }

    private static String itemName(ItemChains.Item item) {
        return "“" + item.chain().quote() + "”";
    }

    private static void amounts(AuditContext c, Reporter r) {
        if (!finalAccounts(c)) {
            return;
        }
        for (ItemChains.Item item : ItemChains.of(c)) {
            ItemChains.Stated stated = item.actual() != null ? item.actual() : item.lead();
            if (item.code().isEmpty() || stated == null) {
                continue;
            }
            Optional<Fact> all = c.facts().first("T3|" + item.code() + "|total");
            if (item.topic().isGeneralBudget()) {
                Optional<Fact> gp = c.facts().first("T5|" + item.code() + "|total");
                if (gp.isEmpty()
                        || same(stated.value(), gp.get())
                        || all.isPresent() && same(stated.value(), all.get())) {
                    continue;
                }
                report(r, item, stated, gp.get(), "相差" + diff(stated.value(), gp.get()) + "万元", "核对正文与表格，改正有误的一处。");
            } else if (item.topic() == Topic.FUND && all.isPresent()) {
                BigDecimal table = wan(all.get(), stated.value().scale());
                if (stated.value().compareTo(table) > 0) {
                    report(
                            r,
                            item,
                            stated,
                            all.get(),
                            "政府性基金支出超出该科目全部支出" + stated.value().subtract(table).toPlainString() + "万元",
                            "政府性基金预算支出是该科目支出的一部分，不能更大；核对正文与政府性基金决算表。");
                }
            }
        }
    }

    private static void report(
            Reporter r, ItemChains.Item item, ItemChains.Stated stated, Fact table, String relation, String fix) {
        String expected = wan(table, 2).toPlainString();
        r.at(List.of(stated.location(), table.location(), item.chain()))
                .with("where", stated.location().describe())
                .with("item", itemName(item))
                .with("actual", stated.value().setScale(2, RoundingMode.HALF_UP).toPlainString())
                .with("against", table.location().describe())
                .with("expected", expected)
                .with("relation", relation)
                .expected(expected)
                .actual(stated.value().setScale(2, RoundingMode.HALF_UP).toPlainString())
                .difference(diff(stated.value(), table))
                .suggest(fix)
                .report();
    }

    /** The table amount in 万元 at the scale the text prints (at least 2 decimals). */
    private static BigDecimal wan(Fact f, int scale) {
        return f.amount().wan().setScale(Math.max(2, scale), RoundingMode.HALF_UP);
    }

    private static boolean same(BigDecimal stated, Fact f) {
        return stated.compareTo(wan(f, stated.scale())) == 0;
    }

    private static String diff(BigDecimal stated, Fact f) {
        return stated.subtract(wan(f, stated.scale()))
                .setScale(2, RoundingMode.HALF_UP)
                .toPlainString();
    }

    private static void direction(AuditContext c, Reporter r) {
        if (!finalAccounts(c)) {
            return;
        }
        for (ItemChains.Item item : ItemChains.of(c)) {
            if (item.budget() == null || item.actual() == null || item.word().isEmpty()) {
                continue;
            }
            int sign = item.actual().value().compareTo(item.budget().value());
            int said = switch (item.word()) {
                case "大于", "高于", "多于" -> 1;
                case "小于", "低于", "少于" -> -1;
                default -> 0;
            };
            if (sign == said) {
                continue;
            }
            String right = sign > 0 ? "大于" : sign < 0 ? "小于" : "等于";
            r.at(List.of(item.wordAt(), item.budget().location(), item.actual().location()))
                    .with("where", item.wordAt().describe())
                    .with("item", itemName(item))
                    .with("budget", item.budget().value().toPlainString())
                    .with("final", item.actual().value().toPlainString())
                    .with("word", item.word())
                    .expected("决算数" + right + "预算数")
                    .actual(item.wordAt().quote())
                    .suggest("按两数改为“决算数" + right + "预算数”，或核对两数。")
                    .report();
        }
    }

    private static void className(AuditContext c, Reporter r) {
        for (ItemChains.Item item : ItemChains.of(c)) {
            if (item.code().isEmpty()) {
                continue;
            }
            String classCode = item.code().substring(0, 3);
            Set<String> names = ItemChains.namesOf(c, classCode);
            if (names.isEmpty()) {
                continue;
            }
            String printed = ItemChains.key(item.className());
            // The chain may start mid-sentence: "其中：一般公共服务支出（类）…" reads 其中 as part of the name.
            if (names.stream().anyMatch(printed::endsWith)) {
                continue;
            }
            String official = c.classifications()
                    .function(classCode)
                    .map(x -> x.name())
                    .orElse(names.iterator().next());
            r.at(item.chain())
                    .with("where", item.chain().describe())
                    .with("printed", item.className())
                    .with("code", classCode)
                    .with("official", official)
                    .expected(official)
                    .actual(item.className())
                    .suggest("改为“" + official + "（类）”")
                    .report();
        }
    }
}
