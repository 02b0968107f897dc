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

/** Narrative rules: each fires on one changed phrase of the consistent fixture, at the right span with the right figures. */
class NarrativeRulesTest {

    static Stream<Arguments> mutations() {
        return Stream.of(
                // rule, phrase, replacement, primary location contains, expected, actual (null = not checked)
                Arguments.of("NT.TOTAL", "收支总预算268.22万元", "收支总预算268.20万元", "268.20万元", "268.22", "268.20"),
                Arguments.of("NT.INCOME", "一般公共预算拨款268.22万元", "一般公共预算拨款260万元", "260万元", "268.22", "260.00"),
                Arguments.of(
                        "NT.EXPENSE-KIND",
                        "基本支出174.82万元，占65.18%",
                        "基本支出174.80万元，占65.18%",
                        "174.80万元",
                        "174.82",
                        "174.80"),
                Arguments.of("NT.GP-TOTAL", "拨款合计268.22万元", "拨款合计268.00万元", "268.00万元", "268.22", "268.00"),
                Arguments.of(
                        "NT.GP-KIND",
                        "项目支出93.4万元，比上年预算增加11.96万元，增长14.69%",
                        "项目支出93.5万元，比上年预算增加11.96万元，增长14.69%",
                        "93.5万元",
                        "93.40",
                        "93.50"),
                Arguments.of("NT.FUNCTION", "一般公共服务（类）268.22万元", "一般公共服务（类）268.00万元", "268.00万元", "268.22", "268.00"),
                Arguments.of("NT.PERSONNEL", "人员经费167.50万元", "人员经费167.60万元", "167.60万元", "167.50", "167.60"),
                Arguments.of("NT.ECON", "办公费1.62万元", "办公费1.60万元", "1.60万元", "1.62", "1.60"),
                Arguments.of("NT.THREE-PUBLIC", "公务接待费0.5万元", "公务接待费0.6万元", "0.6万元", "0.50", "0.60"),
                Arguments.of("NT.OPERATING", "财政拨款预算7.32万元", "财政拨款预算7.30万元", "7.30万元", "7.32", "7.30"),
                Arguments.of("NT.PROJECTS", "预算安排规模：43万元", "预算安排规模：42万元", "表七", "92.40", "93.40"),
                Arguments.of("NT.PROJECT-TARGET", "预算安排规模：43万元", "预算安排规模：42万元", "42万元", "43.00", "42.00"),
                Arguments.of("NT.PERF-AMOUNT", "涉及预算金额93.4万元", "涉及预算金额90万元", "90万元", "93.40", "90.00"),
                Arguments.of("NT.PERF-COUNT", "项目2个", "项目1个", "1个", "2", "1"),
                Arguments.of("NT.FUND", "没有使用政府性基金预算拨款安排的支出", "政府性基金预算拨款支出5万元", "5万元", "0.00", "5.00"),
                Arguments.of("NN.AMOUNT", "一般公共预算基本支出174.82万元", "一般公共预算基本支出174.28万元", "174.28万元", "174.82", "174.28"),
                Arguments.of("NN.LAST-YEAR", "减少9.72万元，下降5.27%", "减少9.2万元，下降5.27%", "减少9.2万元", "184.54", "184.02"),
                Arguments.of(
                        "NN.RATE",
                        "减少9.72万元，主要原因是人员工资减少",
                        "减少9.72万元，下降5.20%，主要原因是人员工资减少",
                        "下降5.27%",
                        "下降5.20%",
                        "下降5.27%"),
                Arguments.of("NARR.RATE", "增长14.69%", "增长14.00%", "增长14.00%", "14.69%", "14.00%"),
                Arguments.of("NARR.RATE-BASE", "下降6.27%", "下降6.69%", "下降6.69%", "6.27%", "6.69%"),
                Arguments.of("NARR.NEW", "增加11.96万元，增长14.69%", "增加93.4万元，增长100%", "增长100%", "新增", "100%"),
                Arguments.of("NARR.RATE-DIRECTION", "减少9.72万元，下降5.27%", "减少9.72万元，增长5.27%", "增长5.27%", "减少", "增长"),
                Arguments.of("NARR.FLAT", "“三公”经费与上年持平", "“三公”经费比上年增加0万元", "增加0万元", "持平", null),
                Arguments.of(
                        "NARR.SIGN-WORD", "增加2.24万元，主要原因是人员工资增加", "增加-2.24万元，主要原因是人员工资增加", "增加-2.24万元", null, null),
                Arguments.of("NARR.REASON-MISSING", "增加2.24万元，主要原因是人员工资增加；", "增加2.24万元；", "增加2.24万元", null, null),
                Arguments.of("NARR.SHARE", "占65.18%", "占65.00%", "占65.00%", "65.18%", "65.00%"),
                Arguments.of("NARR.LIST-SUM", "拨款合计268.22万元", "拨款合计268.32万元", "268.32万元", "268.22", "268.32"),
                Arguments.of("NARR.CHANGE-SUM", "减少9.72万元，下降5.27%", "减少9.2万元，下降5.00%", "增加2.24万元", "2.76", "2.24"),
                Arguments.of("NARR.PROC-SUM", "政府采购预算16.6万元", "政府采购预算16.62万元", "16.62万元", "16.60", "16.62"),
                Arguments.of(
                        "NARR.PROC-SME", "面向中小企业预留政府采购项目预算金额0万元", "面向中小企业预留政府采购项目预算金额20万元", "20万元", "16.60", "20.00"),
                Arguments.of(
                        "NARR.PROC-SMALL", "面向小微企业预留政府采购项目预算金额0万元", "面向小微企业预留政府采购项目预算金额5万元", "5万元", "0.00", "5.00"),
                Arguments.of(
                        "NARR.SINGLE-ITEM-CHANGE",
                        "增加2.24万元，增长0.84%。主要原因是：人员工资增加。",
                        "减少41.4万元，下降13.37%。主要原因是：人员工资减少。",
                        "减少41.4万元",
                        "2.24",
                        "-41.40"));
    }

