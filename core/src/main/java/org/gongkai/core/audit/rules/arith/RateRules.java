package org.gongkai.core.audit.rules.arith;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.gongkai.core.audit.facts.Figure;

/**
 * Year-over-year changes and rates recomputed (N-01): rate = change / (this − change) on last year's
 * base, no rate when last year is zero (新增), direction words that match the sign.
 */
final class RateRules {
    private static final String TOL = "按显示值推算的取值区间（各数±一个显示单位，容许尾差分配），百分比±末位半个单位";

    private RateRules() {}

    /** A rate that does not fit, and why. */
    enum Verdict {
        WRONG,
        WRONG_BASE,
        NEW,
        /** Fits only when the figures are taken as allocated (one display unit off), not as rounded. */
        RESIDUE
    }

    record RateCheck(Claim rate, Claim amount, Claim change, Verdict verdict, String expected, String hint) {

        RateCheck(Claim rate, Claim amount, Claim change, Verdict verdict, String expected) {
            this(rate, amount, change, verdict, expected, "");
        }
    }

    static List<Rule> all() {
        List<Rule> r = new ArrayList<>();
        r.add(rateRule(
                "NARR.RATE",
                "增减率与增减额不符",
                "{where}：{what}增减率为{actual}，按增减额{change}和上年数{last}计算应为{expected}{hint}",
                Verdict.WRONG,
                "按“增减额 ÷ 上年数”重新计算增减率。"));
        r.add(rateRule(
                "NARR.RATE-BASE",
                "增减率误以本年数为基数",
                "{where}：{what}增减率{actual}是用增减额{change}除以本年数{now}得出的；应除以上年数{last}，为{expected}",
                Verdict.WRONG_BASE,
                "增减率的分母应为上年数（本年数 − 增加额 或 本年数 + 减少额）。"));
        r.add(rateRule(
                "NARR.NEW",
                "上年为零却给出增减率",
                "{where}：{what}上年数为0，不应表述增减率{actual}，应表述为“新增”",
                Verdict.NEW,
                "上年数为零时不计算增减率，表述为“新增”。"));
        r.add(rateRule(
                new RuleInfo(
                        "NARR.RATE-RESIDUE",
                        Severity.WARNING,
                        Category.ACCURACY,
                        "增减率与按所印数字计算的结果差一个末位",
                        "{where}：{what}增减率为{actual}，按增减额{change}和上年数{last}计算为{expected}，" + "只有把所印金额看作分配过尾差才相符",
                        "各数±半个显示单位（四舍五入）时不符、±一个显示单位（尾差分配）时相符",
                        "N-01"),
                Verdict.RESIDUE,
                "核对增减率：按所印增减额和上年数计算并四舍五入。"));
        r.add(new SimpleRule(
                info(
                        "NARR.RATE-DIRECTION",
                        Category.ACCURACY,
                        "增减率方向与增减额方向相反",
                        "{where}：{what}表述为“{changeWord}”，增减率却表述为“{rateWord}”",
                        "",
                        "N-01"),
                RateRules::direction));
        r.add(new SimpleRule(
                info(
                        "NARR.FLAT",
                        Category.CONFORMITY,
                        "增减额为零却用“增加/减少”",
                        "{where}：{what}“{word}0”，应表述为“持平”或“与上年一致”",
                        "",
                        "N-01"),
                RateRules::flat));
        r.add(new SimpleRule(
                info(
                        "NARR.SIGN-WORD",
                        Category.ACCURACY,
                        "增减用词与数值符号矛盾",
                        "{where}：{what}表述为“{word}{value}”，用词与数值的正负矛盾",
                        "",
                        "N-01"),
                RateRules::signWord));
        r.add(new SimpleRule(
                new RuleInfo(
                        "NARR.REASON-MISSING",
                        Severity.WARNING,
                        Category.COMPLETENESS,
                        "增减变化未说明原因",
                        "{where}：{what}{word}{value}，未说明增减原因",
                        "",
                        "N-05"),
                RateRules::reasonMissing));
        r.add(new SimpleRule(
                info(
                        "NN.RATE",
                        Category.CONSISTENCY,
                        "同一项目的增减率在正文不同处不一致",
                        "{where}：{what}增减率为{actual}，而{other}为{expected}",
                        "",
                        "N-03"),
                RateRules::sameRate));
        return r;
    }

    private static RuleInfo info(
            String id, Category category, String title, String message, String tolerance, String basis) {
        return new RuleInfo(id, Severity.ERROR, category, title, message, tolerance, basis);
    }

    private static Rule rateRule(String id, String title, String message, Verdict verdict, String suggestion) {
        return rateRule(info(id, Category.ACCURACY, title, message, TOL, "N-01"), verdict, suggestion);
    }

