package org.gongkai.core.audit.rules.arith;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.core.amount.Amount;
import org.gongkai.core.audit.AuditContext;
import org.gongkai.core.audit.facts.Claim;
import org.gongkai.core.audit.facts.Claims;
import org.gongkai.core.audit.facts.Fact;
import org.gongkai.core.audit.facts.Facts;
import org.gongkai.core.audit.facts.Figure;
import org.gongkai.core.audit.facts.Period;

/**
 * Shared reading of the narrative for the rules: which stated quantities are the same quantity, the
 * amount a change or share refers to, and the breakdowns that must add up.
 */
final class Narratives {
    /** Parts that make up a whole when all of them are stated. */
    static final Map<String, List<List<String>>> BREAKDOWNS = Map.of(
            "expense.total", List.of(List.of("expense.basic", "expense.project")),
            "general.total", List.of(List.of("general.basic", "general.project")),
            "general.basic", List.of(List.of("personnel", "public")),
            // 财政拨款支出预算 = 一般公共预算 + 政府性基金 + 国有资本经营 (I-03): stated together in the overview.
            "appropriation.expense", List.of(List.of("general.total", "fund.total", "stateCapital.total")),
            "threePublic.total",
                    List.of(
                            List.of("threePublic.ABROAD", "threePublic.VEHICLES", "threePublic.RECEPTION"),
                            List.of(
                                    "threePublic.ABROAD",
                                    "threePublic.VEHICLE_PURCHASE",
                                    "threePublic.VEHICLE_OPERATION",
                                    "threePublic.RECEPTION")),
            "threePublic.VEHICLES", List.of(List.of("threePublic.VEHICLE_PURCHASE", "threePublic.VEHICLE_OPERATION")));

    private Narratives() {}

    /**
     * True for 决算 documents: their narratives state the budget, the adjusted budget and the final figure
     * of the same quantity, so "the same quantity stated twice" and narrative breakdowns are not checked.
     */
    static boolean finalAccounts(AuditContext ctx) {
        return ctx.disclosure().info().kind() == org.gongkai.core.disclosure.DisclosureInfo.Kind.FINAL_ACCOUNTS;
    }

    /**
     * True when all of the unit's money is 一般公共预算 (表一 收入总计 = 一般公共预算): then 支出预算 and
     * 一般公共预算 figures are the same quantities, and so are their last-year values.
     */
    static boolean allGeneral(AuditContext ctx) {
        Facts f = ctx.facts();
        Optional<Fact> total = f.first("T1|income.total|amount");
        Optional<Fact> gp = f.first("T1|GP_APPROP|amount");
        return total.isPresent()
                && gp.isPresent()
                && total.get().amount().equals(gp.get().amount());
    }

    /** The key under which two statements are the same quantity. */
    static String canonical(String key, boolean allGeneral) {
        if (!allGeneral) {
            return key;
        }
        return switch (key) {
            case "total", "income.total", "expense.total", "income.GP_APPROP" -> "general.total";
            case "expense.basic" -> "general.basic";
            case "expense.project" -> "general.project";
            default -> key;
        };
    }

    static String canonical(Claim c, boolean allGeneral) {
        String key = c.subject().key();
        if (key.startsWith("function.")) {
            // The same 类 in different sections may be different money (all funds, 财政拨款, 基金).
            String scope = c.topic().isGeneralBudget()
                    ? "general:"
                    : c.topic() == org.gongkai.core.audit.facts.Topic.APPROPRIATION
                            ? "approp:"
                            : c.topic() == org.gongkai.core.audit.facts.Topic.FUND ? "fund:" : "all:";
            if (scope.equals("approp:")) {
                // 四 may list the same 类 for 财政拨款 and for 一般公共预算 in one section: only within a paragraph is
                // it one quantity.
                return scope + c.paragraph() + ":" + key;
            }
            return allGeneral && !scope.equals("fund:") ? key : scope + key;
        }
        return canonical(key, allGeneral);
    }

    /** A narrative amount as a fact, for comparisons with table cells. */
    static Fact fact(Claim c) {
        return new Fact(c.subject().key(), c.period(), c.figure(), c.location());
    }

    /** The current amount of the claim's subject stated in its sentence (nearest before it), else in its paragraph. */
    static Optional<Claim> amountOf(Claims claims, Claim c) {
        Claim best = null;
        for (Claim x : claims.paragraphOf(c)) {
            if (x.kind() == Claim.Kind.AMOUNT
                    && x.period() == Period.CURRENT
                    && x.subject().key().equals(c.subject().key())
                    && x.start() < c.start()) {
                best = x;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The current amount of the claim's subject stated last in the few paragraphs before it, in the same section
     * and topic: 决算 narratives state the amount in one paragraph ("公务接待费支出决算为0.40万元") and its change
     * on last year in the next ("公务接待费支出决算增加0.40万元，增长100%").
     */
    static Optional<Claim> amountEarlierInSection(Claims claims, Claim c) {
        Claim best = null;
        for (Claim x : claims.of(Claim.Kind.AMOUNT)) {
            if (x.paragraph() >= c.paragraph()) {
                break;
            }
            if (x.paragraph() >= c.paragraph() - EARLIER_PARAGRAPHS
                    && x.period() == Period.CURRENT
                    && x.topic() == c.topic()
                    && x.location().section().equals(c.location().section())
                    && x.subject().key().equals(c.subject().key())) {
                best = x;
            }
        }
        return Optional.ofNullable(best);
    }

    private static final int EARLIER_PARAGRAPHS = 3;

    /** The change stated for the claim's subject in its sentence, nearest before it. */
    static Optional<Claim> changeOf(Claims claims, Claim c) {
        Claim best = null;
        for (Claim x : claims.sentenceOf(c)) {
            if (x.kind() == Claim.Kind.CHANGE
                    && x.subject().key().equals(c.subject().key())
                    && x.start() < c.start()) {
                best = x;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * A change as the text states it, for messages: "减少9.72万元", or the bare word of a FLAT claim ("持平"),
     * which prints no figure.
     */
    static String changeShown(Claim change) {
        return change.figure() == null
                ? change.word()
                : change.word() + change.figure().shown();
    }

    /** The signed change a CHANGE claim states (减少 9.72 → −9.72). */
    static Amount signed(Claim change) {
        Amount a = change.figure().amount();
        return change.direction() < 0 ? a.negate() : a;
    }

    /** First current amounts per key in one topic (the figures a section states). */
    static Map<String, Claim> firstAmounts(List<Claim> claims) {
        Map<String, Claim> out = new java.util.LinkedHashMap<>();
        for (Claim c : claims) {
            if (c.kind() == Claim.Kind.AMOUNT
                    && c.period() == Period.CURRENT
                    && !c.subject().isNone()) {
                out.putIfAbsent(c.subject().key(), c);
            }
        }
        return out;
    }

    /** Groups of claims by topic, in reading order. */
    static Map<org.gongkai.core.audit.facts.Topic, List<Claim>> byTopic(Claims claims) {
        Map<org.gongkai.core.audit.facts.Topic, List<Claim>> out = new java.util.LinkedHashMap<>();
        for (Claim c : claims.all()) {
            out.computeIfAbsent(c.topic(), k -> new ArrayList<>()).add(c);
        }
        return out;
    }

    /**
     * How far a displayed figure may be from the exact amount in 元: one display step, because a part
     * shown with its total is allocated by largest remainder (floor or ceiling), not rounded on its own.
     */
    static BigDecimal slack(Figure f) {
        return f.step().yuan();
    }
}
