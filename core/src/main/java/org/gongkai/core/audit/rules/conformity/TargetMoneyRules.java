package org.gongkai.core.audit.rules.conformity;

import static org.gongkai.core.audit.Category.ACCURACY;
import static org.gongkai.core.audit.Category.COMPLETENESS;
import static org.gongkai.core.audit.Category.CONFORMITY;
import static org.gongkai.core.audit.Severity.ERROR;
import static org.gongkai.core.audit.Severity.WARNING;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.core.amount.Amount;
import org.gongkai.core.audit.Rule;
import org.gongkai.core.disclosure.TargetTable;

/** Money of target tables: the funds header and the cost indicators against it. */
final class TargetMoneyRules {
    private TargetMoneyRules() {}

    static List<Rule> all() {
        return List.of(
                fundsSum(),
                fiscalExceeds(),
                otherBlank(),
                totalBlank(),
                costUnit(),
                costExceeds(),
                costSum(),
                unitCost());
    }

    private static Optional<Amount> total(TargetTable t) {
        return TargetMoney.header(t.total(), t.unitLabel());
    }

    /** A cost indicator's amount when it is a total (not per unit) in a currency unit. */
    private static Optional<Amount> totalCost(Indicator i) {
        if (!i.isCost() || !i.numeric() || i.perUnit() || !i.hasCurrency()) {
            return Optional.empty();
        }
        return TargetMoney.of(i.number(), i.unit());
    }

    private static Rule fundsSum() {
        return ConformityRule.of(
                "TGT.FUNDS-SUM",
                ERROR,
                ACCURACY,
                "年度资金总额不等于财政拨款与其他资金之和",
                "{table}：年度资金总额{total}，财政拨款{fiscal}加其他资金{other}为{sum}",
                "精确到分",
                "参考资料 §3.2",
                (c, r) -> c.disclosure().targetTables().forEach(t -> {
                    Optional<Amount> total = total(t);
                    Optional<Amount> fiscal = TargetMoney.header(t.fiscal(), t.unitLabel());
                    Amount other = TargetMoney.header(t.other(), t.unitLabel()).orElse(Amount.ZERO);
                    if (total.isEmpty() || fiscal.isEmpty()) {
                        return;
                    }
                    Amount sum = fiscal.get().plus(other);
                    if (!sum.equals(total.get())) {
                        r.at(Where.target(t, "项目资金", "年度资金总额"))
                                .with("table", Where.targetName(t))
                                .with("total", TargetMoney.wan(total.get()))
                                .with("fiscal", TargetMoney.wan(fiscal.get()))
                                .with("other", TargetMoney.wan(other))
                                .with("sum", TargetMoney.wan(sum))
                                .expected(TargetMoney.wan(sum))
                                .actual(TargetMoney.wan(total.get()))
                                .difference(TargetMoney.wan(total.get().minus(sum)))
                                .suggest("核对年度资金总额及其来源")
                                .report();
                    }
                }));
    }

    private static Rule fiscalExceeds() {
        return ConformityRule.of(
                "TGT.FISCAL-EXCEEDS",
                ERROR,
                ACCURACY,
                "财政拨款大于年度资金总额",
                "{table}：财政拨款{fiscal}大于年度资金总额{total}",
                "",
                "参考资料 §3.2",
                (c, r) -> c.disclosure().targetTables().forEach(t -> {
                    Optional<Amount> total = total(t);
                    Optional<Amount> fiscal = TargetMoney.header(t.fiscal(), t.unitLabel());
                    if (total.isPresent() && fiscal.isPresent() && fiscal.get().compareTo(total.get()) > 0) {
                        r.at(Where.target(t, "项目资金", "其中：财政拨款"))
                                .with("table", Where.targetName(t))
                                .with("fiscal", TargetMoney.wan(fiscal.get()))
                                .with("total", TargetMoney.wan(total.get()))
                                .expected("≤" + TargetMoney.wan(total.get()))
                                .actual(TargetMoney.wan(fiscal.get()))
                                .difference(TargetMoney.wan(fiscal.get().minus(total.get())))
                                .suggest("核对财政拨款与年度资金总额")
                                .report();
                    }
                }));
    }

