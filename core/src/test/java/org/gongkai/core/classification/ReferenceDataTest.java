package org.gongkai.core.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.core.classification.CodeEntry.Level;
import org.junit.jupiter.api.Test;

class ReferenceDataTest {
    private final Classifications y2021 = ReferenceData.forYear(2021);

    @Test
    void shippedFilesLoadWithoutProblems() {
        assertThat(ReferenceData.problems()).isEmpty();
        assertThat(y2021.functionList().size()).isEqualTo(394);
        assertThat(y2021.departmentEconomicList().size()).isEqualTo(108);
        assertThat(y2021.governmentEconomicList().size()).isEqualTo(73);
    }

    @Test
    void forYearTagsTheYearAndIsCached() {
        assertThat(y2021.year()).isEqualTo(2021);
        assertThat(ReferenceData.forYear(2025).year()).isEqualTo(2025);
        // the same instance each time: the lists are parsed once (a timing here would fail on a busy machine)
        assertThat(ReferenceData.forYear(2021)).isSameAs(y2021);
        assertThat(ReferenceData.forYear(2025)).isSameAs(ReferenceData.forYear(2025));
    }

    @Test
    void looksUpByCode() {
        CodeEntry e = y2021.function("2010504").orElseThrow();
        assertThat(e.name()).isEqualTo("信息事务");
        assertThat(e.level()).isEqualTo(Level.ITEM);
        assertThat(e.parent()).isEqualTo("20105");
        assertThat(y2021.function("201 05 04")).contains(e);
        assertThat(y2021.function("2010598")).isEmpty();
        assertThat(y2021.departmentEconomic("30201").orElseThrow().name()).isEqualTo("办公费");
        assertThat(y2021.governmentEconomic("50101").orElseThrow().name()).isEqualTo("工资奖金津补贴");
        assertThat(y2021.departmentEconomic("2010504")).isEmpty();
    }

    @Test
    void walksTheTree() {
        CodeList f = y2021.functionList();
        assertThat(f.parent("2010504").orElseThrow().name()).isEqualTo("统计信息事务");
        assertThat(f.parent("201")).isEmpty();
        assertThat(f.ancestors("2010504")).extracting(CodeEntry::code).containsExactly("201", "20105");
        assertThat(f.ancestors("201")).isEmpty();
        assertThat(f.children("20105"))
                .extracting(CodeEntry::code)
                .startsWith("2010501", "2010502")
                .contains("2010504", "2010599")
                .allSatisfy(c -> assertThat(c).startsWith("20105").hasSize(7));
        assertThat(f.children("2010504")).isEmpty();
    }

    @Test
    void functionClassesAreAllClassesInCodeOrder() {
        List<CodeEntry> classes = y2021.functionClasses();
        assertThat(classes).hasSize(30);
        assertThat(classes)
                .extracting(CodeEntry::code)
                .isSorted()
                .startsWith("201", "202")
                .endsWith("234");
        assertThat(classes).allSatisfy(c -> assertThat(c.level()).isEqualTo(Level.CLASS));
    }

    @Test
    void looksUpByNameExactAndNormalised() {
        CodeList eco = y2021.departmentEconomicList();
        assertThat(eco.byName("因公出国（境）费用")).extracting(CodeEntry::code).containsExactly("30212");
        assertThat(eco.byName("因公出国(境)费用")).isEmpty();
        assertThat(eco.byNormalizedName("因公出国(境) 费用"))
                .extracting(CodeEntry::code)
                .containsExactly("30212");
        assertThat(eco.byNormalizedName("因公出国〔境〕费用"))
                .extracting(CodeEntry::code)
                .containsExactly("30212");
        // the same name under many 款: every one, in code order
        assertThat(y2021.functionList().byName("行政运行"))
                .hasSizeGreaterThan(5)
                .extracting(CodeEntry::code)
                .isSorted()
                .contains("2010101", "2010501");
    }

    @Test
    void droppedZhiChuIsNotTheSameName() {
        CodeList f = y2021.functionList();
        assertThat(f.byNormalizedName("其他一般公共服务")).isEmpty();
        assertThat(f.byNormalizedName("其他一般公共服务支出")).extracting(CodeEntry::code).contains("20199", "2019999");
    }
}
