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

/** NARR.UNIT-COUNT: units counted by kind against the numbered list of units. */
class UnitCountRulesTest {
    private static List<Finding> run(String... paragraphs) {
        Disclosure d = Docs.budget(2026)
                .unit("上海市普陀区某某局")
                .heading(1, "", "上海市普陀区某某局机构设置")
                .paras(paragraphs)
                .heading(1, "", "名词解释")
                .para("1.财政拨款收入：是区级预算主管部门取得的财政拨款。")
                .build();
        return RuleProbe.run("NARR.UNIT-COUNT", d, TestCodes.INSTANCE);
    }

    @Test
    @Fires("NARR.UNIT-COUNT")
    void kindsThatDoNotMatchTheList() {
        List<Finding> f = run(
                "本部门中，行政单位1家，参公单位1家，事业单位2家，具体包括:",
                "1、上海市普陀区某某局本部",
                "2、上海市普陀区某某局执法大队",
                "3、上海市普陀区某某发展管理中心",
                "4、上海市普陀区文化馆",
                "5、上海市普陀区图书馆（上海市普陀区少年儿童图书馆）");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.actual()).isEqualTo("4");
            assertThat(x.expected()).isEqualTo("5");
            assertThat(x.message()).contains("行政单位1家、参公单位1家、事业单位2家");
        });
    }

    @Test
    @Silent("NARR.UNIT-COUNT")
    void kindsThatMatchOrNoList() {
        assertThat(run(
                        "本部门中，行政单位一家，行政执法机构一家，具体包括：",
                        "1.普陀区城市管理行政执法局本部",
                        "2.普陀区城市管理行政执法局执法大队",
                        "需要说明的是，执法大队与局本部合署办公，不单列预算。",
                        "3.本段与单位列表无关。"))
                .isEmpty();
        assertThat(run("本部门中，行政单位1家，事业单位1家，具体包括（列示至基层预算单位）：另见附表。")).isEmpty();
    }
}
