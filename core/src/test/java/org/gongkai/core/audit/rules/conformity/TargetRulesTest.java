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

class TargetRulesTest {
    private static final String UNIT = "克孜勒苏柯尔克孜自治州某某服务中心";

    private static List<Finding> run(String id, Disclosure d) {
        return RuleProbe.run(id, d, TestCodes.INSTANCE);
    }

    private static final String[] GOOD = {
        "产出指标|数量指标|涉及单位个数（个）|≥56",
        "产出指标|质量指标|专网运行故障率（%）|≤1%",
        "产出指标|数量指标|合同签订带宽（兆）|≥100",
        "产出指标|时效指标|租金缴纳及时率（%）|=100%",
        "产出指标|时效指标|项目完成时间|2021年12月",
        "产出指标|成本指标|一个单位缴纳标准（元/月）|=750",
        "产出指标|成本指标|专网租金费（万元）|≤50.4",
        "效益指标|社会效益指标|保障平台平稳运转|有效保障",
        "效益指标|社会效益指标|数据共享率（%）|≥85%",
        "满意度指标|满意度指标|使用部门满意度（%）|≥95%"
    };

    /** A target table that is right in every respect (quantities moved to 数量, units given, operators present). */
    private static Docs good(String... indicators) {
        return Docs.budget(2021)
                .unit("克州某某服务中心")
                .para("1、项目名称：综合治理专网租金费")
                .target(
                        "综合治理专网租金费",
                        UNIT,
                        "50.4",
                        "50.4",
                        "0",
                        "该项目资金用于综合治理专网租金费，保障专网平稳运转。",
                        indicators.length == 0 ? GOOD : indicators);
    }

    @Test
    void everyTargetRuleIsSilentOnAGoodTable() {
        Disclosure d = good().build();
        RuleCatalogue.all().stream()
                .map(r -> r.info().id())
                .filter(id -> id.startsWith("TGT."))
                .forEach(id -> assertThat(run(id, d)).as(id).isEmpty());
    }

    @Test
    @Silent("TGT.NO-OUTPUT")
    @Silent("TGT.NO-EFFECT")
    @Silent("TGT.NO-SATISFACTION")
    @Silent("TGT.LEVEL2-EMPTY")
    @Silent("TGT.VALUE-BLANK")
    @Silent("TGT.NAME-BLANK")
    @Silent("TGT.DUPLICATE-INDICATOR")
    @Silent("TGT.GOAL-MISSING")
    @Silent("TGT.GOAL-OFF-TOPIC")
    @Silent("TGT.YEAR")
    @Silent("TGT.UNIT-NAME")
    @Silent("TGT.PROJECT-NAME")
    @Silent("TGT.PERCENT-RANGE")
    @Silent("TGT.BAD-RATE-HIGH")
    @Silent("TGT.BAD-RATE-OPERATOR")
    @Silent("TGT.GOOD-RATE-LE")
    @Silent("TGT.SATISFACTION-100")
    @Silent("TGT.QUANTITY-LE")
    @Silent("TGT.QUANTITY-NONPOSITIVE")
    @Silent("TGT.OPERATOR-MISSING")
    @Silent("TGT.DATE-MALFORMED")
    @Silent("TGT.DATE-OUTSIDE-YEAR")
    @Silent("TGT.WRONG-FAMILY")
    @Silent("TGT.UNIT-CONFLICT")
    @Silent("TGT.FUNDS-SUM")
    @Silent("TGT.FISCAL-EXCEEDS")
    @Silent("TGT.OTHER-BLANK")
    @Silent("TGT.FUNDS-MISSING")
    @Silent("TGT.COST-UNIT")
    @Silent("TGT.COST-EXCEEDS")
    @Silent("TGT.COST-SUM-EXCEEDS")
    @Silent("TGT.UNIT-COST-PRODUCT")
    void goodTableDeclaresItsSilentRules() {
        everyTargetRuleIsSilentOnAGoodTable();
    }

