package org.gongkai.core.derive.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gongkai.core.amount.Amount;
import org.gongkai.core.amount.DisplayUnit;
import org.gongkai.core.budget.Budget;
import org.gongkai.core.budget.Comparative;
import org.gongkai.core.budget.ExpenditureKind;
import org.gongkai.core.budget.QuantityKey;
import org.gongkai.core.derive.DerivationIssue;
import org.gongkai.core.disclosure.Block;
import org.gongkai.core.disclosure.Paragraph;
import org.gongkai.core.testing.TestCodes;

/** Properties of the narrative over varied budgets. */
class NarrativePropertiesTest {
    private static final Pattern SHARE = Pattern.compile("占(-?\\d+\\.\\d{2})%");

    @Provide
    Arbitrary<Budget> budgets() {
        return Arbitraries.longs().map(seed -> RandomBudgets.budget(new Random(seed)));
    }

    static List<Paragraph> write(Budget b, List<DerivationIssue> issues) {
        List<Paragraph> out = new ArrayList<>();
        for (Block block :
                NarrativeWriter.write(b, TestCodes.INSTANCE, DisplayUnit.WAN_YUAN, "xinjiang-2021", issues)) {
            if (block instanceof Paragraph p) {
                out.add(p);
            }
        }
        return out;
    }

    static BigDecimal shareSum(List<Paragraph> paragraphs, String section) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Paragraph p : paragraphs) {
            if (p.section().equals(section)) {
                Matcher m = SHARE.matcher(p.text());
                while (m.find()) {
                    sum = sum.add(new BigDecimal(m.group(1)));
                }
            }
        }
        return sum;
    }

    @Property(tries = 150)
    void sharesOfEveryCompleteBreakdownAddUpTo100(@ForAll("budgets") Budget b) {
        List<Paragraph> text = write(b, new ArrayList<>());
        assertThat(shareSum(text, "第三部分/二")).isEqualByComparingTo("100.00");
        assertThat(shareSum(text, "第三部分/三")).isEqualByComparingTo("100.00");
        boolean hasGeneral =
                b.expenditure().stream().anyMatch(l -> l.fundSource().isAppropriation());
        if (hasGeneral) {
            assertThat(shareSum(text, "第三部分/五/（二）")).isEqualByComparingTo("100.00");
        }
    }

    @Property(tries = 150)
    void changeWordsFollowTheSignAndRatesAreOnLastYearsBase(@ForAll("budgets") Budget b) {
        List<DerivationIssue> issues = new ArrayList<>();
        List<Paragraph> text = write(b, issues);
        String scale = text.stream()
                .filter(p -> p.section().equals("第三部分/五/（一）"))
                .findFirst()
                .orElseThrow()
                .text();
        String basicPart = scale.substring(scale.indexOf("基本支出"), scale.indexOf("项目支出"));
        Amount current =
                new BudgetFacts(b).expenditure(BudgetFacts.general().and(BudgetFacts.kind(ExpenditureKind.BASIC)));
        Comparative c = b.comparatives().get(QuantityKey.GENERAL_BASIC);
        if (c == null) {
            assertThat(basicPart).doesNotContain("上年");
            assertThat(issues)
                    .anyMatch(i -> i.code().equals("COMPARATIVE-MISSING")
                            && i.path().equals("$.comparatives['general.basic']"));
            return;
        }
        BigDecimal change = DisplayUnit.WAN_YUAN.round(current.minus(c.lastYear()));
        if (c.lastYear().isZero() && !current.isZero()) {
            assertThat(basicPart).contains("新增").doesNotContain("增长", "下降");
        } else if (change.signum() > 0) {
            assertThat(basicPart).contains("增加" + change.toPlainString() + "万元", "增长" + rate(current, c.lastYear()));
        } else if (change.signum() < 0) {
            assertThat(basicPart)
                    .contains("减少" + change.negate().toPlainString() + "万元", "下降" + rate(current, c.lastYear()));
        } else {
            assertThat(basicPart).contains("持平").doesNotContain("增加", "减少");
        }
    }

    /** (this − last) / |last| × 100, HALF_UP two decimals, without sign, with "%". */
    static String rate(Amount current, Amount last) {
        return current.minus(last)
                        .yuan()
                        .abs()
                        .multiply(BigDecimal.valueOf(100))
                        .divide(last.yuan().abs(), MathContext.DECIMAL128)
                        .setScale(2, RoundingMode.HALF_UP)
                        .toPlainString()
                + "%";
    }

    @Property(tries = 150)
    void reasonsAreNeverEmptyOrDoubledAndBigChangesWithoutReasonAreReported(@ForAll("budgets") Budget b) {
        List<DerivationIssue> issues = new ArrayList<>();
        List<Paragraph> text = write(b, issues);
        for (Paragraph p : text) {
            assertThat(p.text()).doesNotContain("主要原因是。", "主要原因是：。", "主要原因是；", "主要原因是主要原因是", "{");
        }
        b.comparatives().forEach((key, c) -> {
            if (!key.equals(QuantityKey.BASIC)) {
                return;
            }
            Amount now = new BudgetFacts(b).expenditure(BudgetFacts.kind(ExpenditureKind.BASIC));
            boolean big = c.lastYear().isZero()
                    ? !now.isZero()
                    : now.minus(c.lastYear())
                                    .yuan()
                                    .abs()
                                    .multiply(BigDecimal.TEN)
                                    .compareTo(c.lastYear().yuan().abs())
                            >= 0;
            boolean reported = issues.stream()
                    .anyMatch(i -> i.code().equals("REASON-MISSING")
                            && i.path().equals("$.comparatives['expenditure.basic'].reason"));
            assertThat(reported).isEqualTo(big && c.reason().isBlank());
        });
    }

    @Property(tries = 500)
    void partsAddUpToTheirTotalAndSharesTo100(@ForAll("amounts") List<Amount> parts) {
        BigDecimal total = Figures.alone(Amount.sum(parts), DisplayUnit.WAN_YUAN);
        assertThat(Figures.parts(parts, DisplayUnit.WAN_YUAN).stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(total);
        if (!Amount.sum(parts).isZero()) {
            assertThat(Figures.shares(parts).stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo("100.00");
        }
    }

    @Provide
    Arbitrary<List<Amount>> amounts() {
        return Arbitraries.longs()
                .between(0, 10_000_000_000L)
                .map(Amount::ofFen)
                .list()
                .ofMinSize(1)
                .ofMaxSize(12);
    }
}
