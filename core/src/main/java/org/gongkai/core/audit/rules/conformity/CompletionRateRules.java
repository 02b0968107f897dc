package org.gongkai.core.audit.rules.conformity;

import static org.gongkai.core.audit.Category.ACCURACY;
import static org.gongkai.core.audit.Severity.ERROR;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.audit.AuditContext;
import org.gongkai.core.audit.Rule;
import org.gongkai.core.audit.facts.Claim;
import org.gongkai.core.audit.facts.ColumnRole;
import org.gongkai.core.audit.facts.Fact;
import org.gongkai.core.audit.facts.MoneyUnit;
import org.gongkai.core.audit.facts.Topic;
import org.gongkai.core.disclosure.Paragraph;

/**
 * 决算 texts: "年初预算为 A 万元，支出决算为 B 万元，完成年初预算的 C%" — C is B ÷ A; a 三公 item stated without its A
 * ("因公出国（境）费决算为 0 万元，完成预算的 0%") takes A from the 预算数 the 三公 table prints beside its 决算数.
 */
final class CompletionRateRules {
    private static final String NUMBER = "(\\d[\\d,]*(?:\\.\\d+)?)";

    private static final Pattern SENTENCE = Pattern.compile("预算数?为\\s*" + NUMBER + "\\s*(万元|元)[^。；;%％]{0,30}?决算数?为\\s*"
            + NUMBER + "\\s*(万元|元)[^。；;%％]{0,12}?完成[^。；;%％，,]{0,8}?预算的?\\s*(\\d+(?:\\.\\d+)?)\\s*[%％]");

    /**
     * "…决算为 B 万元，完成预算的 C%" with no 预算数 in the clause: the 预算数 is the table's (表八 of a 决算 prints it beside
     * each 决算数 of the 三公 items).
     */
    private static final Pattern RATE_ONLY = Pattern.compile(
            "决算数?为?\\s*" + NUMBER + "\\s*(万元|元)[^。；;%％]{0,12}?完成[^。；;%％，,]{0,8}?预算的?\\s*(\\d+(?:\\.\\d+)?)\\s*[%％]");

    /** The 表八 column of each 三公 subject of the narrative. */
    private static final Map<String, String> THREE_PUBLIC_COLUMN = Map.of(
            "threePublic.total", ColumnRole.TOTAL,
            "threePublic.ABROAD", ColumnRole.ABROAD,
            "threePublic.VEHICLES", ColumnRole.VEHICLES,
            "threePublic.VEHICLE_PURCHASE", ColumnRole.VEHICLE_PURCHASE,
            "threePublic.VEHICLE_OPERATION", ColumnRole.VEHICLE_OPERATION,
            "threePublic.RECEPTION", ColumnRole.RECEPTION);

    /** What to write instead of a rate over a zero budget. */
    private static final String ZERO_BUDGET = "不表述完成率";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private CompletionRateRules() {}

    static List<Rule> all() {
        return List.of(completionRate());
    }

    private static Rule completionRate() {
        return ConformityRule.of(
                "NARR.COMPLETION-RATE",
                ERROR,
                ACCURACY,
                "预算完成率与预算数、决算数不符",
                "{where}：预算数{budget}、决算数{actual}，{should}，正文却为{stated}",
                "各数±半个显示单位，百分比±末位半个单位；预算数为0时不应表述完成率；句中未列预算数的“三公”各项取“三公”经费决算表同项预算数",
                "N-01",
                (c, r) -> {
                    List<Paragraph> paragraphs = c.claims().paragraphs();
                    for (int i = 0; i < paragraphs.size(); i++) {
                        Paragraph p = paragraphs.get(i);
                        if (!p.text().contains("完成")) {
                            continue;
                        }
                        Set<Integer> rates = Set.of();
                        Matcher m = SENTENCE.matcher(p.text());
                        while (m.find()) {
                            if (rates.isEmpty()) {
                                rates = new HashSet<>();
                            }
                            rates.add(m.start(5));
                            if (!m.group(2).equals(m.group(4))) {
                                continue;
                            }
                            BigDecimal budget = number(m.group(1));
                            BigDecimal actual = number(m.group(3));
                            BigDecimal stated = new BigDecimal(m.group(5));
                            String expected = expected(budget, actual, stated);
                            if (expected.isEmpty()) {
                                continue;
                            }
                            var where = Where.span(p, m.start(5), m.end());
                            r.at(where)
                                    .with("where", where.describe())
                                    .with("budget", m.group(1) + m.group(2))
                                    .with("actual", m.group(3) + m.group(4))
                                    .with(
                                            "should",
                                            expected.equals(ZERO_BUDGET) ? "预算数为0，不应表述完成率" : "完成预算的比例应为" + expected)
                                    .with("stated", m.group(5) + "%")
                                    .expected(expected)
                                    .actual(m.group(5) + "%")
                                    .suggest("完成率 = 决算数 ÷ 预算数；预算数为0时写“预算未安排”而不写完成率")
                                    .report();
                        }
                        againstTable(c, r, p, i, rates);
                    }
                });
    }

