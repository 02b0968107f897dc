package org.gongkai.core.classification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndicatorFrameworkTest {
    private final IndicatorFramework framework = IndicatorFramework.shipped();

    @Test
    void shippedFileLoadsCleanly() {
        assertThat(framework.problems()).isEmpty();
        assertThat(framework.level1Names()).containsExactly("产出指标", "成本指标", "效益指标", "满意度指标");
        assertThat(framework.families()).hasSize(12); // 14 rows, 2 of them legacy labels
    }

    @Test
    void familiesCarryOperatorsAndUnits() {
        IndicatorFramework.Family quantity = framework.resolve("产出指标", "数量指标").orElseThrow();
        assertThat(quantity.operators()).containsExactly("≥", "=");
        assertThat(quantity.unitExamples()).contains("个", "人次", "平方米");
        assertThat(framework.resolve("成本指标", "经济成本指标").orElseThrow().unitExamples())
                .contains("万元", "合理");
        assertThat(framework.level2Of("效益指标"))
                .extracting(IndicatorFramework.Family::level2)
                .containsExactly("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标");
    }

    @Test
    void legacyXinjiangLabelsMapToCurrentFamilies() {
        assertThat(IndicatorFramework.canonicalLevel1("项目完成")).isEqualTo("产出指标");
        assertThat(IndicatorFramework.canonicalLevel1("项目效益")).isEqualTo("效益指标");
        assertThat(IndicatorFramework.canonicalLevel1("产出指标")).isEqualTo("产出指标");
        assertThat(framework.resolve("项目完成", "质量指标").orElseThrow().level1()).isEqualTo("产出指标");
        assertThat(framework.resolve("项目完成", "成本指标").orElseThrow().level2()).isEqualTo("成本指标");
        assertThat(framework.resolve("项目效益", "社会效益指标").orElseThrow().level1()).isEqualTo("效益指标");
        assertThat(framework.level2Of("项目效益")).hasSize(4);
        // the 2021 template repeats 满意度指标 on level 2, and sometimes puts it under 项目效益
        assertThat(framework.resolve("满意度指标", "满意度指标").orElseThrow().level2()).isEqualTo("服务对象满意度指标");
        assertThat(framework.resolve("项目效益", "满意度指标").orElseThrow().level1()).isEqualTo("满意度指标");
        assertThat(framework.resolve("产出指标", "数量").orElseThrow().level2()).isEqualTo("数量指标");
    }

    @Test
    void mismatchedPairsDoNotResolve() {
        assertThat(framework.resolve("产出指标", "社会效益指标")).isEmpty();
        assertThat(framework.resolve("效益指标", "数量指标")).isEmpty();
        assertThat(framework.resolve("随便指标", "数量指标")).isEmpty();
    }

    @Test
    void brokenTextReportsEveryProblem() {
        String text = "level1,level2,value_form,usual_operator,unit_examples,sanity_rules\n"
                + "产出指标,数量指标,quantitative,≥ or =,个,\n" // 2 ok
                + "产出指标,数量指标,quantitative,≥,个,\n" // 3 duplicate
                + "产出,数量指标,quantitative,≥,个,\n" // 4 level1 without 指标
                + "效益指标,社会效益指标,,≥,%,\n" // 5 empty value form
                + "效益指标,生态效益指标,quantitative,about,%,\n" // 6 no operator
                + "旧指标,(legacy) 数量,as above,as above,as above,map to 产出指标\n" // 7 unmapped legacy label
                + "项目完成指标,(legacy) 数量,as above,as above,as above,map to 效益指标\n"; // 8 disagrees with the code
        IndicatorFramework parsed = IndicatorFramework.parse("ind.csv", text);
        assertThat(parsed.problems()).extracting(LoadProblem::line).containsExactly(3, 4, 5, 6, 7, 8);
        assertThat(parsed.families()).hasSize(3);
    }
}
