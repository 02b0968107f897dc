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

class TemplateNoteRulesTest {
    private static List<Finding> run(Disclosure d) {
        return RuleProbe.run("TXT.TEMPLATE-NOTE", d, TestCodes.INSTANCE);
    }

    @Test
    @Fires("TXT.TEMPLATE-NOTE")
    void instructionsLeftInTheText() {
        Disclosure d = Docs.budget(2026)
                .para("编报绩效目标的项目247个，涉及项目预算资金314,076.90万元。（绩效目标管理工作情况，以及编报绩效目标的项目数量、单位数量、预算金额等）")
                .para("一、项目概述（说明项目的总体情况、立项目的等）")
                .para("本部门无机关运行经费。（若无，则写“本部门无机关运行经费。”）")
                .build();
        List<Finding> f = run(d);
        assertThat(f).hasSize(3);
        assertThat(f.get(0).actual()).isEqualTo("（绩效目标管理工作情况，以及编报绩效目标的项目数量、单位数量、预算金额等）");
        assertThat(f.get(0).locations().get(0).quote()).startsWith("（绩效目标管理");
        assertThat(f.get(1).actual()).isEqualTo("（说明项目的总体情况、立项目的等）");
    }

    @Test
    @Silent("TXT.TEMPLATE-NOTE")
    void ordinaryBracketsAreSilent() {
        Disclosure d = Docs.budget(2026)
                .para("单价100万元（含）以上设备（不含车辆）0台（套）。")
                .para("社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）82.15万元。")
                .para("公用经费（包括办公费、印刷费、水费、电费等）830.77万元。")
                .para("主要用于日常运转（含人员经费、公用经费等12项支出等）。")
                .para("上海市普陀区图书馆（上海市普陀区少年儿童图书馆）负责全区公共图书服务。")
                .build();
        assertThat(run(d)).isEmpty();
    }
}
