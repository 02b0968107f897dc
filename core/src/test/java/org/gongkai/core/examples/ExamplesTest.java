package org.gongkai.core.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongkai.core.amount.Amount;
import org.gongkai.core.amount.DisplayUnit;
import org.gongkai.core.budget.Budget;
import org.gongkai.core.budget.ExpenditureKind;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.budget.IncomeLine;
import org.gongkai.core.budget.Project;
import org.gongkai.core.budget.QuantityKey;
import org.gongkai.core.json.BudgetCodec;
import org.gongkai.core.json.Json;
import org.junit.jupiter.api.Test;

class ExamplesTest {
    private final Budget budget = Examples.kezhou2021();

    private static String wan(Amount a) {
        return DisplayUnit.WAN_YUAN.round(a).toPlainString();
    }

    private Amount sum(ExpenditureKind kind, String economicPrefix) {
        return Amount.sum(budget.expenditure().stream()
                .filter(l -> l.kind() == kind && l.economicCode().startsWith(economicPrefix))
                .map(ExpenditureLine::amount)
                .toList());
    }

    @Test
    void totalsMatchTheExampleTables() {
        assertThat(wan(Amount.sum(
                        budget.income().stream().map(IncomeLine::amount).toList())))
                .isEqualTo("268.22");
        assertThat(wan(sum(ExpenditureKind.BASIC, ""))).isEqualTo("174.82");
        assertThat(wan(sum(ExpenditureKind.PROJECT, ""))).isEqualTo("93.40");
        // 表六: 公用经费 = 302 = 7.32 as printed; 人员经费 = 301 + 303 = 174.82 - 7.32 (the example's 167.51
        // does not add up, see the fixture's notes)
        assertThat(wan(sum(ExpenditureKind.BASIC, "302"))).isEqualTo("7.32");
        assertThat(wan(sum(ExpenditureKind.BASIC, "301").plus(sum(ExpenditureKind.BASIC, "303"))))
                .isEqualTo("167.50");
    }

    @Test
    void everyBasicLineRoundsToTheFigurePrintedInTable6() {
        Map<String, String> printed = Map.ofEntries(
                Map.entry("30101", "52.63"),
                Map.entry("30102", "67.67"),
                Map.entry("30103", "4.39"),
                Map.entry("30108", "17.65"),
                Map.entry("30112", "10.14"),
                Map.entry("30113", "12.71"),
                Map.entry("30201", "1.62"),
                Map.entry("30207", "0.58"),
                Map.entry("30211", "2.50"),
                Map.entry("30217", "0.50"),
                Map.entry("30228", "0.76"),
                Map.entry("30229", "1.36"),
                Map.entry("30302", "2.16"),
                Map.entry("30309", "0.16"));
        Map<String, String> actual = new TreeMap<>();
        budget.expenditure().stream()
                .filter(l -> l.kind() == ExpenditureKind.BASIC)
                .forEach(l -> actual.put(l.economicCode(), wan(l.amount())));
        assertThat(actual).isEqualTo(new TreeMap<>(printed));
    }

    @Test
    void incomeEqualsExpenditure() {
        Amount income =
                Amount.sum(budget.income().stream().map(IncomeLine::amount).toList());
        Amount spending = Amount.sum(
                budget.expenditure().stream().map(ExpenditureLine::amount).toList());
        assertThat(spending).isEqualTo(income);
    }

    @Test
    void sixProjectsWithTargetsMatchingTheirLines() {
        assertThat(budget.projects()).hasSize(6);
        for (Project p : budget.projects()) {
            Amount lines = Amount.sum(budget.expenditure().stream()
                    .filter(l -> p.id().equals(l.projectId()))
                    .map(ExpenditureLine::amount)
                    .toList());
            assertThat(p.target()).as(p.name()).isNotNull();
            assertThat(p.target().total()).as(p.name()).isEqualTo(lines);
            assertThat(p.target().indicators()).as(p.name()).isNotEmpty();
        }
        assertThat(budget.projects().get(4).target().total()).isEqualTo(Amount.ofWan("50.40"));
    }

    @Test
    void comparativesFollowTheArithmetic() {
        Amount lastTotal = budget.comparative(QuantityKey.TOTAL).orElseThrow().lastYear();
        Amount lastBasic = budget.comparative(QuantityKey.BASIC).orElseThrow().lastYear();
        Amount lastProject =
                budget.comparative(QuantityKey.PROJECT).orElseThrow().lastYear();
        assertThat(lastBasic.plus(lastProject)).isEqualTo(lastTotal);
        assertThat(wan(sum(ExpenditureKind.BASIC, "").minus(lastBasic))).isEqualTo("-9.72");
        assertThat(wan(sum(ExpenditureKind.PROJECT, "").minus(lastProject))).isEqualTo("11.96");
    }

    @Test
    void fixtureCarriesNotesAndTheCodecWritesTheSameBudget() {
        Object tree = Json.parse(Examples.kezhou2021Json());
        assertThat(tree).isInstanceOf(Map.class);
        List<?> notes = (List<?>) ((Map<?, ?>) tree).get("notes");
        assertThat(notes).hasSizeGreaterThan(10);
        assertThat(BudgetCodec.read(BudgetCodec.write(budget))).isEqualTo(budget);
    }

    @Test
    void procurementTakesThePartsNotThePrintedTotal() {
        assertThat(wan(budget.procurement().total())).isEqualTo("16.60");
    }
}
