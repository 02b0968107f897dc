package org.gongkai.core.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.core.amount.Amount;
import org.gongkai.core.budget.Budget;
import org.gongkai.core.budget.ExpenditureKind;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.budget.FundSource;
import org.gongkai.core.classification.ReferenceData;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.Table;
import org.gongkai.core.template.TableSpec;
import org.gongkai.core.template.Template;
import org.gongkai.core.template.Templates;
import org.gongkai.core.testing.SampleBudgets;
import org.junit.jupiter.api.Test;

class DeriverTest {
    private static final String XJ = "xinjiang-2021-dept-budget";

    private Disclosure derive() {
        return Deriver.derive(SampleBudgets.small(XJ), ReferenceData.forYear(2021))
                .disclosure();
    }

    @Test
    void summaryTableListsEveryClassAndBalances() {
        Table t1 = derive().table("T1").orElseThrow();
        assertThat(t1.title()).isEqualTo("部门收支总体情况表");
        assertThat(t1.number()).isEqualTo("表一");
        assertThat(t1.unitLabel()).isEqualTo("万元");
        // 30 classes 201…234 plus the totals row.
        assertThat(t1.rows()).hasSize(31);
        assertThat(t1.cell("APPROP|201", "income.amount")).isEqualTo("205.40");
        assertThat(t1.cell("GP_APPROP|202", "income.amount")).isEqualTo("205.40");
        assertThat(t1.cell("APPROP|201", "expenditure.amount")).isEqualTo("205.40");
        assertThat(t1.cell("GF_APPROP|203", "income.amount")).isEmpty();
        assertThat(t1.cell("total|total", "income.amount")).isEqualTo("205.40");
        assertThat(t1.cell("total|total", "expenditure.amount")).isEqualTo("205.40");
        assertThat(t1.rows().get(0).cells().get(2)).isEqualTo("201 一般公共服务支出");
    }

    @Test
    void expenditureTableSplitsBasicAndProjectAdditively() {
        Table t3 = derive().table("T3").orElseThrow();
        assertThat(t3.rows()).extracting(Table.Row::key).containsExactly("201", "20105", "2010504", "total");
        assertThat(t3.cell("2010504", "name")).isEqualTo("信息事务");
        assertThat(t3.cell("2010504", "code.section")).isEqualTo("05");
        // basic 1,430,000.00 元 exactly → 143.00; project 62.40; total 205.40
        assertThat(t3.cell("201", "basic")).isEqualTo("143.00");
        assertThat(t3.cell("201", "project")).isEqualTo("62.40");
        assertThat(t3.cell("total", "total")).isEqualTo("205.40");
    }

    @Test
    void basicExpenditureTableSplitsPersonnelAndPublicAndAddsUp() {
        Disclosure d = derive();
        Table t6 = d.table("T6").orElseThrow();
        assertThat(t6.cell("total", "total"))
                .isEqualTo(d.table("T5").orElseThrow().cell("total", "basic"));
        // 301 = 137.954321 万元, 302 = 2.885679: the 0.01 left over by the floors goes to 302 (larger
        // remainder), and inside 302 to 30201 (1.623456, remainder 0.003456 beats 30228's 0.002223).
        assertThat(t6.cell("301", "personnel")).isEqualTo("137.95");
        assertThat(t6.cell("302", "public")).isEqualTo("2.89");
        assertThat(t6.cell("30201", "public")).isEqualTo("1.63");
        assertThat(t6.cell("30228", "public")).isEqualTo("0.76");
        assertThat(t6.cell("30201", "personnel")).isEmpty();
        assertThat(t6.cell("303", "total")).isEqualTo("2.16");
        assertThat(t6.cell("total", "personnel")).isEqualTo("140.11");
        assertThat(t6.cell("total", "public")).isEqualTo("2.89");
    }

    @Test
    void emptyFundTableCarriesTheNote() {
        Table t9 = derive().table("T9").orElseThrow();
        assertThat(t9.isEmpty()).isTrue();
        assertThat(t9.notes()).containsExactly("备注：测试电子政务中心无政府性基金预算拨款安排的支出，故本表为空表。");
        Table t5 = derive().table("T5").orElseThrow();
        assertThat(t5.notes()).isEmpty();
    }

