package org.gongkai.core.derive.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.gongkai.core.amount.DisplayUnit;
import org.gongkai.core.budget.Budget;
import org.gongkai.core.budget.IncomeSource;
import org.gongkai.core.budget.QuantityKey;
import org.gongkai.core.classification.Classifications;
import org.gongkai.core.derive.DerivationIssue;
import org.gongkai.core.disclosure.Block;
import org.gongkai.core.disclosure.Heading;
import org.gongkai.core.disclosure.Paragraph;
import org.junit.jupiter.api.Test;

class NarrativeWriterTest {
    static final Classifications CODES = org.gongkai.core.testing.TestCodes.INSTANCE;

    static List<Block> write(Budget b, List<DerivationIssue> issues) {
        return NarrativeWriter.write(b, CODES, DisplayUnit.WAN_YUAN, "xinjiang-2021", issues);
    }

    static String section(List<Block> blocks, String path) {
        return blocks.stream()
                .filter(b -> b instanceof Paragraph p && p.section().equals(path))
                .map(b -> ((Paragraph) b).text())
                .collect(Collectors.joining("\n"));
    }

    static Budgets withComparatives() {
        return Budgets.kezhouLike()
                .last(QuantityKey.income(IncomeSource.GP_APPROP), "265.98", "人员工资增加")
                .last(QuantityKey.BASIC, "184.54", "主要原因是人员工资减少。")
                .last(QuantityKey.PROJECT, "81.44", "2020年年底追加电子政务外网三级等保测评费")
                .last(QuantityKey.GENERAL_BASIC, "184.54", "2020年调出1人")
                .last(QuantityKey.GENERAL_PROJECT, "81.44", "2020年年底追加电子政务外网三级等保测评费12万元")
                .last(QuantityKey.GENERAL_BUDGET, "265.98", "人员工资增加");
    }

    @Test
    void headingsAndSectionPathsFollowTheStyle() {
        List<Block> blocks = write(withComparatives().build(), new ArrayList<>());
        List<Heading> headings = blocks.stream()
                .filter(Heading.class::isInstance)
                .map(Heading.class::cast)
                .toList();
        // The template writes the 第三部分 heading; the style only puts it in the section paths.
        assertThat(headings).noneMatch(h -> h.number().equals("第三部分"));
        assertThat(headings.get(0).text()).isEqualTo("关于测试中心2021年收支预算情况的总体说明");
        assertThat(headings)
                .extracting(Heading::number)
                .containsSubsequence("一", "二", "三", "四", "五", "（一）", "（二）", "（三）", "六", "七", "八", "九", "十", "（五）");
        assertThat(section(blocks, "第三部分/五/（一）")).startsWith("测试中心2021年一般公共预算拨款合计268.22万元");
    }

    @Test
    void overviewListsSourcesAndClasses() {
        String text = section(write(withComparatives().build(), new ArrayList<>()), "第三部分/一");
        assertThat(text).contains("收支总预算268.22万元。", "收入预算包括：一般公共预算268.22万元。", "支出预算包括：一般公共服务支出268.22万元。");
    }

    @Test
    void incomeStatesShareChangeReasonAndAbsentSources() {
        String text = section(write(withComparatives().build(), new ArrayList<>()), "第三部分/二");
        assertThat(text).contains("一般公共预算268.22万元，占100.00%，比上年预算增加2.24万元，主要原因是人员工资增加；", "政府性基金预算未安排；", "国有资本经营预算未安排。");
    }

    @Test
    void expenditureSharesAddUpAndReasonLeadInIsNotRepeated() {
        String text = section(write(withComparatives().build(), new ArrayList<>()), "第三部分/三");
        assertThat(text)
                .contains(
                        "基本支出174.82万元，占65.18%，比上年预算减少9.72万元，主要原因是人员工资减少；",
                        "项目支出93.40万元，占34.82%，比上年预算增加11.96万元，主要原因是2020年年底追加电子政务外网三级等保测评费。");
        assertThat(text).doesNotContain("主要原因是主要原因是");
    }

