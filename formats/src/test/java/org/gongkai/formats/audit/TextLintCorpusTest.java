package org.gongkai.formats.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.formats.audit.CorpusAudit.audit;
import static org.gongkai.formats.audit.CorpusAudit.describe;

import java.util.List;
import org.gongkai.core.SharedDir;
import org.gongkai.core.audit.Finding;
import org.gongkai.core.audit.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text lint on real documents read as whole paragraphs: "支出收入 2002.80 万元" in the 政府性基金 section of two 决算
 * (and of the blank template), the closing quote with no opening one in 004, and nothing of the sort elsewhere.
 */
class TextLintCorpusTest {
    private static final String SLIP = "TXT.INCOME-EXPENSE-SLIP";
    private static final String QUOTE = "TXT.QUOTE-UNPAIRED";

    private static List<Finding> of(List<Finding> findings, String rule) {
        return findings.stream().filter(f -> f.ruleId().equals(rule)).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"004_putuo_wenlvju_2025_dept_final.json", "004_putuo_wenlvju_2025_dept_final.txt"})
    void slipAndUnopenedQuoteOf004(String name) throws Exception {
        List<Finding> findings = audit(SharedDir.corpus(name));
        assertThat(of(findings, SLIP)).as(describe(findings)).singleElement().satisfies(f -> {
            assertThat(f.actual()).isEqualTo("支出收入2002.80 万元");
            assertThat(f.location().section()).isEqualTo("第三部分/八");
            assertThat(f.location().source().page()).isEqualTo(29);
        });
        assertThat(of(findings, QUOTE)).as(describe(findings)).singleElement().satisfies(f -> {
            assertThat(f.location().quote()).endsWith("情定苏河”");
            assertThat(f.actual()).isEqualTo("2个左引号、3个右引号");
            assertThat(f.location().source().page()).isEqualTo(24);
        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"005_putuo_yichuanlujiedao_2025_dept_final.json", "005_putuo_yichuanlujiedao_2025_dept_final.txt"
            })
    void slipOf005(String name) throws Exception {
        List<Finding> findings = audit(SharedDir.corpus(name));
        assertThat(of(findings, SLIP))
                .as(describe(findings))
                .singleElement()
                .satisfies(f -> assertThat(f.actual()).isEqualTo("支出收入105.00 万元"));
        assertThat(of(findings, QUOTE)).as(describe(findings)).isEmpty();
    }

    @Test
    void theBlankTemplateHasTheSameSlip() throws Exception {
        List<Finding> findings = audit(SharedDir.corpus("007_shanghai_bumenjuesuan_moban_2024_template.txt"));
        assertThat(of(findings, SLIP))
                .as(describe(findings))
                .singleElement()
                .satisfies(f -> assertThat(f.actual()).isEqualTo("支出收入 XXX 万元"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "001_putuo_chengguanju_2026_dept_budget.json",
                "001_putuo_chengguanju_2026_dept_budget.txt",
                "003_putuo_wenlvju_2026_dept_budget.json",
                "006_putuo_shengtaihuanjingju_2025_dept_final.json",
                "006_putuo_shengtaihuanjingju_2025_dept_final.txt",
                "011_putuo_zhengfuban_2025_dept_budget.txt",
                "012_putuo_zhengfuban_2025_unit_budget.txt"
            })
    void noSlipAndNoUnpairedQuoteElsewhere(String name) throws Exception {
        List<Finding> findings = audit(SharedDir.corpus(name));
        assertThat(findings)
                .as(describe(findings))
                .noneMatch(f -> f.ruleId().equals(SLIP) || f.ruleId().equals(QUOTE));
    }

    @Test
    void theTwoQuotesLeftOpenIn002StayTheOnlyOnes() throws Exception {
        for (String name :
                List.of("002_putuo_jianguanwei_2026_dept_budget.json", "002_putuo_jianguanwei_2026_dept_budget.txt")) {
            List<Finding> findings = audit(SharedDir.corpus(name));
            assertThat(of(findings, QUOTE))
                    .as(describe(findings))
                    .extracting(f -> f.location().quote().substring(0, 3))
                    .containsExactly("14.", "15.");
            assertThat(of(findings, SLIP)).isEmpty();
        }
    }

    @Test
    void theExampleKeepsItsCounts() throws Exception {
        List<Finding> findings = audit(SharedDir.example());
        assertThat(findings)
                .noneMatch(f -> f.ruleId().equals(SLIP) || f.ruleId().equals(QUOTE));
        assertThat(findings.stream().filter(f -> f.severity() == Severity.ERROR))
                .hasSize(19);
        assertThat(findings.stream().filter(f -> f.severity() == Severity.WARNING))
                .hasSize(42);
        assertThat(findings.stream().filter(f -> f.severity() == Severity.INFO)).hasSize(9);
    }
}