    /**
     * The rates of the paragraph stated without their 预算数 ("因公出国（境）费决算为 0 万元，完成预算的 0%"), checked
     * against the 预算数 the 三公 table prints beside the item's 决算数.
     */
    private static void againstTable(AuditContext c, Reporter r, Paragraph p, int paragraph, Set<Integer> done) {
        if (!p.text().contains("决算")) {
            return;
        }
        Matcher m = RATE_ONLY.matcher(p.text());
        while (m.find()) {
            if (done.contains(m.start(3)) || !m.group(2).equals("万元")) {
                continue;
            }
            Optional<Fact> table = tableBudget(c, paragraph, m.start(1));
            if (table.isEmpty()) {
                continue;
            }
            Fact budgetCell = table.get();
            BigDecimal budget = budgetCell.figure().printed();
            BigDecimal actual = number(m.group(1));
            BigDecimal stated = new BigDecimal(m.group(3));
            String expected = expected(budget, actual, stated);
            if (expected.isEmpty()) {
                continue;
            }
            var where = Where.span(p, m.start(3), m.end());
            String budgetShown = budgetCell.figure().printed().toPlainString() + "万元（"
                    + budgetCell.location().describe() + "）";
            boolean zero = expected.equals(ZERO_BUDGET);
            r.at(List.of(where, budgetCell.location()))
                    .with("where", where.describe())
                    .with("budget", budgetShown)
                    .with("actual", m.group(1) + m.group(2))
                    .with("should", zero ? "年初未安排预算，不应表述完成率" : "完成预算的比例应为" + expected)
                    .with("stated", m.group(3) + "%")
                    .expected(zero ? "年初未安排预算" : expected)
                    .actual(m.group(3) + "%")
                    .suggest(zero ? "删去完成率，写明“年初未安排预算”" : "完成率 = 决算数 ÷ 表中预算数；核对比例或两数")
                    .report();
        }
    }

    /**
     * The 预算数 cell of the 三公 item whose 决算 figure the narrative prints at {@code start} of a paragraph (the item
     * is the subject the claim reader gave that figure), when the table prints it beside the item's 决算数.
     */
    private static Optional<Fact> tableBudget(AuditContext c, int paragraph, int start) {
        for (Claim claim : c.claims().of(Claim.Kind.AMOUNT)) {
            if (claim.paragraph() != paragraph || claim.start() != start || claim.topic() != Topic.THREE_PUBLIC) {
                continue;
            }
            String column = THREE_PUBLIC_COLUMN.get(claim.subject().key());
            if (column == null) {
                return Optional.empty();
            }
            Optional<Fact> budget = c.facts().first("T8|current|" + column + ColumnRole.BUDGET_SUFFIX);
            Optional<Fact> actual = c.facts().first("T8|current|" + column);
            if (budget.isEmpty() || actual.isEmpty() || budget.get().figure().unit() != MoneyUnit.WAN) {
                return Optional.empty();
            }
            return budget;
        }
        return Optional.empty();
    }

    private static BigDecimal number(String s) {
        return new BigDecimal(s.replace(",", ""));
    }

    /** The rate the figures give, or "" when the stated one can be it (each figure rounded to its last digit). */
    private static String expected(BigDecimal budget, BigDecimal actual, BigDecimal stated) {
        if (budget.signum() == 0) {
            return ZERO_BUDGET;
        }
        BigDecimal hb =
                BigDecimal.ONE.movePointLeft(Math.max(0, budget.scale())).multiply(HALF);
        BigDecimal ha =
                BigDecimal.ONE.movePointLeft(Math.max(0, actual.scale())).multiply(HALF);
        BigDecimal low = pct(actual.subtract(ha).max(BigDecimal.ZERO), budget.add(hb));
        BigDecimal high = pct(actual.add(ha), budget.subtract(hb).max(hb));
        BigDecimal hs =
                BigDecimal.ONE.movePointLeft(Math.max(0, stated.scale())).multiply(HALF);
        if (stated.add(hs).compareTo(low) >= 0 && stated.subtract(hs).compareTo(high) <= 0) {
            return "";
        }
        return pct(actual, budget)
                        .setScale(Math.max(2, stated.scale()), RoundingMode.HALF_UP)
                        .toPlainString() + "%";
    }

    private static BigDecimal pct(BigDecimal part, BigDecimal base) {
        return part.multiply(HUNDRED).divide(base, MathContext.DECIMAL64);
    }
}
