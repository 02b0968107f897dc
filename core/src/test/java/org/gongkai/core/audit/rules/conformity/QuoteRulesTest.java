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
                // the head of this sentence is a line the reader kept apart as a heading line: the quote opens there
                .para("四、其他收入：指单位取得的除“财政拨款收入”、“事业")
                .para("收入”、“经营收入”等以外的收入。")
                // a quotation of two sentences closes in the second
                .para("文件要求：“做到及时制止。做到及时拆除。”其余照办。")
                .para("“三公”经费预算数为42.24万元。")
                // closed by a straight quote: TXT.QUOTE-MISMATCH's finding, not a second one here
                .para("15.“社会保障和就业支出(类)行政事业单位养老支出(款)事业单位离退休(项)＂359.34万元。")
                .build();
        assertThat(run(d)).isEmpty();
        assertThat(RuleProbe.run("TXT.QUOTE-MISMATCH", d, TestCodes.INSTANCE)).hasSize(1);
    }

    @Test
    @Fires("TXT.QUOTE-UNPAIRED")
    void quoteClosedThatWasNeverOpened() {
        Disclosure d = Docs.budget(2026)
                .heading(2, "五", "一般公共预算财政拨款支出决算情况说明")
                .para("11、文化旅游体育与传媒支出（类）文化和旅游（款）其他文化和旅游支出（项）。年初预算为 217.92 万元，支出决算为"
                        + " 423.29 万元。决算数大于预算数的主要原因：根据工作需要，年中新增“艺起 TOP 周周有戏”活动经费、百合之约 情定苏河”2025")
                .para("年普陀区“苏河婚典”百位新人集体婚礼经费等。")
                .build();
        assertThat(run(d)).singleElement().satisfies(f -> {
            assertThat(f.actual()).isEqualTo("2个左引号、3个右引号");
            assertThat(f.location().quote()).endsWith("情定苏河”").doesNotStartWith(" ");
            assertThat(f.suggestion()).contains("补上左引号");
        });
    }

    @Test
    void aClosingQuoteAtTheHeadOfAParagraphIsReportedWhenNothingBeforeOpensIt() {
        // the line before is whole and pairs its quotes: the tail's closing quote opens nowhere
        Disclosure d = Docs.budget(2026)
                .heading(2, "四", "名词解释")
                .para("三、经营收入：指“事业单位”在专业业务活动之外取得的收入。")
                .para("收入”、“经营收入”等以外的收入。")
                .build();
        assertThat(run(d)).singleElement().satisfies(f -> assertThat(f.actual()).isEqualTo("1个左引号、2个右引号"));
    }
}
