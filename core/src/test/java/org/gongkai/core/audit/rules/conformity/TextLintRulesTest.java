package org.gongkai.core.audit.rules.conformity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.core.audit.Docs;
import org.gongkai.core.audit.Finding;
import org.gongkai.core.audit.Fires;
import org.gongkai.core.audit.RuleCatalogue;
import org.gongkai.core.audit.RuleProbe;
import org.gongkai.core.audit.Severity;
import org.gongkai.core.audit.Silent;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.testing.TestCodes;
import org.junit.jupiter.api.Test;

class TextLintRulesTest {
    private static final String UNIT = "克州电子政务服务中心";

    private static List<Finding> run(String id, Disclosure d) {
        return RuleProbe.run(id, d, TestCodes.INSTANCE);
    }

    private static Docs doc() {
        return Docs.budget(2021).unit(UNIT);
    }

    /** A clean narrative with the legitimate look-alikes each rule must leave alone. */
    private static Disclosure clean() {
        return doc().heading(1, "第一部分", UNIT + "概况")
                .heading(2, "一", "主要职能")
                .para("克州电子政务服务中心无下属预算单位，编制数30，实有人数16人。")
                .para("本单位公务接待费由主管部门克州政府办公室结算。")
                .para("克孜勒苏柯尔克孜自治州电子政务服务中心负责全州电子政务。")
                .heading(2, "二", "机构设置")
                .heading(1, "第三部分", "2021年部门预算情况说明")
                .heading(2, "一", "关于克州电子政务服务中心2021年收支预算情况的总体说明")
                .para("基本支出174.82万元，比上年预算减少9.72万元，下降5.27%，主要原因是人员调出。")
                .para("项目支出93.4万元，比上年预算增加11.96万元，主要原因是2020年年底追加等保测评费。")
                .para("截至2020年底，克州电子政务服务中心占用使用国有资产价值3.69万元。")
                .para("2021年，克州电子政务服务中心机关运行经费财政拨款预算7.32万元，比上年预算减少0.49万元。")
                .para("办公平台OA系统运行良好，研究研究再定。请说明变动原因。")
                .heading(2, "二", "关于克州电子政务服务中心2021年收入预算情况说明")
                .codeTable("T1", "表一", "部门收支总体情况表", "201|一般公共服务支出|1||")
                .heading(1, "第四部分", "名词解释")
                .para("一、财政拨款：指由一般公共预算、政府性基金预算和国有资本经营预算安排的资金。")
                .para("二、基本支出：指为保障机构正常运转、完成日常工作任务而编制的年度基本支出计划，")
                .para("包括人员经费和公用经费。")
                .para("三、其他资金：包括事业收入、事业经营收入、其他收入等。")
                .para(UNIT)
                .para("2021年2月5日")
                .build();
    }

    @Test
    @Silent("TXT.UNIT-NAME-VARIANT")
    @Silent("TXT.PREPARER-NAME")
    @Silent("TXT.REPEATED-PHRASE")
    @Silent("TXT.PLACEHOLDER")
    @Silent("TXT.EMPTY-REASON")
    @Silent("TXT.PERCENT-SPACE")
    @Silent("TXT.DOUBLE-PUNCT")
    @Silent("TXT.QUOTE-MISMATCH")
    @Silent("TXT.FULLWIDTH-DIGITS")
    @Silent("TXT.PERCENT-SIGN-MIX")
    @Silent("TXT.WRONG-YEAR")
    @Silent("TXT.TITLE-YEAR")
    @Silent("TXT.GLOSSARY-TRUNCATED")
    @Silent("TXT.SIGNATURE-DATE")
    void cleanNarrativeIsSilent() {
        Disclosure d = clean();
        RuleCatalogue.all().stream()
                .map(r -> r.info().id())
                .filter(id -> id.startsWith("TXT."))
                .forEach(id -> assertThat(run(id, d)).as(id).isEmpty());
    }

    @Test
    @Fires("TXT.UNIT-NAME-VARIANT")
    void unitNameVariants() {
        Disclosure d = doc().para("克州电子政务办公室无下属预算单位，下设8个科室。")
                .para("克州电子政务政务服务中心无其他需说明的事项。")
                .para("克州电子政务办公室编制数30。")
                .build();
        List<Finding> f = run("TXT.UNIT-NAME-VARIANT", d);
        assertThat(f).extracting(Finding::actual).containsExactly("克州电子政务办公室", "克州电子政务政务服务中心");
        assertThat(f.get(1).message()).contains("重复了“政务”");
        assertThat(f.get(0).location().quote()).isEqualTo("克州电子政务办公室");
    }

    @Test
    @Fires("TXT.PREPARER-NAME")
    void preparerOfAnotherUnit() {
        Disclosure d =
                doc().codeTable("T1", "表一", "部门收支总体情况表", "201|一般公共服务支出|1||").build();
        Disclosure other = new Disclosure(
                new org.gongkai.core.disclosure.DisclosureInfo(
                        "克州财政局", 2021, org.gongkai.core.disclosure.DisclosureInfo.Kind.BUDGET, "", "", ""),
                d.blocks());
        assertThat(run("TXT.PREPARER-NAME", other))
                .singleElement()
                .satisfies(x -> assertThat(x.actual()).isEqualTo(UNIT));
    }