    @Test
    void consistentNarrativeHasNoFinding() {
        List<Finding> findings = Fixture.audit(Fixture.disclosure());
        assertThat(findings).as(Fixture.describe(findings)).isEmpty();
    }

    @Fires("NT.TOTAL")
    @Silent("NT.TOTAL")
    @Fires("NT.INCOME")
    @Silent("NT.INCOME")
    @Fires("NT.EXPENSE-KIND")
    @Silent("NT.EXPENSE-KIND")
    @Fires("NT.GP-TOTAL")
    @Silent("NT.GP-TOTAL")
    @Fires("NT.GP-KIND")
    @Silent("NT.GP-KIND")
    @Fires("NT.FUNCTION")
    @Silent("NT.FUNCTION")
    @Fires("NT.PERSONNEL")
    @Silent("NT.PERSONNEL")
    @Fires("NT.ECON")
    @Silent("NT.ECON")
    @Fires("NT.THREE-PUBLIC")
    @Silent("NT.THREE-PUBLIC")
    @Fires("NT.OPERATING")
    @Silent("NT.OPERATING")
    @Fires("NT.PROJECTS")
    @Silent("NT.PROJECTS")
    @Fires("NT.PROJECT-TARGET")
    @Silent("NT.PROJECT-TARGET")
    @Fires("NT.PERF-AMOUNT")
    @Silent("NT.PERF-AMOUNT")
    @Fires("NT.PERF-COUNT")
    @Silent("NT.PERF-COUNT")
    @Fires("NT.FUND")
    @Silent("NT.FUND")
    @org.junit.jupiter.api.Test
    void aRateThatFitsTheChangeStatedElsewherePointsAtThisSentencesChange() {
        // 说明五 says 减少9.2 with 5.27%; 说明三 says 减少9.72, which 5.27% fits: the 9.2 is the slip
        Disclosure d = Fixture.withText(Fixture.disclosure(), "减少9.72万元，下降5.27%", "减少9.2万元，下降5.27%");
        List<Finding> rate = Fixture.findings(d, "NARR.RATE");
        assertThat(rate).hasSize(1);
        assertThat(rate.get(0).message()).contains("减少9.72万元").contains("疑为本处增减额有误");
        // a wrong rate with the right change everywhere carries no such hint
        Disclosure wrongRate = Fixture.withText(Fixture.disclosure(), "增长14.69%", "增长14.00%");
        assertThat(Fixture.findings(wrongRate, "NARR.RATE"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).doesNotContain("疑为本处增减额有误"));
    }

