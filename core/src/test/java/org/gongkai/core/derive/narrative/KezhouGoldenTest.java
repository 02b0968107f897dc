package org.gongkai.core.derive.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gongkai.core.SharedDir;
import org.gongkai.core.amount.DisplayUnit;
import org.gongkai.core.budget.Budget;
import org.gongkai.core.derive.DerivationIssue;
import org.gongkai.core.disclosure.Block;
import org.gongkai.core.disclosure.Paragraph;
import org.gongkai.core.examples.Examples;
import org.gongkai.core.testing.TestCodes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The narrative of the example budget (克州 2021) against the example's 第三部分, sentence by sentence:
 * where the example is right the figures are the same; where it is wrong the test names the error and
 * asserts the corrected figure.
 */
class KezhouGoldenTest {
    private static final Pattern FIGURE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(?=万元|%)");
    static List<Block> blocks;
    static List<DerivationIssue> issues = new ArrayList<>();

    @BeforeAll
    static void derive() {
        Budget example = Examples.kezhou2021();
        blocks = NarrativeWriter.write(example, TestCodes.INSTANCE, DisplayUnit.WAN_YUAN, "xinjiang-2021", issues);
    }

    static String section(String path) {
        return blocks.stream()
                .filter(b -> b instanceof Paragraph p && p.section().equals(path))
                .map(b -> ((Paragraph) b).text())
                .collect(Collectors.joining("\n"));
    }

    /** The paragraph of a section that contains a marker. */
    static String sentence(String path, String marker) {
        return blocks.stream()
                .filter(b -> b instanceof Paragraph p
                        && p.section().equals(path)
                        && p.text().contains(marker))
                .map(b -> ((Paragraph) b).text())
                .findFirst()
                .orElseThrow(() -> new AssertionError("§" + path + " 没有含“" + marker + "”的句子"));
    }

