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

class UnitMissingRulesTest {
    private static List<Finding> run(Disclosure d) {
        return RuleProbe.run("TXT.UNIT-MISSING", d, TestCodes.INSTANCE);
    }

    @Test
    @Fires("TXT.UNIT-MISSING")
    void figuresWithoutTheirUnit() {
        Disclosure d = Docs.budget(2025)
                .finalAccounts()
                .heading(2, "七", "财政拨款“三公”经费支出决算情况说明")
                .para("3、公务接待费支出 0.3 万元。其中：国内公务接待支出 0.3 万。主要用于接待。")
                .para("年初预算为 0.00 万元，支出决算为4.19。决算数大于预算数。")
                .para("城乡社区支出(类)15411.43 万元，占 76.23;住房保障支出(类)1076.78 万元，占 5.33%。")
                .build();
        List<Finding> f = run(d);
        assertThat(f).extracting(Finding::actual).containsExactly("0.3 万", "决算为4.19", "占 76.23");
        assertThat(f.get(0).message()).contains("“万”后缺少“元”");
        assertThat(f.get(0).locations().get(0).quote()).isEqualTo("0.3 万");
        assertThat(f.get(2).message()).contains("占比没有百分号");
    }

    @Test
    @Silent("TXT.UNIT-MISSING")
    void figuresWithUnitsAreSilent() {
        Disclosure d = Docs.budget(2026)
                .para("预留给小型和微型企业的政府采购项目预算为55,732.43万")
                .para("元。主要用于万人就业社会保险补贴，服务3万人次。")
                .para("年初预算为1196.07 万元，支出决算为 1,293.50 万元，占 5.33%，占地面积1200平方米。")
                .build();
        assertThat(run(d)).isEmpty();
    }

    @Test
    @Fires("TXT.NUMBER-COMMA")
    @Silent("TXT.NUMBER-COMMA")
    void fullWidthCommaBetweenDigitGroups() {
        Disclosure wrong = Docs.budget(2026)
                .para("14.“城乡社区支出（类）建设市场管理与监督（款）建设市场管理与监督（项）3，518.85万元，主要用于人员工资。")
                .build();
        assertThat(RuleProbe.run("TXT.NUMBER-COMMA", wrong, TestCodes.INSTANCE))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.actual()).isEqualTo("3，518.85");
                    assertThat(f.expected()).isEqualTo("3,518.85");
                });
        Disclosure right = Docs.budget(2026)
                .para("建设市场管理与监督3,518.85万元，其中：人员1，2，3类，共100，200个项目。")
                .build();
        assertThat(RuleProbe.run("TXT.NUMBER-COMMA", right, TestCodes.INSTANCE)).isEmpty();
    }
}
