package org.gongkai.formats.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.formats.audit.CorpusAudit.audit;
import static org.gongkai.formats.audit.CorpusAudit.describe;

import java.util.List;
import org.gongkai.core.audit.Finding;
import org.gongkai.core.audit.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The 决算 documents of the corpus, JSON and page text alike: a completion rate stated for a 三公 item the 三公 table
 * gives no 预算数 (因公出国（境）费 预算数 0), and the items of 五（三） whose 年初预算 and 支出决算 add up to the stated
 * totals only up to rounding.
 */
class FinalAccountsNarrativeCorpusTest {
    @ParameterizedTest
    @CsvSource({
        "004_putuo_wenlvju_2025_dept_final.json, 0%",
        "004_putuo_wenlvju_2025_dept_final.txt, 0%",
        "006_putuo_shengtaihuanjingju_2025_dept_final.json, 0.00%",
        "006_putuo_shengtaihuanjingju_2025_dept_final.txt, 0.00%"
    })
    void aRateOverANilBudgetIsReported(String name, String rate) throws Exception {
        List<Finding> findings = audit(name);
        assertThat(findings.stream().filter(f -> f.ruleId().equals("NARR.COMPLETION-RATE")))
                .as(describe(findings))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.location().quote()).isEqualTo(rate);
                    assertThat(f.message()).contains("因公出国（境）费/预算数", "年初未安排预算");
                    assertThat(f.locations().get(1).table()).contains("三公");
                });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"005_putuo_yichuanlujiedao_2025_dept_final.json", "005_putuo_yichuanlujiedao_2025_dept_final.txt"
            })
    void ratesTheTableGivesAreSilent(String name) throws Exception {
        List<Finding> findings = audit(name);
        assertThat(findings).as(describe(findings)).noneMatch(f -> f.ruleId().equals("NARR.COMPLETION-RATE"));
        // the page text drops the 三公 row's blank cells: the sums settle them, no 三公 sum is misreported
        assertThat(findings).as(describe(findings)).noneMatch(f -> f.ruleId().startsWith("T8."));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "006_putuo_shengtaihuanjingju_2025_dept_final.json",
                "006_putuo_shengtaihuanjingju_2025_dept_final.txt"
            })
    void itemBudgetsOneStepShortOfTheTotalAreARoundingResidue(String name) throws Exception {
        List<Finding> findings = audit(name);
        assertThat(findings).as(describe(findings)).noneMatch(f -> f.ruleId().equals("FA.ITEM-SUM"));
        assertThat(itemSumResidues(findings))
                .as(describe(findings))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.message()).contains("所述年初预算总数为4628.17万元", "逐项列出的20项年初预算之和为4628.16万元", "相差0.01万元");
                });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "004_putuo_wenlvju_2025_dept_final.json",
                "004_putuo_wenlvju_2025_dept_final.txt",
                "005_putuo_yichuanlujiedao_2025_dept_final.json",
                "005_putuo_yichuanlujiedao_2025_dept_final.txt"
            })
    void itemListsOfTheOtherFinalAccountsAddUpWithinRounding(String name) throws Exception {
        List<Finding> findings = audit(name);
        assertThat(findings).as(describe(findings)).noneMatch(f -> f.ruleId().equals("FA.ITEM-SUM"));
        assertThat(itemSumResidues(findings)).as(describe(findings)).hasSize(2);
    }

    /** The rounding residues of FA.ITEM-SUM: reported apart, as warnings, under ROUND.RESIDUE. */
    private static List<Finding> itemSumResidues(List<Finding> findings) {
        return findings.stream()
                .filter(f -> f.ruleId().equals("ROUND.RESIDUE") && f.message().contains("FA.ITEM-SUM"))
                .toList();
    }
}
