package org.gongkai.core.classification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodesTest {
    @Test
    void normalizesJoinedAndSplitCodes() {
        assertThat(Codes.normalize("2010504")).isEqualTo("2010504");
        assertThat(Codes.normalize("201 05 04")).isEqualTo("2010504");
        assertThat(Codes.normalize("201　05　04")).isEqualTo("2010504");
        assertThat(Codes.normalize(" 201\t05\u00a004 ")).isEqualTo("2010504");
        assertThat(Codes.normalize("２０１")).isEqualTo("201");
    }

    @Test
    void anythingElseIsNotACode() {
        assertThat(Codes.normalize("201-05")).isEmpty();
        assertThat(Codes.normalize("合计")).isEmpty();
        assertThat(Codes.normalize("")).isEmpty();
        assertThat(Codes.normalize(null)).isEmpty();
    }

    @Test
    void namesNormaliseOnlyPresentation() {
        assertThat(Names.same("因公出国（境）费用", "因公出国(境)费用")).isTrue();
        assertThat(Names.same("维修（护）费", "维修 〔护〕 费")).isTrue();
        assertThat(Names.same("ＡＢＣ１２３", "ABC123")).isTrue();
        assertThat(Names.same("其他统计信息事务支出", "其他统计信息事务")).isFalse();
        assertThat(Names.same("行政运行", "信息事务")).isFalse();
        assertThat(Names.same("资本性支出（一）", "资本性支出（二）")).isFalse();
    }
}