    private static Finding one(String id, String... indicators) {
        List<Finding> f = run(id, good(indicators).build());
        assertThat(f).as(id).hasSize(1);
        return f.get(0);
    }

    @Test
    @Fires("TGT.NO-OUTPUT")
    @Fires("TGT.NO-EFFECT")
    @Fires("TGT.NO-SATISFACTION")
    void missingFamilies() {
        assertThat(one("TGT.NO-OUTPUT", "效益指标|社会效益指标|平稳运转|有效保障").severity()).isEqualTo(Severity.WARNING);
        assertThat(one("TGT.NO-EFFECT", "产出指标|数量指标|单位个数（个）|≥5", "效益指标|经济效益指标||").expected())
                .isEqualTo("至少一个效益指标");
        assertThat(one("TGT.NO-SATISFACTION", "产出指标|数量指标|单位个数（个）|≥5").severity())
                .isEqualTo(Severity.INFO);
    }

    @Test
    @Fires("TGT.LEVEL2-EMPTY")
    void emptyLevel2Rows() {
        Finding f = one(
                "TGT.LEVEL2-EMPTY", "产出指标|数量指标|单位个数（个）|≥5", "项目效益|经济效益指标||", "项目效益|生态效益指标||", "项目效益|社会效益指标|平稳运转|有效保障");
        assertThat(f.actual()).isEqualTo("经济效益指标、生态效益指标");
    }

    @Test
    @Fires("TGT.VALUE-BLANK")
    @Fires("TGT.NAME-BLANK")
    @Fires("TGT.DUPLICATE-INDICATOR")
    void blankAndDuplicateRows() {
        assertThat(one("TGT.VALUE-BLANK", "产出指标|数量指标|单位个数（个）|").location().row())
                .isEqualTo("数量指标／单位个数（个）");
        assertThat(one("TGT.NAME-BLANK", "产出指标|数量指标||≥5").message()).contains("≥5");
        assertThat(one("TGT.DUPLICATE-INDICATOR", "产出指标|数量指标|单位个数（个）|≥5", "产出指标|数量指标|单位个数（个）|≥6")
                        .actual())
                .isEmpty();
    }

    @Test
    @Fires("TGT.UNIT-NAME")
    @Silent("TGT.UNIT-NAME")
    void aMemberUnitTheDocumentListsMayOwnATargetTable() {
        Docs base = Docs.budget(2021).unit("克州某某局").para("本部门具体包括：").para("1.克州某某局本部");
        Disclosure listed = base.para("2.克州某某信息中心")
                .target("政府内网维护费", "克州某某信息中心", "7", "7", "0", "保障政府内网维护正常运行。", GOOD)
                .build();
        assertThat(run("TGT.UNIT-NAME", listed)).isEmpty();
        Disclosure other = Docs.budget(2021)
                .unit("克州某某局")
                .para("1.克州某某局本部")
                .target("政府内网维护费", "克州另一信息中心", "7", "7", "0", "保障政府内网维护正常运行。", GOOD)
                .build();
        assertThat(run("TGT.UNIT-NAME", other))
                .singleElement()
                .satisfies(f -> assertThat(f.actual()).isEqualTo("克州另一信息中心"));
    }

