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

/** NARR.VEHICLE-SUM: vehicles in all against the kinds listed after 其中. */
class VehicleRulesTest {
    private static List<Finding> run(String... paragraphs) {
        Disclosure d = Docs.budget(2026)
                .unit("上海市普陀区某某局")
                .heading(2, "五", "国有资产占有使用情况")
                .paras(paragraphs)
                .build();
        return RuleProbe.run("NARR.VEHICLE-SUM", d, TestCodes.INSTANCE);
    }

    @Test
    @Fires("NARR.VEHICLE-SUM")
    void kindsThatDoNotAddUp() {
        List<Finding> f = run(
                "截至 2025 年 12 月 31 日，本部门共有车辆 9 辆，其中：部级领导干部用车 0 辆、主要领导干部用车 0 辆、应急保障用车 1",
                "辆、其他用车 7 辆。单价 100 万元（含）以上设备（不含车辆）6 台（套）。");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.actual()).isEqualTo("9");
            assertThat(x.expected()).isEqualTo("8");
            assertThat(x.difference()).isEqualTo("1");
            assertThat(x.location().quote()).startsWith("车辆 9 辆");
        });
    }

    @Test
    @Silent("NARR.VEHICLE-SUM")
    void kindsThatAddUpOrNoList() {
        assertThat(run(
                        "截至2025年8月31日，本局共有车辆63辆，其中：部级领导干部用车0辆、执法执勤用车63辆、其他用车0辆；单价100万元（含）以上设备2套。",
                        "2026年部门预算安排购置车辆5辆，其中：执法执勤用车5辆、其他用车0辆；购置单价100万元（含）以上设备0套。",
                        "公务用车保有量为 9 辆。"))
                .isEmpty();
    }
}
