package org.gongkai.formats.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.gongkai.core.SharedDir;
import org.gongkai.core.audit.AuditContext;
import org.gongkai.core.audit.Auditor;
import org.gongkai.core.audit.Finding;
import org.gongkai.core.audit.Severity;
import org.gongkai.core.audit.rules.arith.ArithRules;
import org.gongkai.core.classification.ReferenceData;
import org.gongkai.core.disclosure.Disclosure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reference example read from its text and audited by the arithmetic rule set: every real slip is
 * found at its place with its figures, the rounding residue is a warning, and nothing consistent is flagged.
 */
class ExampleArithAuditTest {
    private static List<Finding> findings;

    @BeforeAll
    static void audit() throws Exception {
        Disclosure d = Readers.read(SharedDir.example()).disclosure();
        findings = new Auditor(ArithRules.all()).audit(AuditContext.of(d, ReferenceData.forYear(2021)));
    }

    private static Finding one(String rule, Predicate<Finding> where) {
        List<Finding> hits = findings.stream()
                .filter(f -> f.ruleId().equals(rule))
                .filter(where)
                .toList();
        assertThat(hits).as(rule + " in\n" + describe()).hasSize(1);
        return hits.get(0);
    }

    private static String describe() {
        return findings.stream().map(f -> f.ruleId() + " " + f.message()).collect(Collectors.joining("\n"));
    }

    @Test
    void tableSixOfficeExpensesRowAndPublicColumn() {
        Finding row = one("T6.ROW-SUM", f -> f.location().row().equals("30201 办公费"));
        assertThat(row.expected()).isEqualTo("1.60");
        assertThat(row.actual()).isEqualTo("1.62");
        Finding column = one("T6.COL-SUM", f -> f.location().column().endsWith("公用经费"));
        assertThat(column.expected()).isEqualTo("7.30");
        assertThat(column.actual()).isEqualTo("7.32");
    }

    @Test
    void basicExpenditureResidueIsOnlyAWarning() {
        List<Finding> residues = findings.stream()
                .filter(f -> f.ruleId().equals("ROUND.RESIDUE"))
                .toList();
        assertThat(residues).isNotEmpty().allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.expected()).isEqualTo("174.83");
            assertThat(f.actual()).isEqualTo("174.82");
        });
    }

    @Test
    void sectionFiveChangesContradictSectionThree() {
        Finding basic = one("NN.LAST-YEAR", f -> f.location().quote().contains("减少9.2万元"));
        assertThat(basic.location().section()).contains("五");
        assertThat(basic.actual()).isEqualTo("184.02");
        assertThat(basic.expected()).isEqualTo("184.54");
        Finding project = one("NN.LAST-YEAR", f -> f.location().quote().contains("增加12万元"));
        assertThat(project.actual()).isEqualTo("81.40");
        assertThat(project.expected()).isEqualTo("81.44");
    }

    @Test
    void singleItemChangeContradictsTheTotal() {
        Finding f = one("NARR.SINGLE-ITEM-CHANGE", x -> true);
        assertThat(f.location().quote()).contains("减少41.4万元");
        assertThat(f.actual()).isEqualTo("-41.40");
        assertThat(f.expected()).isEqualTo("2.24");
    }

    @Test
    void operatingCostsRateUsesThisYearAsBase() {
        Finding f = one("NARR.RATE-BASE", x -> true);
        assertThat(f.location().quote()).isEqualTo("减少6.69%");
        assertThat(f.expected()).isEqualTo("6.27%");
        assertThat(f.message()).contains("除以本年数7.32万元");
    }

    @Test
    void procurementTotalIsNotTheSumOfItsParts() {
        Finding f = one("NARR.PROC-SUM", x -> true);
        assertThat(f.actual()).isEqualTo("16.62");
        assertThat(f.expected()).isEqualTo("16.60");
    }

    @Test
    void zeroChangesShouldSayFlat() {
        assertThat(findings.stream().filter(f -> f.ruleId().equals("NARR.FLAT")))
                .hasSize(4)
                .allSatisfy(f -> assertThat(f.location().section()).contains("八"));
    }

    @Test
    void nothingElseIsFlagged() {
        // The remaining findings are consequences of the 9.2/12 slips of 五（一）: its rate no longer fits the
        // stated change, and its changes no longer add up to the total's change.
        List<String> expected = List.of(
                "T6.ROW-SUM",
                "T6.COL-SUM",
                "NN.LAST-YEAR",
                "NARR.SINGLE-ITEM-CHANGE",
                "NARR.RATE-BASE",
                "NARR.PROC-SUM",
                "NARR.FLAT",
                "ROUND.RESIDUE",
                "NARR.RATE",
                "NARR.CHANGE-SUM");
        assertThat(findings).as(describe()).allSatisfy(f -> assertThat(expected).contains(f.ruleId()));
        assertThat(findings.stream().filter(f -> f.ruleId().equals("NARR.RATE")))
                .singleElement()
                .satisfies(f -> assertThat(f.location().quote()).contains("5.27"));
        assertThat(findings.stream().filter(f -> f.ruleId().equals("NARR.CHANGE-SUM")))
                .hasSize(1);
    }
}
