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

class QuoteRulesTest {
    private static List<Finding> run(Disclosure d) {
        return RuleProbe.run("TXT.QUOTE-UNPAIRED", d, TestCodes.INSTANCE);
    }

    @Test
    @Fires("TXT.QUOTE-UNPAIRED")
    void quoteOpenedAndNeverClosed() {
        Disclosure d = Docs.budget(2026)
                .para("13.“城乡社区支出（类）城乡社区公共设施（款）其他城乡社区公共设施支出（项）”7,954.48万元，主要用于掘路修复。")
                .para("14.“城乡社区支出（类）建设市场管理与监督（款）建设市场管理与监督（项）3,518.85万元，主要用于人员工资、办公经费、建")
                .para("筑材料监督检测等支出。")
                .build();
        assertThat(run(d)).singleElement().satisfies(f -> {
            assertThat(f.actual()).isEqualTo("1个左引号、0个右引号");
            assertThat(f.locations().get(0).quote()).startsWith("14.“城乡社区支出");
        });
    }

    @Test
    @Silent("TXT.QUOTE-UNPAIRED")
    void pairedQuotesAndCutSentencesAreSilent() {
        Disclosure d = Docs.budget(2026)
                .para("若无，则写“本部门无机关运行经费。”其余照填。")
                .para("收入”、“经营收入”等以外的收入。")
                .para("“三公”经费预算数为42.24万元。")
                // closed by a straight quote: TXT.QUOTE-MISMATCH's finding, not a second one here
                .para("15.“社会保障和就业支出(类)行政事业单位养老支出(款)事业单位离退休(项)＂359.34万元。")
                .build();
        assertThat(run(d)).isEmpty();
        assertThat(RuleProbe.run("TXT.QUOTE-MISMATCH", d, TestCodes.INSTANCE)).hasSize(1);
    }
}
