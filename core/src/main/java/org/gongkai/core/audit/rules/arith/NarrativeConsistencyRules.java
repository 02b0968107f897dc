package org.gongkai.core.audit.rules.arith;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.core.amount.Amount;
import org.gongkai.core.audit.AuditContext;
import org.gongkai.core.audit.Category;
import org.gongkai.core.audit.Location;
import org.gongkai.core.audit.RuleInfo;
import org.gongkai.core.audit.Severity;
import org.gongkai.core.audit.facts.Claim;
import org.gongkai.core.audit.facts.Claims;
import org.gongkai.core.audit.facts.Fact;
import org.gongkai.core.audit.facts.Figure;
import org.gongkai.core.audit.facts.Period;

/**
 * Narrative against narrative: the same quantity stated twice must agree — its amount, its last-year
 * value (stated, or implied by a stated change: this − change; N-03) and its rate.
 */
final class NarrativeConsistencyRules {
    private NarrativeConsistencyRules() {}

    static List<ComparisonRule> comparisons() {
        List<ComparisonRule> r = new ArrayList<>();
        r.add(new ComparisonRule(
                new RuleInfo(
                        "NN.AMOUNT",
                        Severity.ERROR,
                        Category.CONSISTENCY,
                        "同一金额在正文不同处表述不一致",
                        "{where}：{what}为{actual}{unit}，而{others}为{expected}{unit}，相差{difference}{unit}",
                        NarrativeTableRules.TOL,
                        "N-03"),
                NarrativeConsistencyRules::amounts));
        r.add(new ComparisonRule(
                new RuleInfo(
                        "NN.LAST-YEAR",
                        Severity.ERROR,
                        Category.CONSISTENCY,
                        "由增减额推算的上年数在正文不同处不一致",
                        "{where}：{what}按本处表述推算上年数为{actual}{unit}（{how}），而{others}推算为{expected}{unit}（{otherHow}），相差{difference}{unit}",
                        "较粗的显示精度",
                        "N-03"),
                NarrativeConsistencyRules::lastYears));
        return r;
    }

    static List<Comparison> amounts(AuditContext ctx) {
        if (Narratives.finalAccounts(ctx)) {
            return List.of();
        }
        boolean allGp = Narratives.allGeneral(ctx);
        Map<String, Claim> first = new LinkedHashMap<>();
        List<Comparison> out = new ArrayList<>();
        for (Claim c : ctx.claims().of(Claim.Kind.AMOUNT)) {
            // 绩效 amounts name several different sets of projects (编报、跟踪、自评); they are not one quantity.
            if (c.period() != Period.CURRENT
                    || c.subject().isNone()
                    || c.subject().key().startsWith("performance.")) {
                continue;
            }
            String key = Narratives.canonical(c, allGp);
            Claim ref = first.putIfAbsent(key, c);
            if (ref != null) {
                out.add(FactChecks.printed(
                        c,
                        List.of(Narratives.fact(ref)),
                        List.of(ref),
                        c.subject().name(),
                        "",
                        "同一金额应处处一致，核对后统一。",
                        Comparison.Relation.EQUAL));
            }
        }
        return out;
    }

    /** A last-year value stated or implied, with how it was obtained. */
    record LastYear(Claim at, Fact value, String how) {}

    static List<LastYear> lastYears(Claims claims, boolean allGp, List<Claim> source) {
        List<LastYear> out = new ArrayList<>();
        for (Claim c : source) {
            if (c.kind() == Claim.Kind.AMOUNT && c.period() == Period.LAST_YEAR) {
                out.add(new LastYear(c, Narratives.fact(c), "上年数" + c.figure().shown()));
            }
            if (c.kind() != Claim.Kind.CHANGE && c.kind() != Claim.Kind.FLAT
                    || c.subject().isNone()) {
                continue;
            }
            Optional<Claim> amount = Narratives.amountOf(claims, c);
            if (amount.isEmpty()) {
                continue;
            }
            Figure now = amount.get().figure();
            Amount change = c.kind() == Claim.Kind.FLAT ? Amount.ZERO : Narratives.signed(c);
            Amount last = now.amount().minus(change);
            String how = now.shown() + "，" + Narratives.changeShown(c);
            Figure lastFigure = new Figure(last.yuan().movePointLeft(shift(now)).stripTrailingZeros(), now.unit());
            Location where = c.location();
            out.add(new LastYear(c, new Fact(c.subject().key(), Period.LAST_YEAR, lastFigure, where), how));
        }
        return out;
    }

    private static int shift(Figure f) {
        return switch (f.unit()) {
            case YUAN -> 0;
            case WAN -> 4;
            case YI -> 8;
        };
    }

    static List<Comparison> lastYears(AuditContext ctx) {
        if (Narratives.finalAccounts(ctx)) {
            return List.of();
        }
        boolean allGp = Narratives.allGeneral(ctx);
        Map<String, LastYear> first = new LinkedHashMap<>();
        List<Comparison> out = new ArrayList<>();
        for (LastYear ly : lastYears(ctx.claims(), allGp, ctx.claims().all())) {
            String key = Narratives.canonical(ly.at(), allGp);
            LastYear ref = first.putIfAbsent(key, ly);
            if (ref == null) {
                continue;
            }
            Comparison c = FactChecks.equal(
                    ly.value(), ref.value(), ly.at().subject().name(), "", "同一项目的增减额与本年数应推出相同的上年数；核对增减额。");
            out.add(c.withValues(LazyValues.with(c.values(), "how", ly.how(), "otherHow", ref.how())));
        }
        return out;
    }
}