    @Test
    @Fires("TXT.REPEATED-PHRASE")
    @Fires("TXT.PLACEHOLDER")
    @Fires("TXT.EMPTY-REASON")
    @Fires("TXT.PERCENT-SPACE")
    @Fires("TXT.DOUBLE-PUNCT")
    void residue() {
        Disclosure d = doc().para("基本支出比上年预算减少9.72万元，主要原因是主要原因是人员工资减少。")
                .para("项目支出XX万元，政府采购X,XXX万元，详见【】。")
                .para("公务接待费减少0.2万元，主要原因是。公用经费增加1万元，主要原因是：。")
                .para("下降5.27 %，增长14.74%。。")
                .build();
        assertThat(run("TXT.REPEATED-PHRASE", d))
                .singleElement()
                .satisfies(x -> assertThat(x.actual()).isEqualTo("主要原因是主要原因是"));
        assertThat(run("TXT.PLACEHOLDER", d)).extracting(Finding::actual).containsExactly("XX", "X,XXX", "【】");
        assertThat(run("TXT.EMPTY-REASON", d)).extracting(Finding::actual).containsExactly("主要原因是", "主要原因是：");
        assertThat(run("TXT.PERCENT-SPACE", d))
                .singleElement()
                .satisfies(x -> assertThat(x.actual()).isEqualTo("5.27 %"));
        assertThat(run("TXT.DOUBLE-PUNCT", d))
                .singleElement()
                .satisfies(x -> assertThat(x.actual()).isEqualTo("。。"));
    }

    @Test
    @Fires("TXT.QUOTE-MISMATCH")
    void aQuoteClosedByAStraightQuote() {
        Disclosure d = doc().para("15.“社会保障和就业支出(类)行政事业单位养老支出(款)事业单位离退休(项)＂359.34万元。")
                .para("14.“社会保障和就业支出(类)行政事业单位养老支出(款)行政单位离退休(项)”46.54万元，其中\"三公\"经费0万元。")
                .build();
        assertThat(run("TXT.QUOTE-MISMATCH", d)).singleElement().satisfies(x -> {
            assertThat(x.actual()).startsWith("“社会保障").endsWith("(项)＂");
            assertThat(x.location().source().line()).isEqualTo(1);
        });
    }

    @Test
    @Fires("TXT.FULLWIDTH-DIGITS")
    @Fires("TXT.PERCENT-SIGN-MIX")
    void characterWidths() {
        Disclosure d = doc().para("基本支出174.82万元，占65.18%。")
                .para("项目支出９３.4万元，占34.82％。")
                .para("三公经费0.5万元，占0.19%。")
                .build();
        assertThat(run("TXT.FULLWIDTH-DIGITS", d))
                .singleElement()
                .satisfies(x -> assertThat(x.actual()).isEqualTo("９３"));
        assertThat(run("TXT.PERCENT-SIGN-MIX", d)).singleElement().satisfies(x -> {
            assertThat(x.actual()).isEqualTo("％");
            assertThat(x.message()).contains("1处").contains("2处");
        });
    }

    @Test
    @Fires("TXT.WRONG-YEAR")
    @Fires("TXT.TITLE-YEAR")
    void yearsThatDoNotBelong() {
        Disclosure d = doc().heading(2, "一", "关于克州电子政务服务中心2020年收支预算情况的总体说明")
                .para("2020年，克州电子政务服务中心本级机关运行经费财政拨款预算7.32万元，比上年预算减少0.49万元。")
                .codeTable("T1", "表一", "2021年部门收支总体情况表", "201|一般公共服务支出|1||")
                .build();
        assertThat(run("TXT.WRONG-YEAR", d)).singleElement().satisfies(x -> {
            assertThat(x.actual()).isEqualTo("2020年");
            assertThat(x.location().quote()).isEqualTo("2020年");
        });
        assertThat(run("TXT.TITLE-YEAR", d))
                .singleElement()
                .satisfies(x -> assertThat(x.actual()).isEqualTo("2020年"));
    }

    @Test
    @Fires("TXT.GLOSSARY-TRUNCATED")
    void truncatedDefinition() {
        Disclosure d = doc().heading(1, "第四部分", "名词解释")
                .para("一、财政拨款：指由一般公共预算。")
                .para("二、一般公共预算：包括公共财政拨款（补助）资金、专项收入。")
                .para("三、项目支出：指在基本支出之外为完成特定任务而编制的")
                .build();
        assertThat(run("TXT.GLOSSARY-TRUNCATED", d))
                .extracting(Finding::actual)
                .containsExactly("指由一般公共预算。", "指在基本支出之外为完成特定任务而编制的");
    }

    @Test
    @Fires("TXT.SIGNATURE-DATE")
    void signatureDates() {
        assertThat(run("TXT.SIGNATURE-DATE", doc().para(UNIT).para("2019年2月5日").build()))
                .singleElement()
                .satisfies(x -> assertThat(x.message()).contains("2020—2021"));
        assertThat(run("TXT.SIGNATURE-DATE", doc().para("2021年2月30日").build()))
                .singleElement()
                .satisfies(x -> assertThat(x.message()).contains("不是有效日期"));
        assertThat(run("TXT.SIGNATURE-DATE", doc().para("2021年2月5").build()))
                .singleElement()
                .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.WARNING));
    }
}