    @Fires("NN.AMOUNT")
    @Silent("NN.AMOUNT")
    @Fires("NN.LAST-YEAR")
    @Silent("NN.LAST-YEAR")
    @Fires("NN.RATE")
    @Silent("NN.RATE")
    @Fires("NARR.RATE")
    @Silent("NARR.RATE")
    @Fires("NARR.RATE-BASE")
    @Silent("NARR.RATE-BASE")
    @Fires("NARR.NEW")
    @Silent("NARR.NEW")
    @Fires("NARR.RATE-DIRECTION")
    @Silent("NARR.RATE-DIRECTION")
    @Fires("NARR.FLAT")
    @Silent("NARR.FLAT")
    @Fires("NARR.SIGN-WORD")
    @Silent("NARR.SIGN-WORD")
    @Fires("NARR.REASON-MISSING")
    @Silent("NARR.REASON-MISSING")
    @Fires("NARR.SHARE")
    @Silent("NARR.SHARE")
    @Fires("NARR.LIST-SUM")
    @Silent("NARR.LIST-SUM")
    @Fires("NARR.CHANGE-SUM")
    @Silent("NARR.CHANGE-SUM")
    @Fires("NARR.PROC-SUM")
    @Silent("NARR.PROC-SUM")
    @Fires("NARR.PROC-SME")
    @Silent("NARR.PROC-SME")
    @Fires("NARR.PROC-SMALL")
    @Silent("NARR.PROC-SMALL")
    @Fires("NARR.SINGLE-ITEM-CHANGE")
    @Silent("NARR.SINGLE-ITEM-CHANGE")
    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    void ruleFiresOnChangedPhrase(
            String rule, String phrase, String replacement, String where, String expected, String actual) {
        assertThat(Fixture.findings(Fixture.disclosure(), rule)).isEmpty();
        Disclosure d = Fixture.withText(Fixture.disclosure(), phrase, replacement);
        List<Finding> findings = Fixture.findings(d, rule);
        Finding f = findings.stream()
                .filter(x -> x.location().describe().contains(where))
                .findFirst()
                .orElseThrow(() -> new AssertionError(where + " not in " + Fixture.describe(findings) + findings));
        assertThat(f.severity())
                .isEqualTo(
                        rule.equals("NT.OPERATING") || rule.equals("NARR.REASON-MISSING")
                                ? Severity.WARNING
                                : Severity.ERROR);
        assertThat(f.message()).doesNotContain("{");
        if (expected != null) {
            assertThat(f.expected()).isEqualTo(expected);
        }
        if (actual != null) {
            assertThat(f.actual()).isEqualTo(actual);
        }
    }

    @Test
    @Fires("NT.PERF-AMOUNT")
    @Silent("NT.PERF-AMOUNT")
    @Silent("NT.PERF-COUNT")
    void moreProjectsThanPublishedTargetTablesBoundTheAmountFromBelowOnly() {
        String stated = "项目2个，涉及预算金额93.4万元";
        // Only some projects' target tables are published: count and amount may exceed what the tables show.
        Disclosure partial = Fixture.withText(Fixture.disclosure(), stated, "项目5个，涉及预算金额200万元");
        assertThat(Fixture.findings(partial, "NT.PERF-COUNT")).isEmpty();
        assertThat(Fixture.findings(partial, "NT.PERF-AMOUNT")).isEmpty();
        // Still wrong: the stated amount is less than the published tables alone.
        Disclosure short_ = Fixture.withText(Fixture.disclosure(), stated, "项目5个，涉及预算金额90万元");
        assertThat(Fixture.findings(short_, "NT.PERF-AMOUNT"))
                .singleElement()
                .satisfies(f -> assertThat(f.actual()).isEqualTo("90.00"));
        // As many tables as stated projects: the amount must equal their sum.
        Disclosure all = Fixture.withText(Fixture.disclosure(), stated, "项目2个，涉及预算金额200万元");
        assertThat(Fixture.findings(all, "NT.PERF-AMOUNT")).isNotEmpty();
    }

