package org.gongkai.core.audit.rules.arith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.core.audit.AuditContext;
import org.gongkai.core.audit.Category;
import org.gongkai.core.audit.RuleInfo;
import org.gongkai.core.audit.Severity;
import org.gongkai.core.audit.facts.Claim;
import org.gongkai.core.audit.facts.Fact;
import org.gongkai.core.audit.facts.Figure;
import org.gongkai.core.audit.facts.Period;
import org.gongkai.core.audit.facts.TableKind;
import org.gongkai.core.audit.facts.Topic;

/**
 * Lists in the narrative that must add up: a whole and all its parts stated in one section (基本 + 项目,
 * 人员 + 公用, the 三公 items), their changes, 政府采购 (N-04), and the one-项 rule of 五（三）.
 */
final class BreakdownRules {
    private static final String SUM_MSG =
            "{where}：{what}为{actual}{unit}，{against}为{expected}{unit}，相差{difference}{unit}";

    private BreakdownRules() {}

    static List<ComparisonRule> all() {
        List<ComparisonRule> r = new ArrayList<>();
        r.add(rule("NARR.LIST-SUM", Category.ACCURACY, "正文总额不等于所列各组成部分之和", "N-02", BreakdownRules::listSums));
        r.add(rule(
                "NARR.CHANGE-SUM", Category.CONSISTENCY, "各组成部分的增减额之和不等于总额的增减额", "N-03", BreakdownRules::changeSums));
        r.add(rule(
                "NARR.PROC-SUM", Category.ACCURACY, "政府采购预算总额不等于货物、工程、服务之和", "N-04", ctx -> procurement(ctx, false)));
        r.add(rule("NARR.PROC-SME", Category.ACCURACY, "面向中小企业预留金额超过政府采购预算总额", "N-04", ctx -> procurement(ctx, true)));
        r.add(rule("NARR.PROC-SMALL", Category.ACCURACY, "面向小微企业预留金额超过面向中小企业预留金额", "N-04", BreakdownRules::smallMicro));
        r.add(rule(
                "NARR.SINGLE-ITEM-CHANGE",
                Category.CONSISTENCY,
                "当年拨款只有一个项级科目时，该科目增减额应等于总额增减额",
                "§2.10 五（三）",
                BreakdownRules::singleItem));
        return r;
    }

    private static ComparisonRule rule(
            String id,
            Category category,
            String title,
            String basis,
            java.util.function.Function<AuditContext, List<Comparison>> body) {
        String message = id.equals("NARR.PROC-SME") || id.equals("NARR.PROC-SMALL")
                ? "{where}：{what}{actual}{unit}超过{against}{expected}{unit}"
                : SUM_MSG;
        return new ComparisonRule(
                new RuleInfo(id, Severity.ERROR, category, title, message, "显示精度；恰差一个显示单位另报 ROUND.RESIDUE", basis),
                body);
    }

    private static List<Comparison> listSums(AuditContext ctx) {
        List<Comparison> out = new ArrayList<>();
        if (Narratives.finalAccounts(ctx)) {
            return out;
        }
        for (Map.Entry<Topic, List<Claim>> t : Narratives.byTopic(ctx.claims()).entrySet()) {
            Map<String, Claim> first = Narratives.firstAmounts(t.getValue());
            for (Map.Entry<String, List<List<String>>> b : Narratives.BREAKDOWNS.entrySet()) {
                Claim whole = first.get(b.getKey());
                if (whole == null) {
                    continue;
                }
                for (List<String> parts : b.getValue()) {
                    if (parts.stream().allMatch(first::containsKey)) {
                        List<Fact> facts = parts.stream()
                                .map(p -> Narratives.fact(first.get(p)))
                                .toList();
                        if (wholeWanCut(whole, facts)) {
                            break;
                        }
                        out.add(FactChecks.sum(
                                Narratives.fact(whole),
                                facts,
                                whole.subject().name(),
                                String.join(
                                                "、",
                                                parts.stream()
                                                        .map(p -> first.get(p)
                                                                .subject()
                                                                .name())
                                                        .toList()) + "之和",
                                "总额应等于各组成部分之和。"));
                        break;
                    }
                }
            }
        }
        return out;
    }

    /**
     * A whole printed in whole 万元 ("328,661万元") agrees with its parts when their sum, rounded or cut to whole
     * 万元, is the whole: the policy of {@link NarrativeTableRules#TOL} for whole-万元 figures.
     */
    private static boolean wholeWanCut(Claim whole, List<Fact> parts) {
        var printed = whole.figure().printed();
        if (whole.figure().unit() != org.gongkai.core.audit.facts.MoneyUnit.WAN || printed.scale() > 0) {
            return false;
        }
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        for (Fact f : parts) {
            sum = sum.add(f.amount().wan());
        }
        return sum.setScale(0, java.math.RoundingMode.DOWN).compareTo(printed) == 0
                || sum.setScale(0, java.math.RoundingMode.HALF_UP).compareTo(printed) == 0;
    }

    /** The signed change of a CHANGE or FLAT claim as a fact. */
    private static Fact signedFact(Claim c) {
        Figure f = c.kind() == Claim.Kind.FLAT
                ? new Figure(java.math.BigDecimal.ZERO, org.gongkai.core.audit.facts.MoneyUnit.WAN)
                : new Figure(
                        c.direction() < 0
                                ? c.figure().printed().negate()
                                : c.figure().printed(),
                        c.figure().unit());
        return new Fact(c.subject().key(), Period.CURRENT, f, c.location());
    }