    @Test
    @Fires("TGT.GOAL-MISSING")
    @Fires("TGT.GOAL-OFF-TOPIC")
    @Fires("TGT.YEAR")
    @Fires("TGT.UNIT-NAME")
    @Fires("TGT.PROJECT-NAME")
    void headerProblems() {
        Disclosure d = Docs.budget(2021)
                .unit("克州某某服务中心")
                .para("4、项目名称：政府内网、电子政务外网维护费")
                .para("6、项目名称：电子政务外网三级等保测评费")
                .block(Docs.target(2020, "电子政务外网三级等保测评服务费", "某某局", "12", "12", "0", "", GOOD))
                .target("政府内网、电子政务外网维护费", UNIT, "7", "7", "0", "全面运行在线审批平台，强化项目统一代码管理，所有建设项目一律通过在线平台办理。", GOOD)
                .build();
        assertThat(run("TGT.GOAL-MISSING", d))
                .singleElement()
                .satisfies(f -> assertThat(f.location().table()).isEqualTo("项目支出绩效目标表（电子政务外网三级等保测评服务费）"));
        assertThat(run("TGT.GOAL-OFF-TOPIC", d))
                .singleElement()
                .satisfies(f -> assertThat(f.location().table()).contains("政府内网、电子政务外网维护费"));
        assertThat(run("TGT.YEAR", d))
                .singleElement()
                .satisfies(f -> assertThat(f.actual()).isEqualTo("2020"));
        assertThat(run("TGT.UNIT-NAME", d))
                .singleElement()
                .satisfies(f -> assertThat(f.actual()).isEqualTo("某某局"));
        assertThat(run("TGT.PROJECT-NAME", d)).singleElement().satisfies(f -> {
            assertThat(f.actual()).isEqualTo("电子政务外网三级等保测评服务费");
            assertThat(f.expected()).isEqualTo("电子政务外网三级等保测评费");
        });
    }

    @Test
    @Fires("TGT.PERCENT-RANGE")
    @Fires("TGT.BAD-RATE-HIGH")
    @Fires("TGT.BAD-RATE-OPERATOR")
    void rates() {
        assertThat(one("TGT.PERCENT-RANGE", "产出指标|质量指标|验收合格率（%）|≥120%").actual())
                .isEqualTo("≥120%");
        assertThat(run("TGT.PERCENT-RANGE", good("效益指标|经济效益指标|收入增长率（%）|≥120%").build()))
                .isEmpty();
        assertThat(one("TGT.BAD-RATE-HIGH", "产出指标|质量指标|专网运行故障率（%）|100%").actual())
                .isEqualTo("100%");
        assertThat(one("TGT.BAD-RATE-OPERATOR", "产出指标|质量指标|网站故障率（%）|0%").actual())
                .isEqualTo("0%");
        assertThat(run("TGT.BAD-RATE-OPERATOR", good("产出指标|质量指标|网站故障率（%）|=0%").build()))
                .isEmpty();
    }

    @Test
    @Fires("TGT.GOOD-RATE-LE")
    @Fires("TGT.SATISFACTION-100")
    @Fires("TGT.QUANTITY-LE")
    @Fires("TGT.QUANTITY-NONPOSITIVE")
    @Fires("TGT.OPERATOR-MISSING")
    void directionsAndOperators() {
        assertThat(one("TGT.GOOD-RATE-LE", "产出指标|质量指标|验收合格率（%）|≤95%").actual()).isEqualTo("≤95%");
        assertThat(one("TGT.SATISFACTION-100", "满意度指标|满意度指标|群众满意度（%）|=100%").actual())
                .isEqualTo("=100%");
        assertThat(one("TGT.QUANTITY-LE", "产出指标|数量指标|维护栏目数（个）|≤122").actual()).isEqualTo("≤122");
        assertThat(one("TGT.QUANTITY-NONPOSITIVE", "产出指标|数量指标|维护栏目数（个）|=0").actual())
                .isEqualTo("=0");
        assertThat(one("TGT.OPERATOR-MISSING", "产出指标|数量指标|涉及政府网站个数（个）|5").actual())
                .isEqualTo("5");
    }