    private static Rule otherBlank() {
        return ConformityRule.of(
                "TGT.OTHER-BLANK",
                WARNING,
                CONFORMITY,
                "其他资金未填写",
                "{table}的“其他资金”为空，没有其他资金时应填0",
                "",
                "参考资料 §3.2",
                (c, r) -> c.disclosure().targetTables().forEach(t -> {
                    if (!Texts.isBlank(t.total()) && Texts.isBlank(t.other())) {
                        r.at(Where.target(t, "项目资金", "其他资金"))
                                .with("table", Where.targetName(t))
                                .expected("0")
                                .suggest("填写0")
                                .report();
                    }
                }));
    }

    private static Rule totalBlank() {
        return ConformityRule.of(
                "TGT.FUNDS-MISSING",
                WARNING,
                COMPLETENESS,
                "绩效目标表未填年度资金总额",
                "{table}没有填写年度资金总额",
                "",
                "参考资料 §3.2",
                (c, r) -> c.disclosure().targetTables().forEach(t -> {
                    if (total(t).isEmpty()) {
                        r.at(Where.target(t, "项目资金", "年度资金总额"))
                                .with("table", Where.targetName(t))
                                .suggest("填写年度资金总额")
                                .report();
                    }
                }));
    }

    private static Rule costUnit() {
        return ConformityRule.of(
                "TGT.COST-UNIT",
                WARNING,
                CONFORMITY,
                "成本指标缺少货币单位",
                "{table}的成本指标“{name}”为{value}，没有货币单位（元、万元）",
                "",
                "财预〔2021〕101号；参考资料 §3.3",
                (c, r) -> c.disclosure().targetTables().forEach(t -> {
                    for (Indicator i : Targets.indicators(c, t)) {
                        if (i.isCost() && i.numeric() && !i.percent() && !i.hasCurrency()) {
                            r.at(Where.indicator(t, i.row()))
                                    .with("table", Where.targetName(t))
                                    .with("name", i.row().name().strip())
                                    .with("value", i.row().value().strip())
                                    .actual(i.row().value().strip())
                                    .suggest("注明单位，如“≤6万元”或在名称后加“（万元）”")
                                    .report();
                        }
                    }
                }));
    }

    private static Rule costExceeds() {
        return ConformityRule.of(
                "TGT.COST-EXCEEDS",
                ERROR,
                ACCURACY,
                "成本指标超过年度资金总额",
                "{table}的成本指标“{name}”为{value}，超过年度资金总额{total}",
                "",
                "参考资料 §3.3",
                (c, r) -> c.disclosure()
                        .targetTables()
                        .forEach(t -> total(t).ifPresent(total -> {
                            for (Indicator i : Targets.indicators(c, t)) {
                                Optional<Amount> cost = totalCost(i);
                                if (cost.isPresent() && cost.get().compareTo(total) > 0) {
                                    r.at(Where.indicator(t, i.row()))
                                            .with("table", Where.targetName(t))
                                            .with("name", i.row().name().strip())
                                            .with("value", i.row().value().strip())
                                            .with("total", TargetMoney.wan(total))
                                            .expected("≤" + TargetMoney.wan(total))
                                            .actual(TargetMoney.wan(cost.get()))
                                            .difference(
                                                    TargetMoney.wan(cost.get().minus(total)))
                                            .suggest("核对成本指标的数值和单位")
                                            .report();
                                }
                            }
                        })));
    }