    private static Rule rateRule(RuleInfo info, Verdict verdict, String suggestion) {
        return new SimpleRule(info, (ctx, sink) -> {
            for (RateCheck rc : evaluate(ctx.claims(), Narratives.allGeneral(ctx))) {
                if (rc.verdict() != verdict) {
                    continue;
                }
                Map<String, String> v = new LinkedHashMap<>();
                v.put("where", rc.rate().location().describe());
                v.put("what", rc.rate().subject().name());
                v.put("actual", Percent.format(rc.rate().percent()));
                v.put("expected", rc.expected());
                v.put("change", Narratives.changeShown(rc.change()));
                v.put("now", rc.amount().figure().shown());
                v.put("last", lastShown(rc));
                v.put("hint", rc.hint());
                sink.report(
                        info,
                        v,
                        List.of(
                                rc.rate().location(),
                                rc.change().location(),
                                rc.amount().location()),
                        rc.expected(),
                        Percent.format(rc.rate().percent()),
                        "",
                        suggestion);
            }
        });
    }

    private static String lastShown(RateCheck rc) {
        var last = rc.amount().figure().amount().minus(Narratives.signed(rc.change()));
        return rc.amount().figure().unit().show(last, rc.amount().figure().step())
                + rc.amount().figure().unit().label();
    }

    static List<RateCheck> evaluate(Claims claims, boolean allGeneral) {
        List<RateCheck> out = new ArrayList<>();
        for (Claim rate : claims.of(Claim.Kind.RATE)) {
            Optional<Claim> change = Narratives.changeOf(claims, rate);
            Optional<Claim> amount =
                    Narratives.amountOf(claims, rate).or(() -> Narratives.amountEarlierInSection(claims, rate));
            if (change.isEmpty() || amount.isEmpty() || rate.percent() == null) {
                continue;
            }
            int dir = change.get().direction();
            var now = amount.get().figure();
            var ch = change.get().figure();
            if (now.amount().minus(Narratives.signed(change.get())).isZero()) {
                out.add(new RateCheck(rate, amount.get(), change.get(), Verdict.NEW, "新增"));
                continue;
            }
            BigDecimal stated = rate.percent().abs();
            Optional<BigDecimal[]> right = Ratios.rate(now, ch, dir, false);
            if (right.isEmpty()) {
                continue;
            }
            if (Ratios.fits(stated, right.get())) {
                Optional<BigDecimal[]> rounded = Ratios.rateRounded(now, ch, dir);
                if (rounded.isPresent() && !Ratios.fits(stated, rounded.get())) {
                    String nominal = Ratios.nominalRate(now, ch, dir, false, stated.scale())
                            .map(Percent::format)
                            .orElse("");
                    out.add(new RateCheck(rate, amount.get(), change.get(), Verdict.RESIDUE, nominal));
                }
                continue;
            }
            String expected = Ratios.nominalRate(now, ch, dir, false, 2)
                    .map(Percent::format)
                    .orElse("");
            Optional<BigDecimal> wrongBase = Ratios.nominalRate(now, ch, dir, true, stated.scale());
            Verdict verdict = wrongBase.isPresent() && wrongBase.get().compareTo(stated) == 0
                    ? Verdict.WRONG_BASE
                    : Verdict.WRONG;
            out.add(new RateCheck(
                    rate,
                    amount.get(),
                    change.get(),
                    verdict,
                    expected,
                    otherChangeFitting(claims, allGeneral, change.get(), now, stated)));
        }
        return out;
    }

    /**
     * When the same change is stated elsewhere with a figure the rate does fit, the rate is probably right
     * and this sentence's change wrong: say so, so the reader corrects the right number.
     */
    private static String otherChangeFitting(
            Claims claims, boolean allGeneral, Claim change, Figure now, BigDecimal stated) {
        String same = Narratives.canonical(change, allGeneral);
        for (Claim other : claims.of(Claim.Kind.CHANGE)) {
            if (other == change
                    || other.figure() == null
                    || other.direction() != change.direction()
                    || !Narratives.canonical(other, allGeneral).equals(same)
                    || other.figure().amount().equals(change.figure().amount())) {
                continue;
            }
            Optional<BigDecimal[]> fit = Ratios.rate(now, other.figure(), other.direction(), false);
            if (fit.isPresent() && Ratios.fits(stated, fit.get())) {
                return "；" + other.location().describe() + "所述“" + Narratives.changeShown(other) + "”与该增减率相符，疑为本处增减额有误";
            }
        }
        return "";
    }

    private static void direction(AuditContext ctx, FindingSink sink) {
        for (Claim rate : ctx.claims().of(Claim.Kind.RATE)) {
            Optional<Claim> change = Narratives.changeOf(ctx.claims(), rate);
            if (change.isEmpty()
                    || rate.direction() == 0
                    || change.get().direction() == 0
                    || rate.direction() == change.get().direction()) {
                continue;
            }
            Map<String, String> v = Map.of(
                    "where", rate.location().describe(),
                    "what", rate.subject().name(),
                    "changeWord", change.get().word(),
                    "rateWord", rate.word());
            report(
                    sink,
                    "NARR.RATE-DIRECTION",
                    v,
                    List.of(rate.location(), change.get().location()),
                    change.get().word(),
                    rate.word(),
                    "增减额与增减率应同向，核对用词。");
        }
    }

