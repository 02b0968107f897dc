package org.gongkai.core.audit.rules.conformity;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The guards before the narrative code patterns are necessary conditions: they never hide a code. */
class CodeRefsGuardsTest {
    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("0123（(）):：类款项一般公共服务 ２").ofMaxLength(30);
    }

    @Property(tries = 3000)
    void levelMarkerGuardLetsEveryLevelMentionThrough(@ForAll("texts") String s) {
        if (CodeRefs.LEVEL_MENTION.matcher(s).find()) {
            assertThat(CodeRefs.hasLevelMarker(s)).as(s).isTrue();
        }
    }

    @Property(tries = 3000)
    void digitGuardLetsEveryInlineCodeThrough(@ForAll("texts") String s) {
        if (CodeRefs.INLINE_CODE.matcher(s).find()) {
            assertThat(CodeRefs.hasFiveDigits(s)).as(s).isTrue();
        }
    }

    @Test
    void guardsPassTheirFormsAndStopPlainText() {
        assertThat(CodeRefs.hasLevelMarker("一般公共服务（类：201）")).isTrue();
        assertThat(CodeRefs.hasLevelMarker("财政事务(款:05)")).isTrue();
        assertThat(CodeRefs.hasLevelMarker("一般公共服务支出（类）")).isFalse();
        assertThat(CodeRefs.hasFiveDigits("2010504信息事务")).isTrue();
        assertThat(CodeRefs.hasFiveDigits("2021年预算数为268.22万元")).isFalse();
    }
}
