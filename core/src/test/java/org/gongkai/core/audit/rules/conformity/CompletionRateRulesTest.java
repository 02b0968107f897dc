package org.gongkai.core.audit.rules.conformity;

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

/** NARR.COMPLETION-RATE: 完成预算的 C% is 决算数 ÷ 预算数 of the same sentence. */
class CompletionRateRulesTest {
    private static List<Finding> run(String... paragraphs) {
        Disclosure d = Docs.budget(2025)
                .finalAccounts()
                .unit("上海市普陀区某某局")
                .heading(2, "七", "财政拨款“三公”经费支出决算情况说明")
                .paras(paragraphs)
                .build();
        return RuleProbe.run("NARR.COMPLETION-RATE", d, TestCodes.INSTANCE);
    }

    @Test
    @Fires("NARR.COMPLETION-RATE")
    void aRateTheFiguresDoNotGive() {
        List<Finding> f = run(
                "“三公”经费财政拨款支出年初预算为 21.00 万元，支出决算",
                "为 16.95 万元，完成预算的 81.71%，其中：因公出国（境）费决算为 0.00 万元。",
                "公务接待费年初预算为 0.00 万元，支出决算为 0.00 万元，完成预算的 0.00%。");
        assertThat(f).hasSize(2);
        assertThat(f.get(0).expected()).isEqualTo("80.71%");
        assertThat(f.get(0).actual()).isEqualTo("81.71%");
        assertThat(f.get(0).location().quote()).isEqualTo("81.71%");
        assertThat(f.get(1).message()).contains("预算数为0，不应表述完成率");
    }

    @Test
    @Silent("NARR.COMPLETION-RATE")
    void ratesTheFiguresGive() {
        assertThat(run(
                        "一般公共预算财政拨款支出年初预算为 4628.17 万元，支出决算为 4733.14 万元，完成年初预算的 102.27%。",
                        "年初预算为 20707.11 万元，支出决算为 20218.21 万元，完成年初预算的 98%。",
                        "年初预算为 21.00 万元，支出决算为 16.95 万元，完成预算的 80.71%。"))
                .isEmpty();
    }

    private static final List<String> KEYS =
            List.of("total", "ABROAD", "vehicles", "VEHICLE_PURCHASE", "VEHICLE_OPERATION", "RECEPTION");

    /** A 决算 三公 table printing 预算数 | 决算数 under each heading; {@code cells} pairs in KEYS order. */
    private static List<Finding> withTable(String cells, String... paragraphs) {
        List<Table.Column> cols = KEYS.stream()
                .flatMap(k -> Stream.of(
                        new Table.Column(k + ".budget", k + "/预算数", Table.ColumnType.AMOUNT),
                        new Table.Column(k, k + "/决算数", Table.ColumnType.AMOUNT)))
                .toList();
        Disclosure d = Docs.budget(2025)
                .finalAccounts()
                .unit("上海市普陀区某某局")
                .table("T8", "", "财政拨款“三公”经费支出决算表", cols, List.of(), cells)
                .heading(2, "七", "财政拨款“三公”经费支出决算情况说明")
                .paras(paragraphs)
                .build();
        return RuleProbe.run("NARR.COMPLETION-RATE", d, TestCodes.INSTANCE);
    }

    private static final String TABLE = "21.00|16.95|0.00|0.00|20.50|16.95|0.00|0.00|20.50|16.95|0.50|0.00";

    @Test
    @Fires("NARR.COMPLETION-RATE")
    void anItemRateOverABudgetTheTableLeavesAtZero() {
        List<Finding> f = withTable(
                TABLE,
                "“三公”经费财政拨款支出年初预算为 21.00 万元，支出决算为 16.95 万元，完成预算的 80.71%，其中：因公出国（境）费决",
                "算为 0.00 万元，完成预算的 0.00%；公务用车购置及运行维护费支出决算为 16.95 万元，完成预算的 82.68%。");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.location().quote()).isEqualTo("0.00%");
            assertThat(x.expected()).isEqualTo("年初未安排预算");
            assertThat(x.message()).contains("预算数0.00万元", "年初未安排预算，不应表述完成率");
            assertThat(x.locations()).hasSize(2);
        });
    }

    @Test
    @Fires("NARR.COMPLETION-RATE")
    void anItemRateTheTableBudgetDoesNotGive() {
        List<Finding> f = withTable(TABLE, "其中：公务用车购置及运行维护费支出决算为 16.95 万元，完成预算的 86.28%。");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.expected()).isEqualTo("82.68%");
            assertThat(x.actual()).isEqualTo("86.28%");
        });
    }

    @Test
    @Silent("NARR.COMPLETION-RATE")
    void itemRatesTheTableBudgetsGive() {
        assertThat(withTable(
                        TABLE,
                        "其中：因公出国（境）费决算为 0.00 万元；公务用车购置及运行维护费支出决算为 16.95 万元，完成预算的 82.68%；公务接待费支出决",
                        "算为 0.00 万元，完成预算的 0.00%。"))
                .isEmpty();
    }

    @Test
    @Silent("NARR.COMPLETION-RATE")
    void withoutATableBudgetAnItemRateIsNotChecked() {
        assertThat(run("其中：因公出国（境）费决算为 0.00 万元，完成预算的 0.00%。")).isEmpty();
    }
}