    private static Rule costSum() {
        return ConformityRule.of(
                "TGT.COST-SUM-EXCEEDS",
                WARNING,
                ACCURACY,
                "各项成本指标合计超过年度资金总额",
                "{table}的{count}项成本指标合计{sum}，超过年度资金总额{total}",
                "",
                "参考资料 §3.3",
                (c, r) -> c.disclosure()
                        .targetTables()
                        .forEach(t -> total(t).ifPresent(total -> {
                            List<Amount> costs = new ArrayList<>();
                            for (Indicator i : Targets.indicators(c, t)) {
                                totalCost(i).ifPresent(costs::add);
                            }
                            Amount sum = Amount.sum(costs);
                            if (costs.size() > 1 && sum.compareTo(total) > 0) {
                                r.at(Where.target(t, "成本指标", "指标值"))
                                        .with("table", Where.targetName(t))
                                        .with("count", String.valueOf(costs.size()))
                                        .with("sum", TargetMoney.wan(sum))
                                        .with("total", TargetMoney.wan(total))
                                        .expected("≤" + TargetMoney.wan(total))
                                        .actual(TargetMoney.wan(sum))
                                        .difference(TargetMoney.wan(sum.minus(total)))
                                        .suggest("核对各成本指标")
                                        .report();
                            }
                        })));
    }

    private static Rule unitCost() {
        return ConformityRule.of(
                "TGT.UNIT-COST-PRODUCT",
                WARNING,
                ACCURACY,
                "单位成本乘数量与年度资金总额不符",
                "{table}：“{name}”{value}乘“{quantityName}”{quantity}{months}为{product}，年度资金总额为{total}",
                "相差超过5%才报告；按月计价的乘12",
                "参考资料 §3.3",
                (c, r) -> c.disclosure()
                        .targetTables()
                        .forEach(t -> total(t).ifPresent(total -> {
                            List<Indicator> indicators = Targets.indicators(c, t);
                            for (Indicator u : indicators) {
                                if (!u.isCost() || !u.numeric() || !u.unit().contains("/") || !u.hasCurrency()) {
                                    continue;
                                }
                                Indicator q = bestQuantity(u, indicators);
                                if (q == null) {
                                    continue;
                                }
                                boolean monthly =
                                        u.unit().endsWith("/月") || u.name().contains("每月");
                                String currency = u.unit().substring(0, u.unit().indexOf('/'));
                                BigDecimal product =
                                        u.number().multiply(q.number()).multiply(BigDecimal.valueOf(monthly ? 12 : 1));
                                Optional<Amount> amount =
                                        TargetMoney.of(product.setScale(2, RoundingMode.HALF_UP), currency);
                                if (amount.isEmpty()) {
                                    continue;
                                }
                                Amount diff = amount.get().minus(total).abs();
                                if (diff.yuan().multiply(BigDecimal.valueOf(20)).compareTo(total.yuan()) > 0) {
                                    r.at(Where.indicator(t, u.row()))
                                            .with("table", Where.targetName(t))
                                            .with("name", u.row().name().strip())
                                            .with("value", u.row().value().strip())
                                            .with("quantityName", q.row().name().strip())
                                            .with("quantity", q.row().value().strip())
                                            .with("months", monthly ? "再乘12个月" : "")
                                            .with("product", TargetMoney.wan(amount.get()))
                                            .with("total", TargetMoney.wan(total))
                                            .expected(TargetMoney.wan(total))
                                            .actual(TargetMoney.wan(amount.get()))
                                            .difference(
                                                    TargetMoney.wan(amount.get().minus(total)))
                                            .suggest("核对单位成本、数量或年度资金总额")
                                            .report();
                                }
                            }
                        })));
    }

    /** The quantity indicator that shares most words with a unit-cost indicator; null when none shares any. */
    private static Indicator bestQuantity(Indicator unitCost, List<Indicator> indicators) {
        Indicator best = null;
        int bestScore = 0;
        for (Indicator q : indicators) {
            if (q == unitCost || !q.numeric() || q.percent() || q.isCost() || !q.isQuantity()) {
                continue;
            }
            int score = Targets.overlapPercent(
                    IndicatorLexicon.withoutUnit(q.name()), IndicatorLexicon.withoutUnit(unitCost.name()));
            if (score > bestScore) {
                best = q;
                bestScore = score;
            }
        }
        return best;
    }
}