    @Test
    @Fires("TGT.DATE-MALFORMED")
    @Fires("TGT.DATE-OUTSIDE-YEAR")
    void dates() {
        assertThat(one("TGT.DATE-MALFORMED", "产出指标|时效指标|项目完成时间|2021年12月1").actual())
                .isEqualTo("2021年12月1");
        assertThat(one("TGT.DATE-MALFORMED", "产出指标|时效指标|项目完成时间|2021年13月").actual())
                .isEqualTo("2021年13月");
        assertThat(one("TGT.DATE-OUTSIDE-YEAR", "产出指标|时效指标|项目完成时间|2022年3月").message())
                .contains("2021");
        assertThat(TargetValueRules.validDate("2021年12月31日前")).isTrue();
        assertThat(TargetValueRules.validDate("2021-12-31")).isTrue();
        assertThat(TargetValueRules.validDate("2021年12月1")).isFalse();
    }

    @Test
    @Fires("TGT.WRONG-FAMILY")
    @Fires("TGT.UNIT-CONFLICT")
    void familiesAndUnits() {
        assertThat(one("TGT.WRONG-FAMILY", "效益指标|经济效益指标|数据共享率（%）|≥85%").message())
                .contains("经济效益指标");
        assertThat(one("TGT.WRONG-FAMILY", "产出指标|质量指标|合同签订宽带（兆）|≥100").actual()).isEqualTo("≥100");
        assertThat(one("TGT.UNIT-CONFLICT", "产出指标|数量指标|出具测评报告（份）|=1次").actual()).isEqualTo("=1次");
    }

    @Test
    @Fires("TGT.FUNDS-SUM")
    @Fires("TGT.FISCAL-EXCEEDS")
    @Fires("TGT.OTHER-BLANK")
    @Fires("TGT.FUNDS-MISSING")
    void fundsHeader() {
        Disclosure d = Docs.budget(2021)
                .unit(UNIT)
                .target("甲项目", UNIT, "12", "10", "1", "甲项目", GOOD)
                .target("乙项目", UNIT, "12", "13", "0", "乙项目", GOOD)
                .target("丙项目", UNIT, "12", "12", "", "丙项目", GOOD)
                .target("丁项目", UNIT, "", "", "", "丁项目", GOOD)
                .build();
        assertThat(run("TGT.FUNDS-SUM", d)).extracting(Finding::difference).containsExactly("1万元", "-1万元");
        assertThat(run("TGT.FISCAL-EXCEEDS", d))
                .singleElement()
                .satisfies(f -> assertThat(f.actual()).isEqualTo("13万元"));
        assertThat(run("TGT.OTHER-BLANK", d))
                .singleElement()
                .satisfies(f -> assertThat(f.location().table()).contains("丙项目"));
        assertThat(run("TGT.FUNDS-MISSING", d))
                .singleElement()
                .satisfies(f -> assertThat(f.location().table()).contains("丁项目"));
    }

    @Test
    @Fires("TGT.COST-UNIT")
    @Fires("TGT.COST-EXCEEDS")
    @Fires("TGT.COST-SUM-EXCEEDS")
    @Fires("TGT.UNIT-COST-PRODUCT")
    void costs() {
        assertThat(one("TGT.COST-UNIT", "产出指标|成本指标|三级等保测评费|≤12").actual()).isEqualTo("≤12");
        assertThat(one("TGT.COST-EXCEEDS", "产出指标|成本指标|专网租金费|≤60万元").difference())
                .isEqualTo("9.6万元");
        assertThat(run("TGT.COST-EXCEEDS", good("产出指标|成本指标|专网租金费（元）|≤504000").build()))
                .isEmpty();
        assertThat(one("TGT.COST-SUM-EXCEEDS", "产出指标|成本指标|租金（万元）|≤40", "产出指标|成本指标|维护费（万元）|≤20")
                        .actual())
                .isEqualTo("60万元");
        Finding f = one("TGT.UNIT-COST-PRODUCT", "产出指标|数量指标|涉及单位个数（个）|≥80", "产出指标|成本指标|一个单位缴纳标准（元/月）|=750");
        assertThat(f.actual()).isEqualTo("72万元");
        assertThat(f.expected()).isEqualTo("50.4万元");
    }
}