    @Test
    @Fires("NARR.CHANGE-SUM")
    @Silent("NARR.CHANGE-SUM")
    void changeSumReadsPartsStatedAsFlat() {
        // Regression: a part stated as 持平 has no figure; it counts as zero and is quoted by its word.
        String stated = "“三公”经费与上年持平，其中：公务接待费与上年持平。";
        String flatParts = "“三公”经费比上年增加0.1万元，其中：因公出国（境）费与上年持平，公务用车购置及运行费与上年持平，公务接待费增加%s万元。";
        Disclosure right = Fixture.withText(Fixture.disclosure(), stated, flatParts.formatted("0.1"));
        assertThat(Fixture.findings(right, "NARR.CHANGE-SUM")).isEmpty();
        assertThat(Fixture.findings(right, "ROUND.RESIDUE")).isEmpty();
        Disclosure wrong = Fixture.withText(Fixture.disclosure(), stated, flatParts.formatted("0.2"));
        assertThat(Fixture.findings(wrong, "NARR.CHANGE-SUM")).singleElement().satisfies(f -> {
            assertThat(f.expected()).isEqualTo("0.20");
            assertThat(f.actual()).isEqualTo("0.10");
            assertThat(f.message()).contains("因公出国（境）费持平").doesNotContain("null");
        });
    }

