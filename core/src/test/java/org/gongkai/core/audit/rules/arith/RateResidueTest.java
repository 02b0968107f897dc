package org.gongkai.core.audit.rules.arith;

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

/** A rate one last digit off the printed figures: right only if the figures were residue-allocated. */
class RateResidueTest {
    private static List<Finding> run(String id, String sentence) {
        Disclosure d = Docs.budget(2025)
                .finalAccounts()
                .unit("上海市普陀区某某局")
                .heading(2, "十一", "其他重要事项的情况说明")
                .heading(3, "（一）", "机关运行经费支出情况")
                .para(sentence)
                .build();
        return RuleProbe.run(id, d, TestCodes.INSTANCE);
    }

    @Test
    @Fires("NARR.RATE-RESIDUE")
    void aRateOneLastDigitOff() {
        // 4.68 / (185.41 − 4.68) = 2.59%; 2.60% needs the change or the base moved by a whole display unit
        List<Finding> f = run("NARR.RATE-RESIDUE", "机关运行经费支出185.41万元，比2024年度增加4.68万元，增长2.60%。");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.actual()).isEqualTo("2.60%");
            assertThat(x.expected()).isEqualTo("2.59%");
            assertThat(x.location().quote()).isEqualTo("增长2.60%");
            assertThat(x.message()).contains("上年数180.73万元");
        });
        // a rate further off is NARR.RATE's, not this rule's
        assertThat(run("NARR.RATE-RESIDUE", "机关运行经费支出185.41万元，比2024年度增加4.68万元，增长2.70%。"))
                .isEmpty();
        assertThat(run("NARR.RATE", "机关运行经费支出185.41万元，比2024年度增加4.68万元，增长2.70%。"))
                .hasSize(1);
    }

    @Test
    @Silent("NARR.RATE-RESIDUE")
    void aRateRoundedFromThePrintedFigures() {
        assertThat(run("NARR.RATE-RESIDUE", "机关运行经费支出185.41万元，比2024年度增加4.68万元，增长2.59%。"))
                .isEmpty();
        assertThat(run("NARR.RATE", "机关运行经费支出185.41万元，比2024年度增加4.68万元，增长2.60%。"))
                .isEmpty();
    }
}
