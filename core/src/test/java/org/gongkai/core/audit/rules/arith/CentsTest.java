package org.gongkai.core.audit.rules.arith;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.gongkai.core.amount.Amount;
import org.gongkai.core.audit.facts.MoneyUnit;
import org.junit.jupiter.api.Test;

/** The comparison in whole 分 decides exactly as the BigDecimal one it stands in for. */
class CentsTest {
    @Provide
    Arbitrary<Long> cents() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(-2_000_000L, 2_000_000L),
                Arbitraries.longs().between(-10_000_000_000_000L, 10_000_000_000_000L));
    }

    @Provide
    Arbitrary<Long> steps() {
        return Arbitraries.oneOf(
                Arbitraries.of(1L, 100L, 10_000L, 1_000_000L),
                Arbitraries.longs().between(1L, 50_000L));
    }

    @Property(tries = 3000)
    void centsDecideAsDecimals(
            @ForAll("cents") long actual,
            @ForAll("cents") long delta,
            @ForAll("steps") long step,
            @ForAll @IntRange(min = 0, max = 5) int parts,
            @ForAll Comparison.Relation relation,
            @ForAll boolean down) {
        // expected near actual as often as far from it: the residue cases sit at one step
        long expected = Math.abs(delta) < 1_000_000 ? actual + delta % (3 * step + 1) : delta;
        Comparison c = new Comparison(
                Map.of(),
                List.of(),
                Amount.ofYuan(BigDecimal.valueOf(expected, 2)),
                Amount.ofYuan(BigDecimal.valueOf(actual, 2)),
                Amount.ofYuan(BigDecimal.valueOf(step, 2)),
                parts,
                MoneyUnit.WAN,
                relation,
                "");
        RoundingMode mode = down ? RoundingMode.DOWN : RoundingMode.HALF_UP;
        assertThat(c.outcomeInCents(actual, expected, step, mode))
                .as("%d vs %d step %d %s %s parts %d", actual, expected, step, relation, mode, parts)
                .isEqualTo(c.outcomeInDecimals(mode));
    }

    @Test
    void roundsToTheStepLikeBigDecimal() {
        for (long v : new long[] {0, 49, 50, 51, -49, -50, -51, 149, 150, 9_999, -10_050}) {
            for (RoundingMode mode : new RoundingMode[] {RoundingMode.HALF_UP, RoundingMode.DOWN}) {
                long expected = BigDecimal.valueOf(v)
                                .divide(BigDecimal.valueOf(100), 0, mode)
                                .longValueExact()
                        * 100;
                assertThat(Cents.toStep(v, 100, mode)).as("%d %s", v, mode).isEqualTo(expected);
            }
        }
    }

    @Test
    void amountsBeyondALongTakeTheExactPath() {
        assertThat(Cents.of(Amount.ofYuan(new BigDecimal("123456789012345678901.00"))))
                .isEqualTo(Cents.TOO_BIG);
        assertThat(Cents.of(Amount.ofYuan(new BigDecimal("-12.30")))).isEqualTo(-1230L);
    }
}
