package org.gongkai.core.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
        // 表六: 人员经费 = 301 + 303, 公用经费 = 302, each rounded on its own as printed
        assertThat(wan(sum(ExpenditureKind.BASIC, "301").plus(sum(ExpenditureKind.BASIC, "303"))))
                .isEqualTo("167.51");
        assertThat(wan(sum(ExpenditureKind.BASIC, "302"))).isEqualTo("7.32");
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
        assertThat(tree).isInstanceOf(java.util.Map.class);
        List<?> notes = (List<?>) ((java.util.Map<?, ?>) tree).get("notes");
        assertThat(notes).hasSizeGreaterThan(10);
        assertThat(BudgetCodec.read(BudgetCodec.write(budget))).isEqualTo(budget);
    }

    @Test
    void procurementTakesThePartsNotThePrintedTotal() {
        assertThat(wan(budget.procurement().total())).isEqualTo("16.60");
    }
}
