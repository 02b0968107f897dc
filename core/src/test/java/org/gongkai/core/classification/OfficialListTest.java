package org.gongkai.core.classification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OfficialListTest {
    @Test
    void officialNamesWinAndNewCodesBecomeKnown() {
        Loaded<Classifications> loaded = ReferenceData.withOfficialList(
                2030,
                "科目编码,科目名称\n" + "201 05,统计信息事务\n" + "201 05 04,统计信息化建设\n" + "2240299,其他消防救援事务支出\n" + "22402,消防救援事务\n");
        assertThat(loaded.problems()).isEmpty();
        Classifications c = loaded.value();
        assertThat(c.year()).isEqualTo(2030);
        assertThat(c.checkFunction("2010504", "信息事务").status()).isEqualTo(CodeStatus.NAME_MISMATCH);
        assertThat(c.checkFunction("2010504", "统计信息化建设").status()).isEqualTo(CodeStatus.VALID);
        assertThat(c.checkFunction("2240299", "其他消防救援事务支出").status()).isEqualTo(CodeStatus.VALID);
        assertThat(c.function("2240299").orElseThrow().confidence()).isEqualTo("official");
        assertThat(c.functionList().ancestors("2240299"))
                .extracting(CodeEntry::code)
                .containsExactly("224", "22402");
        // codes the official text does not mention stay known
        assertThat(c.checkFunction("2010501", "行政运行").status()).isEqualTo(CodeStatus.VALID);
        // the shipped lists and the cache are untouched
        assertThat(ReferenceData.forYear(2030).checkFunction("2010504", "信息事务").status())
                .isEqualTo(CodeStatus.VALID);
        assertThat(ReferenceData.forYear(2030).checkFunction("2240299", null).status())
                .isEqualTo(CodeStatus.UNKNOWN);
    }

    @Test
    void officialTextIsValidatedToo() {
        Loaded<Classifications> loaded = ReferenceData.withOfficialList(
                2030,
                CodeScheme.DEPARTMENT_ECONOMIC,
                "code,name\n30201,办公费（官方）\n30299,\n3989901,奇怪\n39801,无上级\n30201,重复\n");
        assertThat(loaded.problems()).extracting(LoadProblem::line).containsExactly(3, 4, 5, 6);
        assertThat(loaded.problems().get(0).source()).contains("2030", "部门预算支出经济分类");
        assertThat(loaded.value().departmentEconomic("30201").orElseThrow().name())
                .isEqualTo("办公费（官方）");
        assertThat(loaded.value().functionList())
                .isSameAs(ReferenceData.forYear(2030).functionList());
    }

    @Test
    void officialListsCanBeStacked() {
        Classifications f = ReferenceData.withOfficialList(2031, "code,name\n2010504,统计信息化建设\n")
                .value();
        Classifications both = ReferenceData.withOfficialList(
                        f, CodeScheme.DEPARTMENT_ECONOMIC, "code,name\n30201,办公经费\n")
                .value();
        assertThat(both.function("2010504").orElseThrow().name()).isEqualTo("统计信息化建设");
        assertThat(both.departmentEconomic("30201").orElseThrow().name()).isEqualTo("办公经费");
    }
}
