package org.gongkai.core.audit.rules.arith;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.gongkai.core.audit.Docs;
import org.gongkai.core.audit.Finding;
import org.gongkai.core.audit.Fires;
import org.gongkai.core.audit.RuleProbe;
import org.gongkai.core.audit.Silent;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.Table;
import org.gongkai.core.testing.TestCodes;
import org.junit.jupiter.api.Test;

/** 表八 of a 决算 prints 预算数 beside each 决算数: the 三公 sums hold on the 预算数 columns as well. */
class ThreePublicBudgetColumnsTest {
    private static final List<String> KEYS =
            List.of("total", "ABROAD", "vehicles", "VEHICLE_PURCHASE", "VEHICLE_OPERATION", "RECEPTION");

    private static List<Finding> run(String id, String cells) {
        List<Table.Column> cols = KEYS.stream()
                .flatMap(k -> Stream.of(
                        new Table.Column(k + ".budget", k + "/预算数", Table.ColumnType.AMOUNT),
                        new Table.Column(k, k + "/决算数", Table.ColumnType.AMOUNT)))
                .toList();
        Disclosure d = Docs.budget(2025)
                .finalAccounts()
                .table("T8", "", "财政拨款“三公”经费支出决算表", cols, List.of(), cells)
                .build();
        return RuleProbe.run(id, d, TestCodes.INSTANCE);
    }

    @Test
    @Fires("T8.TOTAL")
    @Fires("T8.VEHICLES")
    void budgetColumnsThatDoNotAddUp() {
        // 预算数: 合计 21.00 ≠ 0 + 20.60 + 0.50; 小计 20.60 ≠ 0 + 20.50; the 决算数 columns add up
        String cells = "21.00|16.95|0.00|0.00|20.60|16.95|0.00|0.00|20.50|16.95|0.50|0.00";
        assertThat(run("T8.TOTAL", cells)).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("total/预算数", "21.00", "21.10");
            assertThat(f.location().column()).isEqualTo("total/预算数");
        });
        assertThat(run("T8.VEHICLES", cells))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("vehicles/预算数", "20.60", "20.50"));
    }

    @Test
    @Silent("T8.TOTAL")
    @Silent("T8.VEHICLES")
    void budgetColumnsThatAddUp() {
        String cells = "21.00|16.95|0.00|0.00|20.50|16.95|0.00|0.00|20.50|16.95|0.50|0.00";
        assertThat(run("T8.TOTAL", cells)).isEmpty();
        assertThat(run("T8.VEHICLES", cells)).isEmpty();
    }
}
