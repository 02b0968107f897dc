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

/** DOC.PROJECT-AMOUNT-MISSING: the 年度预算安排 of a project note must give the budget year's amount. */
class ProjectNoteRulesTest {
    private static List<Finding> run(Disclosure d) {
        return RuleProbe.run("DOC.PROJECT-AMOUNT-MISSING", d, TestCodes.INSTANCE);
    }

    private static Docs note(String... arrangement) {
        return Docs.budget(2026)
                .unit("上海市普陀区某某局")
                .heading(1, "", "剧院精装修工程项目经费情况说明")
                .heading(2, "五", "实施周期")
                .para("2025年10月正式开工，合同工期490天。")
                .heading(2, "六", "年度预算安排")
                .paras(arrangement)
                .heading(2, "七", "绩效目标")
                .para("详见单位的项目绩效目标表");
    }

    @Test
    @Fires("DOC.PROJECT-AMOUNT-MISSING")
    void anotherYearsAmountOrNoneAtAll() {
        List<Finding> wrongYear = run(
                note("本项目可研批复总投资为13526.06万元，其中建筑安装工程费为11668.67万元，工程建设其他费用1213.29万元，预备费644.10万元", "。2025年安排建设资金5000万元。")
                        .build());
        assertThat(wrongYear).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("没有写明2026年安排的金额").contains("写的是“2025年安排建设资金5000万元");
            assertThat(f.location().quote()).contains("年度预算安排");
        });
        List<Finding> none = run(note("结合区政府重点工作推进情况，根据合同条款，按时拨付资金。").build());
        assertThat(none).singleElement().satisfies(f -> assertThat(f.message()).contains("未写任何金额"));
    }

    @Test
    @Silent("DOC.PROJECT-AMOUNT-MISSING")
    void theBudgetYearsAmount() {
        assertThat(run(note("2026年度预算安排22,614.51万元。").build())).isEmpty();
        assertThat(run(note("本年度拆违经费预算金额为349.80万元，分别用于拆违现场安全秩序维护。").build())).isEmpty();
        assertThat(run(note("总投资13526.06万元，2025年已安排5000万元，", "2026年安排建设资金6000万元。")
                        .build()))
                .isEmpty();
        // a final-accounts document has no 年度预算安排 to check
        assertThat(run(Docs.budget(2025)
                        .finalAccounts()
                        .heading(2, "六", "年度预算安排")
                        .para("按时拨付资金。")
                        .build()))
                .isEmpty();
    }
}