    @Test
    void shanghaiTemplateShowsYuanWithSeparatorsAndNumberedClasses() {
        Derivation r = Deriver.derive(SampleBudgets.small("shanghai-dept-budget"), ReferenceData.forYear(2021));
        Disclosure d = r.disclosure();
        Table t1 = d.table("T1").orElseThrow();
        assertThat(t1.title()).isEqualTo("2021年部门财务收支预算总表");
        assertThat(t1.unitLabel()).isEqualTo("元");
        assertThat(t1.rows()).hasSize(8);
        assertThat(t1.cell("APPROP|201", "expenditure.label")).isEqualTo("一、一般公共服务支出");
        assertThat(t1.cell("total|total", "income.amount")).isEqualTo("2,054,000.00");
        Table t6 = d.table("T6").orElseThrow();
        assertThat(t6.cell("30108", "personnel")).isEqualTo("176,543.21");
        assertThat(d.table("T9").orElseThrow().notes()).containsExactly("注:本部门2021年无政府性基金预算财政拨款安排的预算，故本表为空表。");
        assertThat(d.table("T10").orElseThrow().notes()).hasSize(1);
        Table t8 = d.table("T8").orElseThrow();
        assertThat(t8.unitLabel()).isEqualTo("万元");
        assertThat(t8.cell("budget", "RECEPTION")).isEqualTo("0.50");
        // 机关运行经费 = 一般公共预算基本支出公用经费, in the 三公 table's own unit.
        assertThat(t8.cell("budget", "operatingCosts")).isEqualTo("2.89");
        // Shanghai order: 一 职能, 二 机构, 三 名词解释, 四 编制说明 (narrative), 五 预算表, 六/七 (narrative again).
        assertThat(d.headings().filter(h -> h.level() == 1).map(h -> h.number()).toList())
                .containsExactly("一", "二", "三", "四", "五", "六", "七");
        assertThat(r.issues()).noneMatch(i -> i.code().equals("NARRATIVE-STYLE-MISSING"));
        int tables = d.blocks().indexOf(d.table("T1").orElseThrow());
        int six = d.blocks()
                .indexOf(d.headings()
                        .filter(h -> h.number().equals("六"))
                        .findFirst()
                        .orElseThrow());
        assertThat(tables).isLessThan(six);
    }

    @Test
    void unknownCodesAreReportedOnceAndLeaveTheNameBlank() {
        Budget b = SampleBudgets.small(XJ);
        List<ExpenditureLine> lines = new java.util.ArrayList<>(b.expenditure());
        lines.add(new ExpenditureLine(
                "2019898", "30101", ExpenditureKind.BASIC, FundSource.GENERAL_BUDGET, Amount.ofYuan("100.00"), null));
        Budget bad = new Budget(
                b.fiscalYear(),
                b.classificationYear(),
                b.templateId(),
                b.unit(),
                b.income(),
                lines,
                b.projects(),
                b.threePublic(),
                b.operatingCosts(),
                b.procurement(),
                b.assets(),
                b.comparatives(),
                b.otherMatters(),
                b.issueDate());
        Derivation r = Deriver.derive(bad, ReferenceData.forYear(2021));
        assertThat(r.disclosure().table("T3").orElseThrow().cell("2019898", "name"))
                .isEmpty();
        List<String> paths = r.issues().stream()
                .filter(i -> i.code().equals("CODE-UNKNOWN"))
                .map(i -> i.path())
                .toList();
        // 2019898 and its 款 20198 are unknown; each is reported once although tables and narrative name it.
        assertThat(paths).doesNotHaveDuplicates().anySatisfy(p -> assertThat(p).contains("2019898"));
        assertThat(Deriver.derive(SampleBudgets.small(XJ), ReferenceData.forYear(2021))
                        .issues())
                .noneMatch(i -> i.code().equals("CODE-UNKNOWN"));
    }

    @Test
    void sameQuantityShowsTheSameNumberInEveryTable() {
        Disclosure d = derive();
        String basic = d.table("T3").orElseThrow().cell("total", "basic");
        assertThat(d.table("T5").orElseThrow().cell("total", "basic")).isEqualTo(basic);
        assertThat(d.table("T6").orElseThrow().cell("total", "total")).isEqualTo(basic);
        assertThat(d.table("T7").orElseThrow().cell("total", "total"))
                .isEqualTo(d.table("T5").orElseThrow().cell("total", "project"));
    }