    private static List<Claim> changes(List<Claim> claims) {
        return claims.stream()
                .filter(c -> (c.kind() == Claim.Kind.CHANGE || c.kind() == Claim.Kind.FLAT)
                        && !c.subject().isNone())
                .toList();
    }

    /** The first of {@code changes} (already filtered by {@link #changes}) about the whole {@code key}. */
    private static Optional<Claim> firstChange(List<Claim> changes, String key, boolean allGp) {
        return changes.stream()
                .filter(c -> Narratives.canonical(c.subject().key(), allGp).equals(Narratives.canonical(key, allGp)))
                .findFirst();
    }

    private static List<Comparison> changeSums(AuditContext ctx) {
        boolean allGp = Narratives.allGeneral(ctx);
        List<Comparison> out = new ArrayList<>();
        if (Narratives.finalAccounts(ctx)) {
            return out;
        }
        List<Claim> allChanges = changes(ctx.claims().all());
        for (Map.Entry<Topic, List<Claim>> t : Narratives.byTopic(ctx.claims()).entrySet()) {
            List<Claim> topicChanges = changes(t.getValue()); // once per topic, not once per part
            for (Map.Entry<String, List<List<String>>> b : Narratives.BREAKDOWNS.entrySet()) {
                for (List<String> parts : b.getValue()) {
                    List<Claim> partChanges = new ArrayList<>();
                    for (String p : parts) {
                        topicChanges.stream()
                                .filter(c -> c.subject().key().equals(p))
                                .findFirst()
                                .ifPresent(partChanges::add);
                    }
                    if (partChanges.size() != parts.size()) {
                        continue;
                    }
                    Optional<Claim> whole = firstChange(topicChanges, b.getKey(), allGp)
                            .or(() -> firstChange(allChanges, b.getKey(), allGp));
                    if (whole.isEmpty()) {
                        continue;
                    }
                    List<Fact> facts =
                            partChanges.stream().map(BreakdownRules::signedFact).toList();
                    out.add(FactChecks.sum(
                            signedFact(whole.get()),
                            facts,
                            whole.get().subject().name() + "增减额",
                            String.join(
                                            "、",
                                            partChanges.stream()
                                                    .map(c -> c.subject().name() + Narratives.changeShown(c))
                                                    .toList())
                                    + "合计",
                            "总额的增减额应等于各组成部分增减额之和；核对各处增减额。"));
                    break;
                }
            }
        }
        return out;
    }

    private static List<Comparison> procurement(AuditContext ctx, boolean sme) {
        List<Comparison> out = new ArrayList<>();
        Map<String, Claim> first = Narratives.firstAmounts(ctx.claims().of(Claim.Kind.AMOUNT));
        Claim total = first.get("procurement.total");
        if (total == null) {
            return out;
        }
        if (sme) {
            Claim reserved = first.get("procurement.sme");
            if (reserved != null) {
                out.add(FactChecks.atMost(
                        Narratives.fact(reserved),
                        List.of(Narratives.fact(total)),
                        "面向中小企业预留",
                        "政府采购预算总额",
                        "预留金额不能超过政府采购预算总额。"));
            }
            return out;
        }
        List<Fact> parts = new ArrayList<>();
        for (String p : List.of("procurement.goods", "procurement.works", "procurement.services")) {
            if (first.containsKey(p)) {
                parts.add(Narratives.fact(first.get(p)));
            }
        }
        // Only a complete split can be checked: a part left unstated may sit on a wrapped line.
        if (parts.size() == 3) {
            out.add(FactChecks.sum(
                    Narratives.fact(total), parts, "政府采购预算总额", "货物、工程、服务之和", "政府采购预算总额应等于货物、工程、服务三类之和。"));
        }
        return out;
    }

    private static List<Comparison> smallMicro(AuditContext ctx) {
        Map<String, Claim> first = Narratives.firstAmounts(ctx.claims().of(Claim.Kind.AMOUNT));
        Claim small = first.get("procurement.smallMicro");
        Claim sme = first.get("procurement.sme");
        if (small == null || sme == null) {
            return List.of();
        }
        return List.of(FactChecks.atMost(
                Narratives.fact(small),
                List.of(Narratives.fact(sme)),
                "面向小微企业预留",
                "面向中小企业预留",
                "小微企业是中小企业的一部分，预留金额不能更大。"));
    }

    /** If 表五 has a single 项, the change stated for that 项 must be the change of the whole 当年拨款. */
    private static List<Comparison> singleItem(AuditContext ctx) {
        List<Comparison> out = new ArrayList<>();
        var t5 = ctx.facts().view(TableKind.T5);
        if (t5.isEmpty()) {
            return out;
        }
        var items = t5.get().rowsWithCodeLength(7);
        if (items.size() != 1) {
            return out;
        }
        String key = "function." + items.get(0).code();
        boolean allGp = Narratives.allGeneral(ctx);
        Optional<Claim> whole = firstChange(changes(ctx.claims().all()), "general.total", allGp);
        if (whole.isEmpty()) {
            return out;
        }
        for (Claim c : changes(ctx.claims().all())) {
            if (c.subject().key().equals(key)) {
                out.add(FactChecks.equal(
                        signedFact(c),
                        signedFact(whole.get()),
                        c.subject().name() + "增减额",
                        whole.get().subject().name() + "增减额",
                        "表五只有一个项级科目，其增减额即一般公共预算拨款总额的增减额；核对两处表述。"));
            }
        }
        return out;
    }
}
