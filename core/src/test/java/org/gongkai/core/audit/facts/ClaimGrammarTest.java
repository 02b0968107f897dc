package org.gongkai.core.audit.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.disclosure.Block;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.DisclosureInfo;
import org.gongkai.core.disclosure.Heading;
import org.gongkai.core.disclosure.Paragraph;
import org.gongkai.core.disclosure.SourceRef;
import org.junit.jupiter.api.Test;

/** The claim grammar on single sentences: what is found, about what, with which span. */
class ClaimGrammarTest {

    private static List<Claim> claims(String heading, String... paragraphs) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(2, "一", heading, SourceRef.NONE));
        for (String p : paragraphs) {
            blocks.add(new Paragraph("", p, SourceRef.line(1)));
        }
        Disclosure d = new Disclosure(new DisclosureInfo("", 2021, DisclosureInfo.Kind.BUDGET, "", "", ""), blocks);
        return Claims.of(d, Facts.of(d)).all();
    }

    private static Claim first(List<Claim> claims, Claim.Kind kind, String subject) {
        return claims.stream()
                .filter(c -> c.kind() == kind && c.subject().key().equals(subject))
                .findFirst()
                .orElseThrow(() -> new AssertionError(kind + " " + subject + " not in " + claims));
    }

    @Test
    void amountShareChangeAndRateOfOneSubjectWithSpans() {
        String text = "基本支出174.82万元，占65.18%，比上年预算减少9.72万元，下降5.27 %。";
        List<Claim> c = claims("关于2021年一般公共预算当年拨款情况说明", text);
        Claim amount = first(c, Claim.Kind.AMOUNT, "general.basic");
        assertThat(amount.figure().amount().yuan()).isEqualByComparingTo("1748200");
        assertThat(text.substring(amount.start(), amount.location().end())).isEqualTo("174.82万元");
        assertThat(first(c, Claim.Kind.SHARE, "general.basic").percent()).isEqualByComparingTo("65.18");
        Claim change = first(c, Claim.Kind.CHANGE, "general.basic");
        assertThat(change.direction()).isEqualTo(-1);
        assertThat(change.location().quote()).isEqualTo("比上年预算减少9.72万元");
        assertThat(first(c, Claim.Kind.RATE, "general.basic").percent()).isEqualByComparingTo("5.27");
    }

    @Test
    void theSameWordMeansAllFundsInTheExpenditureSection() {
        List<Claim> c = claims("关于2021年支出预算情况说明", "项目支出93.4万元，占34.82%。");
        assertThat(first(c, Claim.Kind.AMOUNT, "expense.project").figure().shown())
                .isEqualTo("93.4万元");
    }

    @Test
    void figuresInsideAReasonAreNotClaims() {
        List<Claim> c = claims("关于2021年支出预算情况说明", "项目支出93.4万元，比上年增加12万元，主要原因是追加测评费12万元。");
        assertThat(c.stream().filter(x -> x.kind() == Claim.Kind.AMOUNT)).hasSize(1);
        assertThat(first(c, Claim.Kind.REASON, "").word()).isEqualTo("追加测评费12万元");
    }

    @Test
    void thousandsSeparatorsAndYuanAndYi() {
        List<Claim> c = claims("关于收入预算情况说明", "收入预算328,661.50万元。", "其中：一般公共预算1.2亿元。");
        assertThat(first(c, Claim.Kind.AMOUNT, "income.total").figure().amount().yuan())
                .isEqualByComparingTo("3286615000");
        assertThat(first(c, Claim.Kind.AMOUNT, "income.GP_APPROP")
                        .figure()
                        .amount()
                        .yuan())
                .isEqualByComparingTo("120000000");
    }

    @Test
    void fullWidthThousandsSeparatorIsPartOfTheFigure() {
        List<Claim> c = claims("关于收入预算情况说明", "收入预算3，518.85万元。", "其中：一般公共预算1，234万元。");
        assertThat(first(c, Claim.Kind.AMOUNT, "income.total").figure().shown()).isEqualTo("3518.85万元");
        assertThat(first(c, Claim.Kind.AMOUNT, "income.GP_APPROP").figure().shown())
                .isEqualTo("1234万元");
        // A clause comma before a figure stays a clause comma.
        List<Claim> e = claims("关于支出预算情况说明", "基本支出100万元，项目支出200万元，比上年增加12，5万元为追加。");
        assertThat(first(e, Claim.Kind.AMOUNT, "expense.project").figure().shown())
                .isEqualTo("200万元");
        assertThat(e).noneMatch(x -> x.figure() != null && x.figure().shown().startsWith("125"));
    }

    @Test
    void aNameSharedByTwoItemsIsTheOneUnderTheNamedParent() {
        Disclosure d = org.gongkai.core.audit.Docs.budget(2021)
                .codeTable(
                        "T3",
                        "表三",
                        "部门支出总体情况表",
                        "201|一般公共服务支出|30||",
                        "20101|人大事务|10||",
                        "2010101|行政运行|10||",
                        "20102|政协事务|20||",
                        "2010201|行政运行|20||")
                .heading(2, "三", "关于2021年支出预算情况说明")
                .para("1.一般公共服务支出（类）政协事务（款）行政运行（项）20万元。")
                .para("2.行政运行15万元。")
                .build();
        List<Claim> c = Claims.of(d, Facts.of(d)).all().stream()
                .filter(x -> x.kind() == Claim.Kind.AMOUNT)
                .toList();
        assertThat(c).hasSize(2);
        assertThat(c.get(0).subject().key()).isEqualTo("function.2010201");
        // Alone, the shared name cannot say which row it is.
        assertThat(c.get(1).subject().isNone()).isTrue();
    }

    @Test
    void codedFunctionMentionNamesTheItem() {
        List<Claim> c =
                claims("（三）一般公共预算当年拨款具体使用情况", "1.一般公共服务（类：201）财政事务（款：05）行政运行（项：04）：2021年预算数为268.22万元，比上年预算减少41.4万元。");
        assertThat(first(c, Claim.Kind.AMOUNT, "function.2010504").figure().shown())
                .isEqualTo("268.22万元");
        assertThat(first(c, Claim.Kind.CHANGE, "function.2010504").figure().shown())
                .isEqualTo("41.4万元");
    }

    @Test
    void procurementPartsAndReservations() {
        List<Claim> c = claims(
                "（二）政府采购情况",
                "2021年，某服务中心政府采购预算16.62万元，其中：政府采购货物预算4.6万元，政府采购服务预算12万元。",
                "面向中小企业预留政府采购项目预算金额3万元，其中：预留给小型和微型企业的政府采购项目预算为1万元。");
        assertThat(first(c, Claim.Kind.AMOUNT, "procurement.total").figure().shown())
                .isEqualTo("16.62万元");
        assertThat(first(c, Claim.Kind.AMOUNT, "procurement.services").figure().shown())
                .isEqualTo("12万元");
        assertThat(first(c, Claim.Kind.AMOUNT, "procurement.sme").figure().shown())
                .isEqualTo("3万元");
        assertThat(first(c, Claim.Kind.AMOUNT, "procurement.smallMicro")
                        .figure()
                        .shown())
                .isEqualTo("1万元");
    }

    @Test
    void wrappedPageLinesAreReadAsOneSentenceButFormFieldsAreNot() {
        List<Claim> c =
                claims("三、支出决算情况说明", "本年支出合计 26538.47 万元，其中：基本支出 9800.36 万", "元，占 36.93%；项目支出 16738.11 万元，占 63.07%。");
        assertThat(first(c, Claim.Kind.AMOUNT, "expense.basic").figure().shown())
                .isEqualTo("9800.36万元");
        assertThat(first(c, Claim.Kind.SHARE, "expense.basic").percent()).isEqualByComparingTo("36.93");
        List<Claim> p = claims("关于一般公共预算项目支出情况说明", "1、项目名称：县市门户网站网管服务费", "设立的政策依据：根据自治区文件及州领导批示", "预算安排规模：12万元");
        assertThat(first(p, Claim.Kind.AMOUNT, "project:县市门户网站网管服务费").figure().shown())
                .isEqualTo("12万元");
    }

    @Test
    void flatAndLastYearStatements() {
        List<Claim> c = claims("关于“三公”经费预算情况说明", "公务接待费0.5万元，与上年持平。", "因公出国（境）费上年预算数为2万元。");
        assertThat(first(c, Claim.Kind.FLAT, "threePublic.RECEPTION").direction())
                .isZero();
        Claim last = first(c, Claim.Kind.AMOUNT, "threePublic.ABROAD");
        assertThat(last.period()).isEqualTo(Period.LAST_YEAR);
    }

    @Test
    void aWrappedNumberedLineIsReadWithItsContinuation() {
        List<Claim> c =
                claims("2026年“三公”经费预算情况说明", "（二）公务用车购置及运行费113.76万元，比2025年预算增加27万元。其中：公务用车购置费75万", "元，比2025年预算增加27万元。");
        assertThat(first(c, Claim.Kind.AMOUNT, "threePublic.VEHICLE_PURCHASE")
                        .figure()
                        .shown())
                .isEqualTo("75万元");
        assertThat(first(c, Claim.Kind.CHANGE, "threePublic.VEHICLE_PURCHASE")
                        .figure()
                        .shown())
                .isEqualTo("27万元");
    }

    @Test
    void aSentenceOpeningWithItsComparisonGoesOnAboutThePreviousAmount() {
        List<Claim> c = claims("2026年“三公”经费预算情况说明", "（三）公务接待费0.46万元。与2025年预算持平，主要原因是预算无变化。");
        assertThat(first(c, Claim.Kind.FLAT, "threePublic.RECEPTION").word()).isEqualTo("持平");
        // a comparison sentence after a sentence without an amount stays without subject
        List<Claim> none = claims("2026年“三公”经费预算情况说明", "本部门严格执行规定。与2025年预算持平。");
        assertThat(none.stream().filter(x -> x.kind() == Claim.Kind.FLAT))
                .allSatisfy(x -> assertThat(x.subject().isNone()).isTrue());
    }

    @Test
    void theFinalFigureOfANumberedItemBelongsToTheItemItOpensWith() {
        String item = "9.节能环保支出（类）环境保护管理事务（款）行政运行（项），主要用于支付行政单位在职人员经费、公用经费的支出。" + "年初预算为 1196.07 万元，支出决算为 1,294.60 万元。";
        List<Claim> c = finalAccountsClaims(item, "年初预算为 90.00 万元，支出决算为 88.60 万元。");
        List<Claim> amounts =
                c.stream().filter(x -> x.kind() == Claim.Kind.AMOUNT).toList();
        assertThat(amounts)
                .extracting(x -> x.figure().shown() + "=" + x.subject().key())
                .containsExactly(
                        // the 年初预算 is not the 决算数 of the item; an unnumbered paragraph names no item
                        "1196.07万元=", "1294.60万元=function.2110101", "90.00万元=", "88.60万元=");
    }

    private static List<Claim> finalAccountsClaims(String... paragraphs) {
        org.gongkai.core.audit.Docs docs = org.gongkai.core.audit.Docs.budget(2025)
                .finalAccounts()
                .codeTable(
                        "T5",
                        "",
                        "一般公共预算财政拨款支出决算表",
                        "211|节能环保支出|1293.60||",
                        "21101|环境保护管理事务|1293.60||",
                        "2110101|行政运行|1293.60||")
                .heading(2, "五", "一般公共预算财政拨款支出决算情况说明");
        docs.paras(paragraphs);
        Disclosure d = docs.build();
        return Claims.of(d, Facts.of(d)).all();
    }
}
