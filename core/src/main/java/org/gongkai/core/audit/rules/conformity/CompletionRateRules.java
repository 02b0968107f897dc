package org.gongkai.core.audit.rules.conformity;

import static org.gongkai.core.audit.Category.ACCURACY;
import static org.gongkai.core.audit.Severity.ERROR;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.audit.Rule;
import org.gongkai.core.disclosure.Paragraph;

/** 决算 texts: "年初预算为 A 万元，支出决算为 B 万元，完成年初预算的 C%" — C is B ÷ A. */
final class CompletionRateRules {
    private static final String NUMBER = "(\\d[\\d,]*(?:\\.\\d+)?)";

    private static final Pattern SENTENCE = Pattern.compile("预算数?为\\s*" + NUMBER + "\\s*(万元|元)[^。；;%％]{0,30}?决算数?为\\s*"
            + NUMBER + "\\s*(万元|元)[^。；;%％]{0,12}?完成[^。；;%％，,]{0,8}?预算的?\\s*(\\d+(?:\\.\\d+)?)\\s*[%％]");

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
                "各数±半个显示单位，百分比±末位半个单位；预算数为0时不应表述完成率",
                "N-01",
                (c, r) -> {
                    for (Paragraph p : c.claims().paragraphs()) {
                        if (!p.text().contains("完成")) {
                            continue;
                        }
                        Matcher m = SENTENCE.matcher(p.text());
                        while (m.find()) {
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
                    }
                });
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