    private static void flat(AuditContext ctx, FindingSink sink) {
        for (Claim c : ctx.claims().all()) {
            boolean zeroChange =
                    c.kind() == Claim.Kind.CHANGE && c.figure().printed().signum() == 0;
            boolean zeroRate = c.kind() == Claim.Kind.RATE && c.percent().signum() == 0;
            if ((zeroChange || zeroRate) && c.direction() != 0) {
                Map<String, String> v = Map.of(
                        "where", c.location().describe(), "what", c.subject().name(), "word", c.word());
                report(
                        sink,
                        "NARR.FLAT",
                        v,
                        List.of(c.location()),
                        "持平",
                        c.location().quote(),
                        "将“" + c.location().quote() + "”改为“持平”。");
            }
        }
    }

    private static void signWord(AuditContext ctx, FindingSink sink) {
        for (Claim c : ctx.claims().all()) {
            boolean negative =
                    c.kind() == Claim.Kind.CHANGE && c.figure().printed().signum() < 0
                            || c.kind() == Claim.Kind.RATE && c.percent().signum() < 0;
            if (negative && c.direction() != 0) {
                String value = c.kind() == Claim.Kind.CHANGE ? c.figure().shown() : Percent.format(c.percent());
                Map<String, String> v = Map.of(
                        "where", c.location().describe(), "what", c.subject().name(), "word", c.word(), "value", value);
                report(
                        sink,
                        "NARR.SIGN-WORD",
                        v,
                        List.of(c.location()),
                        "",
                        c.location().quote(),
                        "用“" + (c.direction() > 0 ? "减少" : "增加") + "”加正数表述。");
            }
        }
    }

    private static void reasonMissing(AuditContext ctx, FindingSink sink) {
        Claims claims = ctx.claims();
        for (Claim c : claims.of(Claim.Kind.CHANGE)) {
            if (c.direction() == 0
                    || c.figure().printed().signum() == 0
                    || c.subject().isNone()) {
                continue;
            }
            // The reason may follow in the next lines (wrapped text, or one reason for several changes).
            boolean reasoned = claims.of(Claim.Kind.REASON).stream()
                    .anyMatch(x -> !x.word().isBlank()
                            && (x.paragraph() == c.paragraph() && x.start() > c.start()
                                    || x.paragraph() > c.paragraph()
                                            && x.paragraph() <= c.paragraph() + 3
                                            && x.topic() == c.topic()));
            if (!reasoned) {
                Map<String, String> v = Map.of(
                        "where",
                        c.location().describe(),
                        "what",
                        c.subject().name(),
                        "word",
                        c.word(),
                        "value",
                        c.figure().shown());
                report(
                        sink,
                        "NARR.REASON-MISSING",
                        v,
                        List.of(c.location()),
                        "",
                        c.location().quote(),
                        "说明增减变化的主要原因。");
            }
        }
    }

    private static void sameRate(AuditContext ctx, FindingSink sink) {
        if (Narratives.finalAccounts(ctx)) {
            return;
        }
        boolean allGp = Narratives.allGeneral(ctx);
        Map<String, Claim> first = new LinkedHashMap<>();
        for (Claim c : ctx.claims().of(Claim.Kind.RATE)) {
            if (c.subject().isNone()) {
                continue;
            }
            Claim ref = first.putIfAbsent(Narratives.canonical(c, allGp), c);
            if (ref != null
                    && ref.percent()
                                    .multiply(BigDecimal.valueOf(ref.direction()))
                                    .compareTo(c.percent().multiply(BigDecimal.valueOf(c.direction())))
                            != 0) {
                Map<String, String> v = Map.of(
                        "where",
                        c.location().describe(),
                        "what",
                        c.subject().name(),
                        "actual",
                        c.word() + Percent.format(c.percent()),
                        "other",
                        ref.location().describe(),
                        "expected",
                        ref.word() + Percent.format(ref.percent()));
                report(
                        sink,
                        "NN.RATE",
                        v,
                        List.of(c.location(), ref.location()),
                        v.get("expected"),
                        v.get("actual"),
                        "同一项目的增减率应处处一致。");
            }
        }
    }

    private static final Map<String, RuleInfo> INFOS = new LinkedHashMap<>();

    private static void report(
            FindingSink sink,
            String id,
            Map<String, String> values,
            List<Location> locations,
            String expected,
            String actual,
            String suggestion) {
        RuleInfo info = byId(id);
        sink.report(info, values, locations, expected, actual, "", suggestion);
    }

    private static RuleInfo byId(String id) {
        synchronized (INFOS) {
            if (INFOS.isEmpty()) {
                for (Rule r : all()) {
                    INFOS.put(r.info().id(), r.info());
                }
            }
            return INFOS.get(id);
        }
    }
}
