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

class ComponentListRulesTest {
    private static List<Finding> run(Disclosure d) {
        return RuleProbe.run("NARR.COMPONENT-EMPTY", d, TestCodes.INSTANCE);
    }

    /** A 基本支出 table with 基本工资, 退休费 and 办公费 (水费 printed as 0.00), and a narrative listing components. */
    private static Disclosure doc(String personnel, String publicCosts) {
        return Docs.budget(2025)
                .finalAccounts()
                .codeTable(
                        "T6",
                        "",
                        "一般公共预算财政拨款基本支出决算表",
                        "301|工资福利支出|100.00||",
                        "30101|基本工资|100.00||",
                        "302|商品和服务支出|20.00||",
                        "30201|办公费|20.00||",
                        "30205|水费|0.00||",
                        "303|对个人和家庭的补助|5.00||",
                        "30302|退休费|5.00||")
                .heading(2, "六", "一般公共预算财政拨款基本支出决算情况说明")
                .para("一般公共预算财政拨款基本支出 125.00 万元。其中：人员经费 105.00 万元，主要包括：" + personnel + "；公用经费 20.00 万元，")
                .para("主要包括：" + publicCosts + "。")
                .build();
    }

    @Test
    @Silent("NARR.COMPONENT-EMPTY")
    void componentsWithMoneyOrNotEconomicItemsAreSilent() {
        // 饭贴 and 办公设备购置和专用设备购置 are no 款 names; 对个人和家庭的补助 is not cut at 和.
        assertThat(run(doc("基本工资、饭贴、退休费", "办公费、办公设备购置和专用设备购置"))).isEmpty();
        // a component stated with its amount is for the amount rules
        assertThat(run(doc("基本工资、奖金3.00万元", "办公费"))).isEmpty();
    }

    @Test
    @Fires("NARR.COMPONENT-EMPTY")
    void componentsWithoutMoneyInTheTable() {
        List<Finding> f = run(doc("基本工资、奖金、退休费", "办公费、水费"));
        assertThat(f).hasSize(2);
        assertThat(f.get(0).message()).contains("人员经费构成“奖金”").contains("30103").contains("没有金额");
        assertThat(f.get(0).locations().get(0).quote()).isEqualTo("奖金");
        assertThat(f.get(1).message()).contains("公用经费构成“水费”").contains("30205").contains("为0");
        assertThat(f.get(1).actual()).isEqualTo("0.00");
    }
}
