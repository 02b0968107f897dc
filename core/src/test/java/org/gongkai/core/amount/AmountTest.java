package org.gongkai.core.amount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class AmountTest {
    @Test
    void keepsFenExactly() {
        assertThat(Amount.ofWan("268.22").yuan()).isEqualByComparingTo("2682200");
        assertThat(Amount.ofYuan("0.01").plus(Amount.ofYuan("0.02"))).isEqualTo(Amount.ofYuan("0.03"));
        assertThatThrownBy(() -> Amount.ofYuan("1.001")).hasMessageContaining("精确到分");
    }

    @Test
    void displaysWanYuanHalfUp() {
        assertThat(DisplayUnit.WAN_YUAN.round(Amount.ofYuan("1748250"))).isEqualByComparingTo("174.83");
        assertThat(DisplayUnit.WAN_YUAN.round(Amount.ofYuan("1748249.99"))).isEqualByComparingTo("174.82");
        assertThat(DisplayUnit.YUAN.round(Amount.ofYuan("10.50"))).isEqualByComparingTo("11");
    }

    @Test
    void allocatesTheResidueToTheLargestRemainder() {
        // 167.505 + 7.315 = 174.82 exactly; independent rounding would show 167.51 + 7.32 = 174.83.
        List<BigDecimal> shown =
                Rounding.allocate(List.of(Amount.ofYuan("1675050"), Amount.ofYuan("73150")), DisplayUnit.WAN_YUAN);
        assertThat(shown.get(0).add(shown.get(1))).isEqualByComparingTo("174.82");
        assertThat(shown).containsExactly(new BigDecimal("167.51"), new BigDecimal("7.31"));
    }

    @Test
    void allocatingDownToASmallerTargetNeverMakesAPartNegative() {
        // 财政拨款 300 元 + 其他资金 0 元 shown against a total that was allocated down to 0.02 万元.
        List<BigDecimal> shown = Rounding.allocate(
                List.of(Amount.ofYuan("300"), Amount.ZERO), new BigDecimal("0.02"), DisplayUnit.WAN_YUAN);
        assertThat(shown).containsExactly(new BigDecimal("0.02"), new BigDecimal("0.00"));
    }

    @Test
    void ratesUseLastYearAsTheBase() {
        assertThat(Percent.rate(Amount.ofWan("7.32"), Amount.ofWan("7.81"))).hasValue(new BigDecimal("-6.27"));
        assertThat(Percent.rate(Amount.ofWan("1"), Amount.ZERO)).isEmpty();
        assertThat(Percent.share(Amount.ofWan("174.82"), Amount.ofWan("268.22")))
                .hasValue(new BigDecimal("65.18"));
    }

    @Property
    void displayedPartsAlwaysAddUpToTheDisplayedTotal(
            @ForAll @Size(min = 1, max = 30) List<@LongRange(min = 0, max = 10_000_000_000L) Long> fen) {
        List<Amount> parts = new ArrayList<>();
        fen.forEach(f -> parts.add(Amount.ofFen(f)));
        for (DisplayUnit unit : DisplayUnit.values()) {
            List<BigDecimal> shown = Rounding.allocate(parts, unit);
            BigDecimal sum = shown.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).isEqualByComparingTo(unit.round(Amount.sum(parts)));
            for (int i = 0; i < parts.size(); i++) {
                // each shown part is within one display step of its exact value
                assertThat(shown.get(i).subtract(unit.exact(parts.get(i))).abs())
                        .isLessThan(BigDecimal.ONE.movePointLeft(unit.decimals()));
            }
        }
    }
}