    @Test
    void generalBudgetScaleStructureAndItems() {
        List<Block> blocks = write(withComparatives().build(), new ArrayList<>());
        assertThat(section(blocks, "第三部分/五/（一）"))
                .isEqualTo("测试中心2021年一般公共预算拨款合计268.22万元，其中：基本支出174.82万元，比上年预算减少9.72万元，下降5.27%。"
                        + "主要原因是：2020年调出1人。项目支出93.40万元，比上年预算增加11.96万元，增长14.69%。"
                        + "主要原因是：2020年年底追加电子政务外网三级等保测评费12万元。");
        assertThat(section(blocks, "第三部分/五/（二）")).isEqualTo("1.一般公共服务（类）268.22万元，占100.00%。");
        assertThat(section(blocks, "第三部分/五/（三）"))
                .isEqualTo("1.一般公共服务（类：201）统计信息事务（款：05）信息事务（项：04）：2021年预算数为268.22万元，"
                        + "比上年预算增加2.24万元，增长0.84%。主要原因是：人员工资增加。");
    }

    @Test
    void basicExpenditureListsComponentsByEconomicCode() {
        String text = section(write(withComparatives().build(), new ArrayList<>()), "第三部分/六");
        assertThat(text)
                .contains(
                        "一般公共预算基本支出174.82万元，",
                        "人员经费167.51万元，主要包括：基本工资52.63万元、津贴补贴67.67万元、奖金4.39万元、机关事业单位基本养老保险缴费17.65万元、"
                                + "其他社会保障缴费10.14万元、住房公积金12.71万元、退休费2.16万元、奖励金0.16万元。",
                        "公用经费7.31万元，主要包括：办公费1.62万元、邮电费0.58万元、差旅费2.50万元、公务接待费0.50万元、工会经费0.76万元、福利费1.35万元。");
    }

    @Test
    void missingComparativeIsReportedAndTheSentenceMakesNoComparison() {
        List<DerivationIssue> issues = new ArrayList<>();
        String text = section(write(Budgets.kezhouLike().build(), issues), "第三部分/三");
        assertThat(text).contains("基本支出174.82万元，占65.18%；").doesNotContain("上年");
        assertThat(issues)
                .extracting(DerivationIssue::code, DerivationIssue::path)
                .contains(org.assertj.core.groups.Tuple.tuple(
                        "COMPARATIVE-MISSING", "$.comparatives['expenditure.basic']"));
    }

    @Test
    void bigChangeWithoutReasonIsReportedAndNoEmptyReasonIsPrinted() {
        List<DerivationIssue> issues = new ArrayList<>();
        Budget b = Budgets.kezhouLike()
                .last(QuantityKey.PROJECT, "50", "")
                .last(QuantityKey.BASIC, "170", "")
                .build();
        String text = section(write(b, issues), "第三部分/三");
        assertThat(text).contains("项目支出93.40万元，占34.82%，比上年预算增加43.40万元。").doesNotContain("主要原因是。");
        assertThat(issues).anySatisfy(i -> {
            assertThat(i.code()).isEqualTo("REASON-MISSING");
            assertThat(i.path()).isEqualTo("$.comparatives['expenditure.project'].reason");
        });
        // 基本支出 +2.84% needs no reason: stays silent.
        assertThat(issues).noneMatch(i -> i.path().equals("$.comparatives['expenditure.basic'].reason"));
    }

    @Test
    void unknownStyleIsAClearError() {
        assertThatThrownBy(() -> NarrativeWriter.write(
                        Budgets.kezhouLike().build(), CODES, DisplayUnit.WAN_YUAN, "no-such-style", new ArrayList<>()))
                .hasMessageContaining("未知的情况说明样式");
    }
}