    @Test
    @Fires("NT.ECON")
    @Silent("NT.ECON")
    @Silent("NT.TOTAL")
    @Fires("NT.TOTAL")
    @Fires("NN.AMOUNT")
    @Silent("NN.AMOUNT")
    void wholeFiguresAreComparedAtThePrecisionTheyWerePrintedIn() {
        // 268.22 rounds HALF_UP to 268; 2.50 is cut off to 2 (HALF_UP would give 3): both state the table's digits.
        assertThat(Fixture.findings(Fixture.withText(Fixture.disclosure(), "收支总预算268.22万元", "收支总预算268万元"), "NT.TOTAL"))
                .isEmpty();
        assertThat(Fixture.findings(Fixture.withText(Fixture.disclosure(), "差旅费2.50万元", "差旅费2万元"), "NT.ECON"))
                .isEmpty();
        assertThat(Fixture.findings(Fixture.withText(Fixture.disclosure(), "收支总预算268.22万元", "收支总预算269万元"), "NT.TOTAL"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.expected()).isEqualTo("268.22");
                    assertThat(f.actual()).isEqualTo("269.00");
                    assertThat(f.difference()).isEqualTo("0.78");
                    assertThat(f.message()).contains("（正文按整万元列示）");
                });
        assertThat(Fixture.findings(Fixture.withText(Fixture.disclosure(), "差旅费2.50万元", "差旅费1万元"), "NT.ECON"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("按整万元列示"));
        // "0万元" says there is none: it is not a rounded figure.
        assertThat(Fixture.findings(
                        Fixture.withText(Fixture.disclosure(), "公务接待费0.5万元", "公务接待费0万元"), "NT.THREE-PUBLIC"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).doesNotContain("整万元"));
        // The same quantity stated twice, once without decimals.
        String basic = "一般公共预算基本支出174.82万元";
        assertThat(Fixture.findings(Fixture.withText(Fixture.disclosure(), basic, "一般公共预算基本支出174万元"), "NN.AMOUNT"))
                .isEmpty();
        assertThat(Fixture.findings(Fixture.withText(Fixture.disclosure(), basic, "一般公共预算基本支出173万元"), "NN.AMOUNT"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("按整万元列示"));
    }

    @Test
    @Fires("NT.FUNCTION")
    @Silent("NT.FUNCTION")
    void aCodeNameInsideABodysNameNamesNoSubject() {
        // "统计信息事务中心" is a body named after its work, like a 文化和旅游局: the figure is its 基本支出.
        String phrase = "基本支出174.82万元，占65.18%";
        Disclosure body = Fixture.withText(Fixture.disclosure(), phrase, "统计信息事务中心基本支出174.82万元，占65.18%");
        assertThat(Fixture.findings(body, "NT.FUNCTION")).isEmpty();
        Disclosure wrongBasic = Fixture.withText(Fixture.disclosure(), phrase, "统计信息事务中心基本支出170.82万元，占65.18%");
        assertThat(Fixture.findings(wrongBasic, "NT.EXPENSE-KIND")).hasSize(1);
        // Named on its own, the 款 is the subject and its figure is checked.
        Disclosure named = Fixture.withText(Fixture.disclosure(), phrase, "统计信息事务174.82万元，占65.18%");
        assertThat(Fixture.findings(named, "NT.FUNCTION"))
                .singleElement()
                .satisfies(f -> assertThat(f.expected()).isEqualTo("268.22"));
    }

    @Test
    @Fires("NT.ECON")
    @Silent("NT.ECON")
    @Silent("NN.AMOUNT")
    void aNameSharedByTwoRowsNamesNoSubjectNorTheShorterNameInsideIt() {
        // 30112 and 30302 both printed as 其他奖励金: the word cannot say which row is meant, and the 奖励金
        // inside it is not 30309 奖励金.
        Disclosure d = Fixture.withCell(Fixture.disclosure(), "表六", 4, 2, "其他奖励金");
        d = Fixture.withCell(d, "表六", 6, 2, "其他奖励金");
        Disclosure shared = Fixture.withText(d, "退休费2.16万元", "其他奖励金2.16万元");
        assertThat(Fixture.findings(shared, "NT.ECON")).isEmpty();
        assertThat(Fixture.findings(shared, "NN.AMOUNT")).isEmpty();
        Disclosure wrong = Fixture.withText(shared, "奖励金0.16万元", "奖励金0.26万元");
        assertThat(Fixture.findings(wrong, "NT.ECON"))
                .singleElement()
                .satisfies(f -> assertThat(f.locations().get(1).row()).startsWith("30309"));
    }

    @Test
    @Fires("NARR.SHARE-SUM")
    @Silent("NARR.SHARE-SUM")
    void shareSumOfCompleteBreakdownMustBeHundred() {
        // Small amounts: each share fits its own rounding interval, but together they make 101%.
        Disclosure d =
                Fixture.withText(Fixture.disclosure(), "公务用车运行费0万元，公务接待费0.5万元。", "公务用车运行费0.2万元，占40%，公务接待费0.3万元，占61%。");
        assertThat(Fixture.findings(d, "NARR.SHARE")).isEmpty();
        List<Finding> findings = Fixture.findings(d, "NARR.SHARE-SUM");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.actual()).isEqualTo("101%");
            assertThat(f.location().quote()).isEqualTo("占40%");
        });
        Disclosure ok =
                Fixture.withText(Fixture.disclosure(), "公务用车运行费0万元，公务接待费0.5万元。", "公务用车运行费0.2万元，占40%，公务接待费0.3万元，占60%。");
        assertThat(Fixture.findings(ok, "NARR.SHARE-SUM")).isEmpty();
    }

    @Test
    @Fires("ROUND.RESIDUE")
    @Silent("ROUND.RESIDUE")
    void roundingResidueIsAWarningApartFromErrors() {
        Disclosure d = Fixture.withCell(Fixture.disclosure(), "表六", 0, 3, "52.63");
        d = Fixture.withCell(d, "表六", 0, 4, "52.63");
        assertThat(Fixture.findings(d, "T6.COL-SUM")).isEmpty();
        List<Finding> residues = Fixture.findings(d, "ROUND.RESIDUE");
        assertThat(residues)
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(residues).anySatisfy(f -> {
            assertThat(f.location().describe()).contains("表六 一般公共预算基本支出情况表／合计／合计");
            assertThat(f.expected()).isEqualTo("174.83");
            assertThat(f.actual()).isEqualTo("174.82");
            assertThat(f.message()).contains("T6.COL-SUM");
        });
        assertThat(Fixture.findings(Fixture.disclosure(), "ROUND.RESIDUE")).isEmpty();
    }
}
