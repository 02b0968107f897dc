package org.gongkai.core.audit.rules.conformity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.core.audit.Docs;
import org.gongkai.core.audit.Finding;
import org.gongkai.core.audit.Fires;
import org.gongkai.core.audit.RuleProbe;
import org.gongkai.core.audit.Severity;
import org.gongkai.core.audit.Silent;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.testing.TestCodes;
import org.junit.jupiter.api.Test;

/** "支出收入 2002.80 万元": income and expenditure written together right before one amount. */
class FlowWordRulesTest {
    private static List<Finding> run(Disclosure d) {
        return RuleProbe.run("TXT.INCOME-EXPENSE-SLIP", d, TestCodes.INSTANCE);
    }

    @Test
    @Fires("TXT.INCOME-EXPENSE-SLIP")
    void bothWordsBeforeOneAmount() {
        Disclosure d = Docs.budget(2025)
                .finalAccounts()
                .heading(2, "八", "政府性基金预算财政拨款收入支出决算情况说明")
                // a line that wraps right after the slip: read over the joined lines of the section
                .para("政府性基金预算财政拨款收入 2002.80 万元，支出收入")
                .para("2002.80 万元，支出具体情况如下：")
                .heading(2, "九", "其他")
                .para("政府性基金预算财政拨款收入 XXX 万元，收入支出为：XXX 万元，支出具体情况如下：")
                .build();
        List<Finding> f = run(d);
        assertThat(f).extracting(Finding::actual).containsExactly("支出收入2002.80 万元", "收入支出为：XXX 万元");
        assertThat(f.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(f.get(0).expected()).isEqualTo("支出2002.80 万元");
        assertThat(f.get(0).message()).contains("“支出收入”直接接金额");
        assertThat(f.get(0).location().section()).isEqualTo("八");
    }

    @Test
    @Silent("TXT.INCOME-EXPENSE-SLIP")
    void namesThatJoinTheTwoWordsAreRight() {
        Disclosure d = Docs.budget(2025)
                .finalAccounts()
                .para("上海市某某局 2025 年度收入支出总计 26591.08 万元。与 2024 年度相比，收入支出总计增加 8487.88 万元。")
                .para("主要原因：项目经费收入支出增加。详见收入支出决算总表。")
                .para("财政拨款收入支出预算 100.00 万元；收入支出平衡，收入支出 3 项调整。")
                .para("政府性基金预算财政拨款收入 2002.80 万元，支出 2002.80 万元。")
                .build();
        assertThat(run(d)).isEmpty();
    }

    @Test
    void anAmountEndsAtItsUnit() {
        assertThat(FlowWordRules.amountEnd("支出收入 1,234.50 万元，", 4)).isEqualTo(16);
        assertThat(FlowWordRules.amountEnd("支出收入是 12元", 4)).isEqualTo(9);
        assertThat(FlowWordRules.amountEnd("支出收入 X 万元", 4)).isEqualTo(-1);
        assertThat(FlowWordRules.amountEnd("支出收入 12X 万元", 4)).isEqualTo(-1);
        assertThat(FlowWordRules.amountEnd("支出收入 2025 年", 4)).isEqualTo(-1);
        assertThat(FlowWordRules.amountEnd("支出收入", 4)).isEqualTo(-1);
    }
}
