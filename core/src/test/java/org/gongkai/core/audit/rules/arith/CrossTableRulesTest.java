package org.gongkai.core.audit.rules.arith;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.gongkai.core.audit.Finding;
import org.gongkai.core.audit.Fires;
import org.gongkai.core.audit.Severity;
import org.gongkai.core.audit.Silent;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CrossTableRulesTest {

    static Stream<Arguments> mutations() {
        return Stream.of(
                // rule, table, row, column, new text, primary location, expected, actual, severity
                Arguments.of(
                        "X.T1-T3-CLASS",
                        "表一",
                        0,
                        3,
                        "268.00",
                        "表一 部门收支总体情况表／201 一般公共服务支出",
                        "268.22",
                        "268.00",
                        Severity.ERROR),
                Arguments.of(
                        "X.T1-T2-INCOME",
                        "表二",
                        3,
                        5,
                        "268.00",
                        "表二 部门收入总体情况表／合计／一般公共预算拨款",
                        "268.22",
                        "268.00",
                        Severity.ERROR),
                Arguments.of(
                        "X.T1-T3-TOTAL",
                        "表三",
                        3,
                        4,
                        "268.00",
                        "表三 部门支出总体情况表／合计／合计",
                        "268.22",
                        "268.00",
                        Severity.ERROR),
                Arguments.of(
                        "X.T1-T4-INCOME",
                        "表四",
                        1,
                        1,
                        "260",
                        "表四 财政拨款收支预算总体情况表／一般公共预算",
                        "268.22",
                        "260.00",
                        Severity.ERROR),
                Arguments.of(
                        "X.T4-T5-CLASS",
                        "表四",
                        0,
                        4,
                        "260",
                        "表四 财政拨款收支预算总体情况表／201 一般公共服务支出／财政拨款支出/一般公共预算",
                        "268.22",
                        "260.00",
                        Severity.ERROR),
                Arguments.of(
                        "X.T4-T1-SUBSET",
                        "表四",
                        4,
                        3,
                        "300",
                        "表四 财政拨款收支预算总体情况表／支出总计／财政拨款支出/合计",
                        "268.22",
                        "300.00",
                        Severity.ERROR),
                Arguments.of(
                        "X.T4-T5-TOTAL", "表五", 3, 4, "260", "表五 一般公共预算支出情况表／合计／合计", "268.22", "260.00", Severity.ERROR),
                Arguments.of(
                        "X.T5-T6-BASIC",
                        "表六",
                        14,
                        3,
                        "174.00",
                        "表六 一般公共预算基本支出情况表／合计／合计",
                        "174.82",
                        "174.00",
                        Severity.ERROR),
                Arguments.of(
                        "X.T5-T7-PROJECT",
                        "表七",
                        3,
                        5,
                        "93.00",
                        "表七 一般公共预算项目支出情况表／合计／项目支出合计",
                        "93.40",
                        "93.00",
                        Severity.ERROR),
                Arguments.of(
                        "X.T5-T3-SUBSET",
                        "表五",
                        2,
                        6,
                        "95",
                        "表五 一般公共预算支出情况表／2010504 信息事务／项目支出",
                        "93.40",
                        "95.00",
                        Severity.ERROR),
                Arguments.of(
                        "X.T6-T8",
                        "表六",
                        11,
                        3,
                        "0.6",
                        "表六 一般公共预算基本支出情况表／30217 公务接待费／合计",
                        "0.50",
                        "0.60",
                        Severity.ERROR),
                Arguments.of(
                        "X.T6-SPLIT",
                        "表六",
                        14,
                        4,
                        "168.00",
                        "表六 一般公共预算基本支出情况表／合计／人员经费",
                        "167.50",
                        "168.00",
                        Severity.WARNING),
                Arguments.of(
                        "X.T2-T3-ITEM",
                        "表二",
                        2,
                        4,
                        "260",
                        "表二 部门收入总体情况表／2010504 信息事务／总计",
                        "268.22",
                        "260.00",
                        Severity.WARNING));
    }

    @Fires("X.T1-T3-CLASS")
    @Silent("X.T1-T3-CLASS")
    @Fires("X.T1-T2-INCOME")
    @Silent("X.T1-T2-INCOME")
    @Fires("X.T1-T3-TOTAL")
    @Silent("X.T1-T3-TOTAL")
    @Fires("X.T1-T4-INCOME")
    @Silent("X.T1-T4-INCOME")
    @Fires("X.T4-T5-CLASS")
    @Silent("X.T4-T5-CLASS")
    @Fires("X.T4-T1-SUBSET")
    @Silent("X.T4-T1-SUBSET")
    @Fires("X.T4-T5-TOTAL")
    @Silent("X.T4-T5-TOTAL")
    @Fires("X.T5-T6-BASIC")
    @Silent("X.T5-T6-BASIC")
    @Fires("X.T5-T7-PROJECT")
    @Silent("X.T5-T7-PROJECT")
    @Fires("X.T5-T3-SUBSET")
    @Silent("X.T5-T3-SUBSET")
    @Fires("X.T6-T8")
    @Silent("X.T6-T8")
    @Fires("X.T6-SPLIT")
    @Silent("X.T6-SPLIT")
    @Fires("X.T2-T3-ITEM")
    @Silent("X.T2-T3-ITEM")
    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    @org.gongkai.core.audit.Fires("{0}")
    @org.gongkai.core.audit.Silent("{0}")
    void ruleFiresOnMutatedCellAndIsSilentOtherwise(
            String rule,
            String table,
            int row,
            int column,
            String text,
            String where,
            String expected,
            String actual,
            Severity severity) {
        assertThat(Fixture.findings(Fixture.disclosure(), rule)).isEmpty();
        Disclosure d = Fixture.withCell(Fixture.disclosure(), table, row, column, text);
        List<Finding> findings = Fixture.findings(d, rule);
        Finding f = findings.stream()
                .filter(x -> x.location().describe().contains(where))
                .findFirst()
                .orElseThrow(() -> new AssertionError(where + " not in " + Fixture.describe(findings)));
        assertThat(f.severity()).isEqualTo(severity);
        assertThat(f.expected()).isEqualTo(expected);
        assertThat(f.actual()).isEqualTo(actual);
        assertThat(f.locations()).hasSizeGreaterThan(1);
    }

    @org.junit.jupiter.api.Test
    void oneDisplayStepOverTheThreePublicTableIsRoundingResidueNotError() {
        // 表六 allocates its parts by largest remainder: 0.51 against 表八's 0.50 is what rounding can do
        Disclosure d = Fixture.withCell(Fixture.disclosure(), "表六", 11, 3, "0.51");
        assertThat(Fixture.findings(d, "X.T6-T8")).isEmpty();
        List<Finding> residue = Fixture.findings(d, "ROUND.RESIDUE").stream()
                .filter(f -> f.message().contains("X.T6-T8"))
                .toList();
        assertThat(residue).hasSize(1);
        assertThat(residue.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(residue.get(0).message()).contains("表八公务接待费为0.50万元").contains("相差0.01万元");
    }

    @org.junit.jupiter.api.Test
    @Fires("X.T4-T9")
    @Silent("X.T4-T9")
    void fundTableMustMatchTableFour() {
        Disclosure d = Fixture.withCell(Fixture.disclosure(), "表四", 4, 5, "5");
        d = Fixture.withCell(d, "表九", 1, 4, "4");
        List<Finding> findings = Fixture.findings(d, "X.T4-T9");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.location().describe()).contains("表九 政府性基金预算支出情况表／合计／合计");
            assertThat(f.expected()).isEqualTo("5.00");
            assertThat(f.actual()).isEqualTo("4.00");
        });
        assertThat(Fixture.findings(Fixture.disclosure(), "X.T4-T9")).isEmpty();
    }

    @org.junit.jupiter.api.Test
    @Silent("X.T6-SPLIT")
    void capitalItemsBoughtFromBasicSpendingCountAsPublicExpenses() {
        // the last 302 row (福利费 1.36) becomes 310 02 办公设备购置 in the 公用经费 column
        Disclosure d = Fixture.withRow(
                Fixture.disclosure(),
                "表六",
                13,
                r -> new Table.Row(
                        "31002", r.type(), List.of("310", "02", "办公设备购置", "1.36", "", "1.36"), r.ref(), r.uncertain()));
        assertThat(Fixture.findings(d, "X.T6-SPLIT")).isEmpty();
        Disclosure personnel = Fixture.withRow(
                Fixture.disclosure(),
                "表六",
                13,
                r -> new Table.Row(
                        "39999", r.type(), List.of("399", "99", "其他支出", "1.36", "", "1.36"), r.ref(), r.uncertain()));
        assertThat(Fixture.findings(personnel, "X.T6-SPLIT")).isNotEmpty();
    }
}