    /** The money and percent figures of a text, in order (compared as numbers: 93.4 = 93.40). */
    static List<BigDecimal> figures(String text) {
        List<BigDecimal> out = new ArrayList<>();
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            out.add(new BigDecimal(m.group(1)).stripTrailingZeros());
        }
        return out;
    }

    static List<BigDecimal> nums(String... values) {
        List<BigDecimal> out = new ArrayList<>();
        for (String v : values) {
            out.add(new BigDecimal(v).stripTrailingZeros());
        }
        return out;
    }

    /** Same figures as the example sentence that starts with {@code exampleStart} (read from the example). */
    static void sameAsExample(String path, String marker, String exampleStart) throws Exception {
        String example = Files.readString(SharedDir.example(), StandardCharsets.UTF_8);
        int at = example.indexOf(exampleStart, example.indexOf("第三部分  2021年部门预算情况说明"));
        assertThat(at).as("例文中的句子：" + exampleStart).isPositive();
        int end = example.indexOf('\n', at);
        String exampleSentence = example.substring(at, end);
        assertThat(figures(sentence(path, marker)))
                .as("§%s “%s” 与例文 “%s”", path, sentence(path, marker), exampleSentence)
                .isEqualTo(figures(exampleSentence));
    }

    // ---- sentences where the example is right: same figures ------------------------------------------

    @Test
    void overviewIncomeAndExpenditureFiguresAsInTheExample() throws Exception {
        sameAsExample("第三部分/一", "收支总预算", "按照全口径预算的原则");
        sameAsExample("第三部分/一", "收入预算包括", "收入预算包括：一般公共预算");
        sameAsExample("第三部分/一", "支出预算包括", "支出预算包括：");
        sameAsExample("第三部分/二", "收入预算", "克州电子政务服务中心收入预算");
        sameAsExample("第三部分/二", "一般公共预算", "一般公共预算268.22万元，占100%");
        sameAsExample("第三部分/三", "支出预算", "克州电子政务服务中心2021年支出预算268");
        sameAsExample("第三部分/三", "基本支出", "基本支出174.82万元");
        sameAsExample("第三部分/三", "项目支出", "项目支出93.4万元");
        sameAsExample("第三部分/四", "收入预算包括", "收入预算包括：一般公共预算拨款");
        sameAsExample("第三部分/四", "一般公共预算支出包括", "一般公共预算支出包括");
        sameAsExample("第三部分/五/（二）", "一般公共服务", "1.一般公共服务（类）");
        sameAsExample("第三部分/六", "基本支出", "克州电子政务服务中心2021年一般公共预算基本支出174");
        sameAsExample("第三部分/八", "经费数为", "克州电子政务服务中心2021年一般公共预算“三公”经费数为");
    }

    @Test
    void projectsAsInTheExample() {
        String text = section("第三部分/七");
        assertThat(figures(text)).isEqualTo(nums("12", "6", "6", "7", "50.40", "12"));
        assertThat(text)
                .contains("1、项目名称：县市门户网站网管服务费", "6、项目名称：电子政务外网三级等保测评费", "项目承担单位：克州电子政务服务中心", "资金执行时间：2021年全年")
                .contains("情况二：（属于对个人补贴的项目支出按下列内容说明）", "项目名称：无", "受益人群和社会效益：无");
    }

    @Test
    void governmentFundStatementIsTheExamplesSentence() {
        assertThat(section("第三部分/九")).isEqualTo("克州电子政务服务中心2021年没有使用政府性基金预算拨款安排的支出，政府性基金预算支出情况表为空表。");
    }

    @Test
    void assetsAndPerformanceAsInTheExample() {
        String assets = section("第三部分/十/（三）");
        assertThat(assets)
                .contains(
                        "截至2020年底",
                        "3.办公家具价值3.69万元。",
                        "4.其他资产价值371.59万元。",
                        "一般公务用车0辆",
                        "执法执勤用车0辆",
                        "其他车辆0辆",
                        "未安排购置车辆经费");
        assertThat(section("第三部分/十/（四）")).contains("项目6个", "涉及预算金额93.40万元");
    }

    // ---- sentences where the example is wrong: corrected figures ----------------------------------------

    @Test
    void expenditureReasonLeadInNotDoubled() {
        // 例文三：“主要原因是主要原因是人员工资减少”.
        assertThat(sentence("第三部分/三", "基本支出")).contains("主要原因是人员工资减少").doesNotContain("主要原因是主要原因是");
    }

    @Test
    void scaleChangeOfBasicExpenditureMatchesSectionThree() {
        // 例文五（一）：基本支出“减少9.2万元”（三 is 9.72）；项目支出“增加12万元，增长14.74%”（the total's change
        // 2.24 = 11.96 − 9.72 supports 11.96, rate 11.96 / 81.44 = 14.69%).
        assertThat(figures(section("第三部分/五/（一）")))
                .isEqualTo(nums("268.22", "174.82", "9.72", "5.27", "93.40", "11.96", "14.69", "12"));
    }

    @Test
    void itemUseNamesTheOfficialCodesAndTheTotalsChange() {
        // 例文五（三）：“财政事务（款：05）行政运行（项：04）” and “减少41.4万元，下降13.37%” contradict the codes and
        // the +2.24 of the only 项.
        String text = section("第三部分/五/（三）");
        assertThat(text).startsWith("1.一般公共服务（类：201）统计信息事务（款：05）信息事务（项：04）：2021年预算数为268.22万元");
        assertThat(figures(text)).isEqualTo(nums("268.22", "2.24", "0.84"));
        assertThat(text).contains("增加2.24万元，增长0.84%").doesNotContain("财政事务", "行政运行");
    }

    @Test
    void basicExpenditureAddsUpAndStatesTable6() {
        // 例文六：人员经费167.51 + 公用经费7.32 = 174.83 ≠ 基本支出174.82 (each rounded on its own). The derived 表六
        // allocates the residue (the fixture's notes say where) and the narrative states exactly its cells;
        // 例文 also leaves 公务接待费0.50 out of the 公用经费 list.
        var t6 = org.gongkai.core.derive.Deriver.derive(
                        Examples.kezhou2021(),
                        TestCodes.INSTANCE,
                        org.gongkai.core.template.Templates.byId("xinjiang-2021-dept-budget"))
                .disclosure()
                .table("T6")
                .orElseThrow();
        List<BigDecimal> personnel = figures(sentence("第三部分/六", "人员经费"));
        List<BigDecimal> publicCosts = figures(sentence("第三部分/六", "公用经费"));
        assertThat(personnel.get(0).add(publicCosts.get(0))).isEqualByComparingTo("174.82");
        assertThat(personnel.subList(1, personnel.size()).stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(personnel.get(0));
        assertThat(publicCosts.subList(1, publicCosts.size()).stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(publicCosts.get(0));
        List<String> personnelCodes = List.of("30101", "30102", "30103", "30108", "30112", "30113", "30302", "30309");
        for (int k = 0; k < personnelCodes.size(); k++) {
            assertThat(personnel.get(k + 1)).isEqualByComparingTo(t6.cell(personnelCodes.get(k), "personnel"));
        }
        List<String> publicCodes = List.of("30201", "30207", "30211", "30217", "30228", "30229");
        for (int k = 0; k < publicCodes.size(); k++) {
            assertThat(publicCosts.get(k + 1)).isEqualByComparingTo(t6.cell(publicCodes.get(k), "public"));
        }
        assertThat(publicCosts).isEqualTo(nums("7.32", "1.62", "0.58", "2.50", "0.50", "0.76", "1.36"));
    }

    @Test
    void personnelCostsAreTheTablesFigures() {
        // 例文六：167.51 + 7.32 ≠ 174.82. The fixture keeps 公用经费 7.32 (also 机关运行经费 7.32, −0.49), so 人员经费
        // is 174.82 − 7.32 = 167.50 and the derived 表六 allocates the residue to one item (基本工资 52.62).
        assertThat(figures(sentence("第三部分/六", "人员经费")))
                .isEqualTo(nums("167.50", "52.62", "67.67", "4.39", "17.65", "10.14", "12.71", "2.16", "0.16"));
    }

    @Test
    void threePublicUnchangedSaysFlat() {
        // 例文八：“比上年增加0万元” where 持平 is right; reasons belong to their items.
        String text = sentence("第三部分/八", "与上年持平");
        assertThat(text).startsWith("2021年一般公共预算“三公”经费与上年持平").doesNotContain("增加0");
        assertThat(text).contains("公务用车购置费为0.00万元，未安排预算", "公务接待费与上年持平，主要原因是本单位公务接待费主管部门克州政府办公室结算");
    }

    @Test
    void operatingCostsUseTheBudgetYearAndLastYearsBase() {
        // 例文十（一）：“2020年” (the budget year is 2021) and “减少6.69%” on this year's base (0.49 / 7.32);
        // on last year's base the rate is 4,900 / 78,100 = 6.27%.
        String text = section("第三部分/十/（一）");
        assertThat(text).startsWith("2021年，").contains("下降6.27%", "主要原因是厉行节约").doesNotContain("6.69");
        assertThat(figures(text)).isEqualTo(nums("7.32", "0.49", "6.27"));
    }

    @Test
    void procurementTotalIsTheSumOfItsParts() {
        // 例文十（二）：合计16.62 ≠ 4.6 + 0 + 12.
        assertThat(figures(section("第三部分/十/（二）"))).isEqualTo(nums("16.60", "4.60", "0", "12.00", "0", "0"));
    }

    @Test
    void narrativeFiguresAreTheDerivedTablesCells() {
        var disclosure = org.gongkai.core.derive.Deriver.derive(
                        Examples.kezhou2021(),
                        TestCodes.INSTANCE,
                        org.gongkai.core.template.Templates.byId("xinjiang-2021-dept-budget"))
                .disclosure();
        var t6 = disclosure.table("T6").orElseThrow();
        assertThat(sentence("第三部分/六", "人员经费")).startsWith("人员经费" + t6.cell("total", "personnel") + "万元");
        assertThat(sentence("第三部分/六", "公用经费")).startsWith("公用经费" + t6.cell("total", "public") + "万元");
        assertThat(sentence("第三部分/六", "公用经费")).contains("办公费" + t6.cell("30201", "total") + "万元");
        var t5 = disclosure.table("T5").orElseThrow();
        assertThat(section("第三部分/五/（一）"))
                .contains("基本支出" + t5.cell("total", "basic") + "万元", "项目支出" + t5.cell("total", "project") + "万元");
    }

    @Test
    void theExampleNeedsNoFurtherInput() {
        assertThat(issues).extracting(DerivationIssue::code).doesNotContain("REASON-MISSING", "CODE-UNKNOWN");
    }
}
