package org.gongkai.core.audit.rules.arith;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.core.amount.Amount;
import org.gongkai.core.amount.Percent;
import org.gongkai.core.audit.AuditContext;
import org.gongkai.core.audit.Category;
import org.gongkai.core.audit.FindingSink;
import org.gongkai.core.audit.Location;
import org.gongkai.core.audit.Rule;
import org.gongkai.core.audit.RuleInfo;
import org.gongkai.core.audit.Severity;
import org.gongkai.core.audit.facts.Claim;
import org.gongkai.core.audit.facts.Claims;
import org.gongkai.core.audit.facts.Period;

/** Shares recomputed (N-02): share = part / its whole; the shares of a complete breakdown add up to 100%. */
final class ShareRules {
    static final RuleInfo SHARE = new RuleInfo(
            "NARR.SHARE",
            Severity.ERROR,
            Category.ACCURACY,
            "占比与金额不符",
            "{where}：{what}{part}占{actual}，按{base}为基数计算应为{expected}",
            "按显示值推算的取值区间（各数±一个显示单位），百分比±末位半个单位",
            "N-02");
    static final RuleInfo SHARE_SUM = new RuleInfo(
            "NARR.SHARE-SUM",
            Severity.ERROR,
            Category.ACCURACY,
            "完整构成的占比之和不等于100%",
            "{where}：{parts}的占比之和为{actual}，应为100%",
            "±0.01个百分点",
            "N-02");

    private ShareRules() {}

    static List<Rule> all() {
        return List.of(new SimpleRule(SHARE, ShareRules::shares), new SimpleRule(SHARE_SUM, ShareRules::shareSums));
    }

    /** The whole a part's share is taken of. */
    static String parent(Claim c) {
        String key = c.subject().key();
        if (key.startsWith("income.") && !key.equals("income.total")) {
            return "income.total";
        }
        if (key.startsWith("function.")) {
            return c.topic().isGeneralBudget() ? "general.total" : "expense.total";
        }
        if (key.startsWith("threePublic.") && !key.equals("threePublic.total")) {
            return "threePublic.total";
        }
        if (key.startsWith("procurement.") && !key.equals("procurement.total")) {
            return "procurement.total";
        }
        return switch (key) {
            case "expense.basic", "expense.project" -> "expense.total";
            case "general.basic", "general.project" -> "general.total";
            case "personnel", "public" -> "general.basic";
            default -> "";
        };
    }

    /** The stated whole: the nearest amount of the parent before the share, else the first anywhere. */
    static Optional<Claim> base(AuditContext ctx, Claim share, String parent) {
        boolean allGp = Narratives.allGeneral(ctx);
        String key = Narratives.canonical(parent, allGp);
        Claim before = null;
        Claim any = null;
        for (Claim c : ctx.claims().of(Claim.Kind.AMOUNT)) {
            if (c.period() != Period.CURRENT
                    || !Narratives.canonical(c.subject().key(), allGp).equals(key)) {
                continue;
            }
            if (any == null) {
                any = c;
            }
            boolean earlier = c.paragraph() < share.paragraph()
                    || c.paragraph() == share.paragraph() && c.start() < share.start();
            if (earlier && c.topic() == share.topic()) {
                before = c;
            }
        }
        // A share is taken of a whole stated in the same section; a whole found elsewhere may be another scope.
        return Optional.ofNullable(before);
    }

    private static void shares(AuditContext ctx, FindingSink sink) {
        Claims claims = ctx.claims();
        for (Claim s : claims.of(Claim.Kind.SHARE)) {
            Optional<Claim> part = Narratives.amountOf(claims, s);
            String parent = parent(s);
            if (part.isEmpty() || parent.isEmpty()) {
                continue;
            }
            Optional<Claim> base = base(ctx, s, parent);
            if (base.isEmpty()) {
                continue;
            }
            Optional<BigDecimal[]> bounds =
                    Ratios.share(part.get().figure(), base.get().figure());
            if (bounds.isEmpty() || Ratios.fitsAllocated(s.percent(), bounds.get())) {
                continue;
            }
            String expected = Percent.share(
                            part.get().figure().amount(), base.get().figure().amount())
                    .map(Percent::format)
                    .orElse("");
            Map<String, String> v = new LinkedHashMap<>();
            v.put("where", s.location().describe());
            v.put("what", s.subject().name());
            v.put("part", part.get().figure().shown());
            v.put("actual", Percent.format(s.percent()));
            v.put("base", base.get().subject().name() + base.get().figure().shown());
            v.put("expected", expected);
            sink.report(
                    SHARE,
                    v,
                    List.of(s.location(), part.get().location(), base.get().location()),
                    expected,
                    Percent.format(s.percent()),
                    "",
                    "占比 = 该项金额 ÷ 总额；核对分子、分母。");
        }
    }

    private static void shareSums(AuditContext ctx, FindingSink sink) {
        Map<String, List<Claim[]>> groups = new LinkedHashMap<>();
        Claims claims = ctx.claims();
        for (Claim s : claims.of(Claim.Kind.SHARE)) {
            Optional<Claim> part = Narratives.amountOf(claims, s);
            String parent = parent(s);
            if (part.isEmpty() || parent.isEmpty()) {
                continue;
            }
            Optional<Claim> base = base(ctx, s, parent);
            if (base.isEmpty()) {
                continue;
            }
            String group = s.topic() + "|" + parent;
            groups.computeIfAbsent(group, k -> new ArrayList<>()).add(new Claim[] {s, part.get(), base.get()});
        }
        for (List<Claim[]> g : groups.values()) {
            if (g.size() < 2) {
                continue;
            }
            Amount parts =
                    Amount.sum(g.stream().map(x -> x[1].figure().amount()).toList());
            Claim base = g.get(0)[2];
            if (!parts.equals(base.figure().amount())) {
                continue;
            }
            BigDecimal sum = g.stream().map(x -> x[0].percent()).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.subtract(BigDecimal.valueOf(100)).abs().compareTo(new BigDecimal("0.01")) <= 0) {
                continue;
            }
            List<Location> locs = g.stream().map(x -> x[0].location()).toList();
            Map<String, String> v = new LinkedHashMap<>();
            v.put("where", g.get(0)[0].location().describe());
            v.put(
                    "parts",
                    String.join("、", g.stream().map(x -> x[0].subject().name()).toList()));
            v.put("actual", Percent.format(sum));
            sink.report(
                    SHARE_SUM,
                    v,
                    locs,
                    "100%",
                    Percent.format(sum),
                    sum.subtract(BigDecimal.valueOf(100)).toPlainString() + "%",
                    "各组成部分的占比之和应为100%（按最大余数法分配尾差）。");
        }
    }
}
