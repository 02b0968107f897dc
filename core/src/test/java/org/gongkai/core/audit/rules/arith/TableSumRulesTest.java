package org.gongkai.core.audit.rules.arith;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.gongkai.core.audit.Finding;
import org.gongkai.core.audit.Fires;
import org.gongkai.core.audit.Severity;
import org.gongkai.core.audit.Silent;
import org.gongkai.core.disclosure.Disclosure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TableSumRulesTest {

    @Test
    void consistentFixtureHasNoFinding() {
        List<Finding> findings = Fixture.audit(Fixture.disclosure());
        assertThat(findings).as(Fixture.describe(findings)).isEmpty();
    }

    @Test
    @Fires("T3.COL-SUM")
    @Silent("T3.COL-SUM")
    void aTotalCellHoldingWordsStatesNoAmount() {
        // A header row merged into the 合计 row leaves words where the total should be: nothing to compare.
        assertThat(Fixture.findings(Fixture.withCell(Fixture.disclosure(), "表三", 3, 5, "基本支出"), "T3.COL-SUM"))
                .isEmpty();
        // A blank total still states zero.
        assertThat(Fixture.findings(Fixture.withCell(Fixture.disclosure(), "表三", 3, 5, ""), "T3.COL-SUM"))
                .singleElement()
                .satisfies(f -> assertThat(f.actual()).isEqualTo("0.00"));
    }

    static Stream<Arguments> mutations() {
        return Stream.of(
                // rule, table, row, column, new text, primary location, expected, actual
                Arguments.of("T2.ROW-SUM", "表二", 2, 5, "260.22", "表二 部门收入总体情况表／2010504 信息事务／总计", "260.22", "268.22"),
                Arguments.of("T3.ROW-SUM", "表三", 0, 6, "93.3", "表三 部门支出总体情况表／201 一般公共服务支出／合计", "268.12", "268.22"),
                Arguments.of("T5.ROW-SUM", "表五", 1, 5, "174.00", "表五 一般公共预算支出情况表／20105 统计信息事务／合计", "267.40", "268.22"),
                Arguments.of("T6.ROW-SUM", "表六", 8, 5, "1.6", "表六 一般公共预算基本支出情况表／30201 办公费／合计", "1.60", "1.62"),
                Arguments.of(
                        "T7.ROW-SUM", "表七", 2, 7, "90.00", "表七 一般公共预算项目支出情况表／2010504 信息事务／项目支出合计", "90.00", "93.40"),
                Arguments.of("T2.COL-SUM", "表二", 3, 4, "268.20", "表二 部门收入总体情况表／合计／总计", "268.22", "268.20"),
                Arguments.of("T3.COL-SUM", "表三", 3, 5, "174.8", "表三 部门支出总体情况表／合计／基本支出", "174.82", "174.80"),
                Arguments.of("T6.COL-SUM", "表六", 14, 4, "167.70", "表六 一般公共预算基本支出情况表／合计／人员经费", "167.50", "167.70"),
                Arguments.of("T7.COL-SUM", "表七", 3, 7, "93.00", "表七 一般公共预算项目支出情况表／合计／商品和服务支出", "93.40", "93.00"),
                Arguments.of("T5.HIER", "表五", 0, 6, "93.50", "表五 一般公共预算支出情况表／201 一般公共服务支出／项目支出", "93.40", "93.50"),
                Arguments.of("T3.HIER", "表三", 1, 4, "200", "表三 部门支出总体情况表／20105 统计信息事务／合计", "268.22", "200.00"),
                Arguments.of("T2.HIER", "表二", 1, 4, "200", "表二 部门收入总体情况表／201 一般公共服务支出／总计", "200.00", "268.22"),
                Arguments.of("T5.COL-SUM", "表五", 3, 5, "174.00", "表五 一般公共预算支出情况表／合计／基本支出", "174.82", "174.00"),
                Arguments.of("T7.HIER", "表七", 1, 5, "90", "表七 一般公共预算项目支出情况表／201 一般公共服务支出／项目支出合计", "90.00", "93.40"),
                Arguments.of("T1.BALANCE", "表一", 6, 3, "268.02", "表一 部门收支总体情况表／收入总计／收入/预算数", "268.02", "268.22"),
                Arguments.of("T1.APPROP-SUM", "表一", 0, 1, "270", "表一 部门收支总体情况表／财政拨款（补助）／收入/预算数", "268.22", "270.00"),
                Arguments.of("T1.INCOME-SUM", "表一", 4, 1, "10", "表一 部门收支总体情况表／收入总计／收入/预算数", "278.22", "268.22"),
                Arguments.of("T1.EXPENSE-SUM", "表一", 1, 3, "5", "表一 部门收支总体情况表／支出总计／支出/预算数", "273.22", "268.22"),
                Arguments.of(
                        "T4.ROW-SUM", "表四", 0, 4, "260", "表四 财政拨款收支预算总体情况表／201 一般公共服务支出／财政拨款支出/合计", "260.00", "268.22"),
                Arguments.of("T4.BALANCE", "表四", 4, 1, "268", "表四 财政拨款收支预算总体情况表／收入总计／财政拨款收入/合计", "268.22", "268.00"),
                Arguments.of("T4.INCOME-SUM", "表四", 0, 1, "269", "表四 财政拨款收支预算总体情况表／收入总计／财政拨款收入/合计", "269.00", "268.22"),
                Arguments.of(
                        "T4.COL-SUM", "表四", 4, 4, "268.00", "表四 财政拨款收支预算总体情况表／支出总计／财政拨款支出/一般公共预算", "268.22", "268.00"),
                Arguments.of(
                        "T4.BUDGET-TYPE", "表四", 1, 1, "200", "表四 财政拨款收支预算总体情况表／支出总计／财政拨款支出/一般公共预算", "200.00", "268.22"),
                Arguments.of("T8.TOTAL", "表八", 0, 0, "0.60", "表八 一般公共预算“三公”经费支出情况表", "0.50", "0.60"),
                Arguments.of("T8.VEHICLES", "表八", 0, 3, "1.00", "公务用车购置及运行费/合计", "1.00", "0.00"));
    }

    @Fires("T2.ROW-SUM")
    @Silent("T2.ROW-SUM")
    @Fires("T3.ROW-SUM")
    @Silent("T3.ROW-SUM")
    @Fires("T5.ROW-SUM")
    @Silent("T5.ROW-SUM")
    @Fires("T6.ROW-SUM")
    @Silent("T6.ROW-SUM")
    @Fires("T7.ROW-SUM")
    @Silent("T7.ROW-SUM")
    @Fires("T2.COL-SUM")
    @Silent("T2.COL-SUM")
    @Fires("T3.COL-SUM")
    @Silent("T3.COL-SUM")
    @Fires("T6.COL-SUM")
    @Silent("T6.COL-SUM")
    @Fires("T7.COL-SUM")
    @Silent("T7.COL-SUM")
    @Fires("T5.HIER")
    @Silent("T5.HIER")
    @Fires("T3.HIER")
    @Silent("T3.HIER")
    @Fires("T2.HIER")
    @Silent("T2.HIER")
    @Fires("T5.COL-SUM")
    @Silent("T5.COL-SUM")
    @Fires("T7.HIER")
    @Silent("T7.HIER")
    @Fires("T1.BALANCE")
    @Silent("T1.BALANCE")
    @Fires("T1.APPROP-SUM")
    @Silent("T1.APPROP-SUM")
    @Fires("T1.INCOME-SUM")
    @Silent("T1.INCOME-SUM")
    @Fires("T1.EXPENSE-SUM")
    @Silent("T1.EXPENSE-SUM")
    @Fires("T4.ROW-SUM")
    @Silent("T4.ROW-SUM")
    @Fires("T4.BALANCE")
    @Silent("T4.BALANCE")
    @Fires("T4.INCOME-SUM")
    @Silent("T4.INCOME-SUM")
    @Fires("T4.COL-SUM")
    @Silent("T4.COL-SUM")
    @Fires("T4.BUDGET-TYPE")
    @Silent("T4.BUDGET-TYPE")
    @Fires("T8.TOTAL")
    @Silent("T8.TOTAL")
    @Fires("T8.VEHICLES")
    @Silent("T8.VEHICLES")
    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    @org.gongkai.core.audit.Fires("{0}")
    @org.gongkai.core.audit.Silent("{0}")
    void ruleFiresOnMutatedCell(
            String rule, String table, int row, int column, String text, String where, String expected, String actual) {
        Disclosure d = Fixture.withCell(Fixture.disclosure(), table, row, column, text);
        assertThat(Fixture.findings(Fixture.disclosure(), rule)).isEmpty();
        List<Finding> findings = Fixture.findings(d, rule);
        assertThat(findings).as(Fixture.describe(findings)).isNotEmpty();
        Finding f = findings.stream()
                .filter(x -> x.location().describe().contains(where))
                .findFirst()
                .orElseThrow(() -> new AssertionError(where + " not in " + findings));
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.expected()).isEqualTo(expected);
        assertThat(f.actual()).isEqualTo(actual);
    }
}
