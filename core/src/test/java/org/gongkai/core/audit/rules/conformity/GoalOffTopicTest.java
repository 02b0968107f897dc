package org.gongkai.core.audit.rules.conformity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.core.audit.Docs;
import org.gongkai.core.audit.Finding;
import org.gongkai.core.audit.Fires;
import org.gongkai.core.audit.RuleProbe;
import org.gongkai.core.audit.Silent;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.testing.TestCodes;
import org.junit.jupiter.api.Test;

/** TGT.GOAL-OFF-TOPIC: a goal is judged by the project name's content words, not by its generic words. */
class GoalOffTopicTest {
    private static final String UNIT = "上海市某区市政工程建设中心";
    private static final String[] WORKS = {
        "产出指标|数量指标|道路建设长度|=985米", "产出指标|质量指标|项目验收达标率|=100%", "效益指标|社会效益指标|道路通行能力提升情况|提升", "满意度指标|服务对象满意度指标|居民群众满意度|≥90%"
    };

    private static List<Finding> run(Disclosure d) {
        return RuleProbe.run("TGT.GOAL-OFF-TOPIC", d, TestCodes.INSTANCE);
    }

    private static Docs doc() {
        return Docs.budget(2026).unit("上海市某区建设和管理委员会");
    }

    @Test
    @Silent("TGT.GOAL-OFF-TOPIC")
    void aConstructionProjectNamedAfterPlacesMayStateOnlyItsWorks() {
        Disclosure d = doc().target(
                        "长风路-金沙江路下立交工程",
                        UNIT,
                        "226,145,100.00",
                        "226,145,100.00",
                        "0",
                        "积极推进项目前期征收工作，年内开展管线搬迁及维护结构施工。",
                        WORKS)
                .build();
        assertThat(run(d)).isEmpty();
    }

    @Test
    @Fires("TGT.GOAL-OFF-TOPIC")
    void aConstructionProjectWhoseGoalIsAboutSomethingElseStillFires() {
        Disclosure d = doc().target(
                        "长风路-金沙江路下立交工程", UNIT, "226,145,100.00", "226,145,100.00", "0", "全面运行在线审批平台，强化统一代码管理。", WORKS)
                .build();
        assertThat(run(d))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("几乎没有共同字词"));
    }

    @Test
    @Fires("TGT.GOAL-OFF-TOPIC")
    void aGoalCopiedFromAnotherProjectOfTheDocumentFiresThoughItNamesWorks() {
        Disclosure d = doc().para("1、项目名称：长风路-金沙江路下立交工程")
                .para("2、项目名称：曹杨路桥梁大修工程")
                .target(
                        "长风路-金沙江路下立交工程",
                        UNIT,
                        "226,145,100.00",
                        "226,145,100.00",
                        "0",
                        "年内开展长风路-金沙江路下立交管线搬迁及维护结构施工。",
                        WORKS)
                .target("曹杨路桥梁大修工程", UNIT, "12,000,000.00", "12,000,000.00", "0", "年内开展长风路-金沙江路下立交管线搬迁及维护结构施工。", WORKS)
                .build();
        assertThat(run(d)).singleElement().satisfies(f -> {
            assertThat(f.location().table()).contains("曹杨路桥梁大修工程");
            assertThat(f.message()).contains("另一项目“长风路-金沙江路下立交工程”");
        });
    }

    @Test
    @Silent("TGT.GOAL-OFF-TOPIC")
    void genericWordsAloneDoNotMakeAGoalFitButContentWordsDo() {
        assertThat(GoalTopic.contentBigrams("城市道路养护专项经费")).containsExactlyInAnyOrder("城市", "市道", "道路", "路养", "养护");
        assertThat(GoalTopic.judge("城市道路养护专项经费", "完成全区城市道路日常养护。", List.of())).isEmpty();
        assertThat(GoalTopic.judge("城市道路养护专项经费", "做好专项经费管理工作。", List.of())).isPresent();
    }
}