    @Test
    void unbalancedBudgetIsReportedAndBalancedOneIsNot() {
        Budget b = SampleBudgets.small(XJ);
        assertThat(Deriver.derive(b, ReferenceData.forYear(2021)).issues())
                .noneMatch(i -> i.code().equals("INCOME-EXPENDITURE-MISMATCH"));
        List<org.gongkai.core.budget.IncomeLine> income = new java.util.ArrayList<>(b.income());
        income.add(new org.gongkai.core.budget.IncomeLine(
                org.gongkai.core.budget.IncomeSource.GP_APPROP, SampleBudgets.FN, Amount.ofYuan("0.01")));
        Budget bad = new Budget(
                b.fiscalYear(),
                b.classificationYear(),
                b.templateId(),
                b.unit(),
                income,
                b.expenditure(),
                b.projects(),
                b.threePublic(),
                b.operatingCosts(),
                b.procurement(),
                b.assets(),
                b.comparatives(),
                b.otherMatters(),
                b.issueDate());
        assertThat(Deriver.derive(bad, ReferenceData.forYear(2021)).issues())
                .filteredOn(i -> i.code().equals("INCOME-EXPENDITURE-MISMATCH"))
                .singleElement()
                .satisfies(
                        i -> assertThat(i.message()).contains("GENERAL_BUDGET").contains("多0.01元"));
    }

    @Test
    void threePublicTableCanPrintLastYearsRowFromTheComparatives() {
        Template xj = Templates.byId(XJ);
        TableSpec t8 = xj.table("T8").orElseThrow();
        java.util.Map<String, String> labels = new java.util.HashMap<>(t8.labels());
        labels.put("lastYearRow", "上年预算数");
        TableSpec withLastYear = new TableSpec(
                t8.key(),
                t8.number(),
                t8.title(),
                t8.builder(),
                t8.unit(),
                t8.format(),
                t8.preparerLabel(),
                t8.filter(),
                t8.columns(),
                t8.codeStyle(),
                t8.depth(),
                t8.allClasses(),
                t8.classLabel(),
                t8.leftRows(),
                labels,
                t8.emptyNote());
        Budget b = SampleBudgets.small(XJ);
        Budget withComparatives = new Budget(
                b.fiscalYear(),
                b.classificationYear(),
                b.templateId(),
                b.unit(),
                b.income(),
                b.expenditure(),
                b.projects(),
                b.threePublic(),
                b.operatingCosts(),
                b.procurement(),
                b.assets(),
                java.util.Map.of(
                        "threePublic.RECEPTION", new org.gongkai.core.budget.Comparative(Amount.ofYuan("4999.00"), ""),
                        "threePublic.VEHICLE_OPERATION",
                                new org.gongkai.core.budget.Comparative(Amount.ofYuan("12345.67"), "")),
                b.otherMatters(),
                b.issueDate());
        Table t = org.gongkai.core.derive.table.TableBuilders.build(
                withLastYear,
                new org.gongkai.core.derive.table.TableContext(
                        withComparatives, ReferenceData.forYear(2021), xj, new java.util.ArrayList<>()));
        assertThat(t.rows()).extracting(Table.Row::key).containsExactly("budget", "lastYear");
        assertThat(t.cell("budget", "item")).isEqualTo("2021年预算数");
        assertThat(t.cell("lastYear", "item")).isEqualTo("上年预算数");
        // 0.4999 + 1.234567 = 1.734467 → 1.73, allocated 0.50 + 1.23 (not 0.50 + 1.24 = 1.74).
        assertThat(t.cell("lastYear", "total")).isEqualTo("1.73");
        assertThat(t.cell("lastYear", "RECEPTION")).isEqualTo("0.50");
        assertThat(t.cell("lastYear", "vehicles")).isEqualTo("1.23");
        assertThat(t.cell("lastYear", "VEHICLE_OPERATION")).isEqualTo("1.23");
        assertThat(t.cell("lastYear", "ABROAD")).isEmpty();
    }
}
