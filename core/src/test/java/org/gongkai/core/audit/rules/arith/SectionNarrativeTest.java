package org.gongkai.core.audit.rules.arith;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.core.audit.Docs;
import org.gongkai.core.audit.Finding;
import org.gongkai.core.audit.Fires;
import org.gongkai.core.audit.RuleProbe;
import org.gongkai.core.audit.Silent;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.Table;
import org.gongkai.core.testing.TestCodes;
import org.junit.jupiter.api.Test;

/** Narrative checks over figures a section states in more than one paragraph or sentence. */
class SectionNarrativeTest {
    private static List<Finding> run(String id, Disclosure d) {
        return RuleProbe.run(id, d, TestCodes.INSTANCE);
    }

    private static Disclosure overview(String appropriationChange) {
        return Docs.budget(2026)
                .para("支出预算328,661万元，其中：财政拨款支出预算328,661万元，比2025年预算增加" + appropriationChange
                        + "万元。财政拨款支出预算中，一般公共预算拨款支出预算49,376万元，比2025年预算减少5,965万元；政府性基金拨款支出预算279,285.70万元，"
                        + "比2025年预算增加119,614万元；国有资本经营预算拨款支出预算0万元，与2025年预算持平。")
                .build();
    }

    @Test
    @Fires("NARR.CHANGE-SUM")
    @Silent("NARR.CHANGE-SUM")
    @Silent("NARR.LIST-SUM")
    void appropriationChangeIsTheSumOfTheBudgetTypesChanges() {
        assertThat(run("NARR.CHANGE-SUM", overview("113,649"))).isEmpty();
        // 328,661 is 49,376 + 279,285.70 + 0 cut to whole 万元: no list-sum finding.
        assertThat(run("NARR.LIST-SUM", overview("113,649"))).isEmpty();
        assertThat(run("NARR.CHANGE-SUM", overview("115,649"))).singleElement().satisfies(f -> {
            assertThat(f.actual()).isEqualTo("115649.00");
            assertThat(f.expected()).isEqualTo("113649.00");
            assertThat(f.locations().get(0).quote()).isEqualTo("增加115,649万元");
        });
    }

    private static Disclosure threePublic(String vehicleRate, String receptionRate) {
        return Docs.budget(2025)
                .finalAccounts()
                .heading(2, "七", "财政拨款“三公”经费支出决算情况说明")
                .para("“三公”经费财政拨款支出决算为 19.86 万元，其中：公务用车购置及运行维护费支出决算为 19.56 万元；公务接待费支出决算为 0.3 万元。")
                .para("2025 年度“三公”经费财政拨款支出决算数比 2024 年度减少 3.59 万元，下降 15.31%，其中：公务用车购置及运行维护费支出决算减少 3.59 万元，" + vehicleRate
                        + "；公务接待费支出决算增加 0.3 万元" + receptionRate + "。")
                .build();
    }

    @Test
    @Fires("NARR.NEW")
    @Silent("NARR.NEW")
    @Fires("NARR.RATE")
    @Silent("NARR.RATE")
    void ratesOfAmountsStatedInTheParagraphBefore() {
        Disclosure right = threePublic("下降 15.51%", "，主要原因是新增公务接待");
        assertThat(run("NARR.RATE", right)).isEmpty();
        assertThat(run("NARR.NEW", right)).isEmpty();
        Disclosure wrong = threePublic("下降 15.31%", "，增长 100%");
        assertThat(run("NARR.RATE", wrong)).singleElement().satisfies(f -> {
            assertThat(f.actual()).isEqualTo("15.31%");
            assertThat(f.expected()).isEqualTo("15.51%");
            assertThat(f.message()).contains("上年数23.15万元");
        });
        assertThat(run("NARR.NEW", wrong)).singleElement().satisfies(f -> {
            assertThat(f.locations().get(0).quote()).isEqualTo("增长 100%");
            assertThat(f.expected()).isEqualTo("新增");
        });
    }

    private static Disclosure operating(String units, String stated) {
        List<Table.Column> cols = List.of(
                new Table.Column("name", "经济分类科目名称", Table.ColumnType.LABEL),
                new Table.Column("total", "合计", Table.ColumnType.AMOUNT),
                new Table.Column("personnel", "人员经费", Table.ColumnType.AMOUNT),
                new Table.Column("public", "公用经费", Table.ColumnType.AMOUNT));
        return Docs.budget(2026)
                .para("本部门中，" + units + "，具体包括：")
                .table("T6", "", "一般公共预算基本支出部门预算经济分类预算表", cols, List.of(), "合计|100.00|70.00|30.00")
                .heading(2, "二", "机关运行经费预算")
                .para("2026年本部门下属1家机关和0家参公事业单位财政拨款的机关运行经费预算为" + stated + "万元。")
                .build();
    }

    @Test
    @Fires("NT.OPERATING")
    @Silent("NT.OPERATING")
    void operatingCostsOfADepartmentWithInstitutionsAreAPartOfItsPublicCosts() {
        // Only 行政 and 参公 units: 机关运行经费 is the whole 公用经费.
        assertThat(run("NT.OPERATING", operating("行政单位1家", "30.00"))).isEmpty();
        assertThat(run("NT.OPERATING", operating("行政单位1家", "12.00"))).hasSize(1);
        // With 事业单位 their 公用经费 is in 表六 but no 机关运行经费: smaller is right, larger is not.
        assertThat(run("NT.OPERATING", operating("行政单位1家，事业单位4家", "12.00"))).isEmpty();
        assertThat(run("NT.OPERATING", operating("行政单位1家，参公单位1家，事业单位3家", "32.00")))
                .singleElement()
                .satisfies(f -> assertThat(f.actual()).isEqualTo("32.00"));
        // 参公 units count as 机关.
        assertThat(run("NT.OPERATING", operating("行政单位1家，参公事业单位1家", "12.00"))).hasSize(1);
    }
}
