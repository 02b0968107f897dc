package org.gongkai.core.classification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodeCheckTest {
    private final Classifications y2021 = ReferenceData.forYear(2021);

    @Test
    void knownCodeWithItsNameIsValid() {
        CodeCheck c = y2021.checkFunction("2010504", "信息事务");
        assertThat(c.status()).isEqualTo(CodeStatus.VALID);
        assertThat(c.officialName()).isEqualTo("信息事务");
        assertThat(c.detail()).isEmpty();
        assertThat(y2021.checkFunction("20105", "统计信息事务").status()).isEqualTo(CodeStatus.VALID);
        assertThat(y2021.checkFunction("201", null).status()).isEqualTo(CodeStatus.VALID);
        assertThat(y2021.checkFunction("2010504", "").status()).isEqualTo(CodeStatus.VALID);
    }

    @Test
    void splitAndFullWidthCodesAreAccepted() {
        assertThat(y2021.checkFunction("201 05 04", "信息事务").status()).isEqualTo(CodeStatus.VALID);
        assertThat(y2021.checkFunction("201　05　04", "信息事务").status()).isEqualTo(CodeStatus.VALID);
        assertThat(y2021.checkFunction("２０１０５０４", "信息事务").status()).isEqualTo(CodeStatus.VALID);
    }

    @Test
    void knownCodeWithAnotherNameIsNameMismatch() {
        CodeCheck c = y2021.checkFunction("2010504", "行政运行");
        assertThat(c.status()).isEqualTo(CodeStatus.NAME_MISMATCH);
        assertThat(c.officialName()).isEqualTo("信息事务");
        assertThat(c.detail()).contains("2010504", "信息事务", "行政运行");
        assertThat(y2021.checkFunction("2019999", "其他一般公共服务").status()).isEqualTo(CodeStatus.NAME_MISMATCH);
    }

    @Test
    void presentationDifferencesAreNotMismatches() {
        assertThat(y2021.checkDepartmentEconomic("30212", "因公出国(境)费用").status()).isEqualTo(CodeStatus.VALID);
        assertThat(y2021.checkDepartmentEconomic("30212", " 因公出国（境） 费用 ").status())
                .isEqualTo(CodeStatus.VALID);
        assertThat(y2021.checkDepartmentEconomic("30212", "因公出国费用").status()).isEqualTo(CodeStatus.NAME_MISMATCH);
    }

    @Test
    void wellFormedCodeOutsideOurListsIsUnknownNotAnError() {
        CodeCheck c = y2021.checkFunction("2240299", "其他消防救援事务支出");
        assertThat(c.status()).isEqualTo(CodeStatus.UNKNOWN);
        assertThat(c.officialName()).isEmpty();
        assertThat(c.detail()).contains("2240299", "不完整");
        assertThat(y2021.checkDepartmentEconomic("30299", "其他商品和服务支出").status())
                .isIn(CodeStatus.VALID, CodeStatus.UNKNOWN);
    }

    @Test
    void malformedCodes() {
        assertThat(y2021.checkFunction("20105A4", "信息事务").status()).isEqualTo(CodeStatus.MALFORMED);
        assertThat(y2021.checkFunction("201054", "信息事务").status()).isEqualTo(CodeStatus.MALFORMED);
        assertThat(y2021.checkFunction("", "信息事务").status()).isEqualTo(CodeStatus.MALFORMED);
        assertThat(y2021.checkFunction(null, null).status()).isEqualTo(CodeStatus.MALFORMED);
        CodeCheck noClass = y2021.checkFunction("2990101", "某事务");
        assertThat(noClass.status()).isEqualTo(CodeStatus.MALFORMED);
        assertThat(noClass.detail()).contains("299");
        // a 3-digit code that is not a class is only unknown: the class list itself may be incomplete
        assertThat(y2021.checkFunction("299", null).status()).isEqualTo(CodeStatus.UNKNOWN);
        // economic codes have no 项
        CodeCheck seven = y2021.checkDepartmentEconomic("3020101", "办公费");
        assertThat(seven.status()).isEqualTo(CodeStatus.MALFORMED);
        assertThat(seven.detail()).contains("7位", "3位（类）或5位（款）");
        assertThat(y2021.checkDepartmentEconomic("30801", null).status()).isEqualTo(CodeStatus.MALFORMED);
    }

    @Test
    void candidatesForANameUnderAParent() {
        CodeList f = y2021.functionList();
        assertThat(f.candidates("信息事务", "20105")).extracting(CodeEntry::code).startsWith("2010504");
        assertThat(f.candidates("行政运行", "20105")).extracting(CodeEntry::code).startsWith("2010501");
        assertThat(f.candidates("行政运行", "")).hasSizeGreaterThan(5);
        assertThat(f.candidates("统计信息", "201")).extracting(CodeEntry::code).contains("20105");
        assertThat(f.candidates("完全无关的名称", "20105")).isEmpty();
        assertThat(f.candidates("", "20105")).isEmpty();
    }
}
