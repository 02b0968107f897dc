package org.gongkai.formats.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.formats.audit.CorpusAudit.audit;
import static org.gongkai.formats.audit.CorpusAudit.describe;

import java.util.List;
import org.gongkai.core.SharedDir;
import org.gongkai.core.audit.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * T.COLUMN-SHIFT on real documents: the 决算 whose side-by-side 基本支出决算表 prints the 302 half's amounts one row
 * above their codes gets one diagnosis instead of the class sum, 三公 and narrative-component failures it causes;
 * every other document gets none.
 */
class ColumnShiftCorpusTest {
    @ParameterizedTest
    @ValueSource(
            strings = {"005_putuo_yichuanlujiedao_2025_dept_final.json", "005_putuo_yichuanlujiedao_2025_dept_final.txt"
            })
    void theSlippedHalfIsOneDiagnosis(String name) throws Exception {
        List<Finding> findings = audit(SharedDir.corpus(name));
        assertThat(findings.stream().filter(f -> f.ruleId().equals("T.COLUMN-SHIFT")))
                .as(describe(findings))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.location().table()).isEqualTo("一般公共预算财政拨款基本支出决算表");
                    assertThat(f.location().row()).isEqualTo("30201 办公费");
                    assertThat(f.location().column()).isEqualTo("决算数");
                    assertThat(f.message())
                            .contains(
                                    "至30299 其他商品和服务支出",
                                    "金额比所属科目高1行",
                                    "涉及27行",
                                    "30201 办公费没有所印金额",
                                    "T6.HIER×1",
                                    "NARR.COMPONENT-EMPTY×4");
                });
        // the class sum and the components the shift explains are no longer listed one by one; the 303 half's
        // empty 30399, which the shift does not touch, still is
        assertThat(findings).as(describe(findings)).noneMatch(f -> f.ruleId().equals("T6.HIER"));
        assertThat(findings.stream().filter(f -> f.ruleId().equals("NARR.COMPONENT-EMPTY")))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("30399"));
        // the 三公 caps the slipped half broke are explained too (the text twin's 三公 table leaves 因公出国 blank)
        assertThat(findings).as(describe(findings)).noneMatch(f -> f.ruleId().equals("X.T6-T8"));
        assertThat(findings.stream().filter(f -> f.ruleId().equals("T.COLUMN-SHIFT")))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains(name.endsWith(".json") ? "X.T6-T8×3" : "X.T6-T8×2"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "001_putuo_chengguanju_2026_dept_budget.json",
                "001_putuo_chengguanju_2026_dept_budget.txt",
                "002_putuo_jianguanwei_2026_dept_budget.json",
                "002_putuo_jianguanwei_2026_dept_budget.txt",
                "003_putuo_wenlvju_2026_dept_budget.json",
                "003_putuo_wenlvju_2026_dept_budget.txt",
                "004_putuo_wenlvju_2025_dept_final.json",
                "004_putuo_wenlvju_2025_dept_final.txt",
                "006_putuo_shengtaihuanjingju_2025_dept_final.json",
                "006_putuo_shengtaihuanjingju_2025_dept_final.txt",
                "007_shanghai_bumenjuesuan_moban_2024_template.txt",
                "008_putuo_bumenyusuan_moban_2026_template.xlsx",
                "009_putuo_danweiyusuan_moban_2026_template.xlsx",
                "011_putuo_zhengfuban_2025_dept_budget.txt",
                "012_putuo_zhengfuban_2025_unit_budget.txt"
            })
    void otherDocumentsHaveNoColumnShift(String name) throws Exception {
        List<Finding> findings = audit(SharedDir.corpus(name));
        assertThat(findings).as(describe(findings)).noneMatch(f -> f.ruleId().equals("T.COLUMN-SHIFT"));
    }

    @org.junit.jupiter.api.Test
    void exampleHasNoColumnShift() throws Exception {
        assertThat(audit(SharedDir.example())).noneMatch(f -> f.ruleId().equals("T.COLUMN-SHIFT"));
    }
}
