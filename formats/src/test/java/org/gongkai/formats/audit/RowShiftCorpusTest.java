package org.gongkai.formats.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.formats.audit.CorpusAudit.audit;
import static org.gongkai.formats.audit.CorpusAudit.describe;

import java.util.List;
import org.gongkai.core.SharedDir;
import org.gongkai.core.audit.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * T.ROW-SHIFT on real documents: the 决算 whose 一般公共预算财政拨款支出决算表 prints its amounts rows off their
 * codes gets one diagnosis instead of the cascade; documents without such a shift get none.
 */
class RowShiftCorpusTest {
    @Test
    void shiftedTableIsOneDiagnosis() throws Exception {
        List<Finding> findings = audit(SharedDir.corpus("004_putuo_wenlvju_2025_dept_final.json"));
        List<Finding> shifts =
                findings.stream().filter(f -> f.ruleId().equals("T.ROW-SHIFT")).toList();
        assertThat(shifts).as(describe(findings)).singleElement().satisfies(f -> {
            assertThat(f.location().table()).contains("一般公共预算财政拨款支出决算表");
            assertThat(f.location().row()).isEqualTo("20709 旅游发展基金支出");
            assertThat(f.message()).contains("金额比所属科目高2行", "全表0项不成立", "T5.HIER×30", "X.T5-T3-SUBSET×41");
        });
        assertThat(findings)
                .as(describe(findings))
                .noneMatch(f -> f.ruleId().startsWith("T5.") || f.ruleId().startsWith("X.T5-"));
    }

    @Test
    void theSameDocumentAsTextIsOneDiagnosisToo() throws Exception {
        List<Finding> findings = audit(SharedDir.corpus("004_putuo_wenlvju_2025_dept_final.txt"));
        assertThat(findings.stream().filter(f -> f.ruleId().equals("T.ROW-SHIFT")))
                .as(describe(findings))
                .singleElement()
                .satisfies(f -> assertThat(f.location().row()).isEqualTo("20709 旅游发展基金支出"));
        assertThat(findings)
                .as(describe(findings))
                .noneMatch(f -> f.ruleId().startsWith("T5.") || f.ruleId().startsWith("X.T5-"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "001_putuo_chengguanju_2026_dept_budget.json",
                "002_putuo_jianguanwei_2026_dept_budget.json",
                "003_putuo_wenlvju_2026_dept_budget.json",
                "005_putuo_yichuanlujiedao_2025_dept_final.json",
                "006_putuo_shengtaihuanjingju_2025_dept_final.json",
                "005_putuo_yichuanlujiedao_2025_dept_final.txt",
                "006_putuo_shengtaihuanjingju_2025_dept_final.txt"
            })
    void otherDocumentsHaveNoShift(String name) throws Exception {
        assertThat(audit(SharedDir.corpus(name))).noneMatch(f -> f.ruleId().equals("T.ROW-SHIFT"));
    }

    @Test
    void exampleHasNoShift() throws Exception {
        assertThat(audit(SharedDir.example())).noneMatch(f -> f.ruleId().equals("T.ROW-SHIFT"));
    }
}
