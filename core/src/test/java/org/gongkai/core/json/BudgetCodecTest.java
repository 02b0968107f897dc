package org.gongkai.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.gongkai.core.amount.Amount;
import org.gongkai.core.budget.Assets;
import org.gongkai.core.budget.Budget;
import org.gongkai.core.budget.Comparative;
import org.gongkai.core.budget.ExpenditureKind;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.budget.FundSource;
import org.gongkai.core.budget.IncomeLine;
import org.gongkai.core.budget.IncomeSource;
import org.gongkai.core.budget.Procurement;
import org.gongkai.core.budget.Project;
import org.gongkai.core.budget.QuantityKey;
import org.gongkai.core.budget.Staffing;
import org.gongkai.core.budget.ThreePublic;
import org.gongkai.core.budget.UnitProfile;
import org.gongkai.core.json.JsonFormatException.Problem;
import org.junit.jupiter.api.Test;

class BudgetCodecTest {

    static Budget sample() {
        UnitProfile unit = new UnitProfile(
                "测试中心",
                "测试中心",
                "001",
                UnitProfile.UnitType.ADMINISTRATIVE,
                List.of("职能一", "职能二"),
                List.of("综合科"),
                List.of(),
                new Staffing(10, 8, 7, 1, 0, -1, 0, 0),
                0,
                0);
        Project project = new Project(
                "P1",
                "网络运维经费",
                "2010504",
                "依据",
                "本单位",
                "分配",
                "全年",
                null,
                new Project.PerformanceTarget(
                        "测试中心",
                        Amount.ofYuan("12000.00"),
                        Amount.ZERO,
                        "保障运行",
                        List.of(new Project.Indicator("产出指标", "数量指标", "设备数", "≥30台"))));
        return new Budget(
                2021,
                2021,
                "xinjiang-2021",
                unit,
                List.of(new IncomeLine(IncomeSource.GP_APPROP, "2010504", Amount.ofYuan("112000.50"))),
                List.of(
                        new ExpenditureLine(
                                "2010504",
                                "30101",
                                ExpenditureKind.BASIC,
                                FundSource.GENERAL_BUDGET,
                                Amount.ofYuan("100000.50"),
                                null),
                        new ExpenditureLine(
                                "2010504",
                                "30213",
                                ExpenditureKind.PROJECT,
                                FundSource.GENERAL_BUDGET,
                                Amount.ofYuan("12000"),
                                "P1")),
                List.of(project),
                new ThreePublic(Amount.ZERO, Amount.ZERO, Amount.ZERO, Amount.ofYuan(5000)),
                null,
                new Procurement(Amount.ofYuan(100), Amount.ZERO, Amount.ZERO, Amount.ZERO, Amount.ZERO),
                new Assets(
                        new BigDecimal("120.5"),
                        Amount.ofYuan(1000),
                        List.of(new Assets.VehicleGroup("一般公务用车", 1, Amount.ofYuan(200000))),
                        Amount.ZERO,
                        Amount.ZERO,
                        0,
                        0,
                        Amount.ZERO,
                        0,
                        0),
                Map.of(
                        QuantityKey.TOTAL,
                        new Comparative(Amount.ofYuan(110000), "人员增加"),
                        QuantityKey.threePublic(ThreePublic.Item.RECEPTION),
                        new Comparative(Amount.ofYuan(5000), "")),
                "",
                "2021-02-05");
    }

    @Test
    void writeThenReadGivesTheSameBudget() {
        Budget b = sample();
        String json = BudgetCodec.write(b);
        assertThat(BudgetCodec.read(json)).isEqualTo(b);
        assertThat(BudgetCodec.write(BudgetCodec.read(json))).isEqualTo(json);
    }

    @Test
    void amountsAreWrittenAsYuanStringsWithTwoDecimals() {
        String json = BudgetCodec.write(sample());
        assertThat(json).contains("\"amount\": \"100000.50\"").contains("\"amount\": \"12000.00\"");
        assertThat(json).contains("\"amountUnit\": \"元\"");
    }

    @Test
    void keyOrderIsStable() {
        String json = BudgetCodec.write(sample());
        assertThat(json.indexOf("\"fiscalYear\""))
                .isLessThan(json.indexOf("\"unit\""))
                .isLessThan(json.indexOf("\"expenditure\""));
        // comparatives sorted by key
        assertThat(json.indexOf("\"threePublic.RECEPTION\": {")).isLessThan(json.indexOf("\"total\": {"));
    }

    @Test
    void acceptsNumbersAndStringsForAmounts() {
        String json = BudgetCodec.write(sample()).replace("\"amount\": \"100000.50\"", "\"amount\": 100000.5");
        assertThat(BudgetCodec.read(json)).isEqualTo(sample());
    }

    @Test
    void convertsWanYuanExactly() {
        String json = BudgetCodec.write(sample())
                .replace("\"amountUnit\": \"元\"", "\"amountUnit\": \"万元\"")
                .replace("\"amount\": \"100000.50\"", "\"amount\": 10.00005");
        Budget b = BudgetCodec.read(json);
        assertThat(b.expenditure().get(0).amount()).isEqualTo(Amount.ofYuan("100000.50"));
        // every other amount was also read as 万元
        assertThat(b.expenditure().get(1).amount()).isEqualTo(Amount.ofYuan("120000000"));
    }

    @Test
    void wanYuanBeyondTheFenIsRejected() {
        String json = BudgetCodec.write(sample())
                .replace("\"amountUnit\": \"元\"", "\"amountUnit\": \"万元\"")
                .replace("\"amount\": \"100000.50\"", "\"amount\": 10.0000505");
        BudgetFormatException e = catchThrowableOfType(BudgetFormatException.class, () -> BudgetCodec.read(json));
        assertThat(e.problems()).containsExactly(new Problem("$.expenditure[0].amount", "金额（万元，最多六位小数）", "10.0000505"));
    }

    @Test
    void collectsEveryProblemWithPathExpectedAndFound() {
        String json = BudgetCodec.write(sample())
                .replace("\"amount\": \"100000.50\"", "\"amount\": \"12.345\"")
                .replace("\"economicCode\": \"30213\"", "\"economicCode\": \"302\"")
                .replace("\"name\": \"测试中心\"", "\"nmae\": \"测试中心\"")
                .replace("\"kind\": \"BASIC\"", "\"kind\": \"基本\"");
        BudgetFormatException e = catchThrowableOfType(BudgetFormatException.class, () -> BudgetCodec.read(json));
        assertThat(e.problems())
                .extracting(Problem::path)
                .containsExactlyInAnyOrder(
                        "$.unit.name",
                        "$.unit.nmae",
                        "$.expenditure[0].kind",
                        "$.expenditure[0].amount",
                        "$.expenditure[1].economicCode");
        assertThat(e.getMessage())
                .contains("$.expenditure[0].amount：应为金额（元，最多两位小数），实际为 \"12.345\"")
                .contains("$.unit.nmae")
                .contains("未知字段 \"nmae\"（是否应为 \"name\"？）")
                .contains("$.unit.name：应为文本，实际为 缺失");
    }

    @Test
    void rejectsNegativeAmountsAndBadDatesAndUnknownComparatives() {
        String json = BudgetCodec.write(sample())
                .replace("\"amount\": \"100000.50\"", "\"amount\": -1")
                .replace("\"issueDate\": \"2021-02-05\"", "\"issueDate\": \"2021-02-30\"")
                .replace("\"total\": {", "\"totl\": {");
        BudgetFormatException e = catchThrowableOfType(BudgetFormatException.class, () -> BudgetCodec.read(json));
        assertThat(e.problems())
                .extracting(Problem::path)
                .containsExactlyInAnyOrder("$.expenditure[0].amount", "$.issueDate", "$.comparatives.totl");
    }

    @Test
    void projectLinesMustNameAKnownProject() {
        String json = BudgetCodec.write(sample()).replace("\"projectId\": \"P1\"", "\"projectId\": \"P9\"");
        BudgetFormatException e = catchThrowableOfType(BudgetFormatException.class, () -> BudgetCodec.read(json));
        assertThat(e.problems()).extracting(Problem::path).containsExactly("$.expenditure[1].projectId");
    }

    @Test
    void unknownFieldFarFromAnyKnownOneGetsNoSuggestion() {
        String json = BudgetCodec.write(sample()).replace("\"otherMatters\": \"\"", "\"remarks\": \"\"");
        BudgetFormatException e = catchThrowableOfType(BudgetFormatException.class, () -> BudgetCodec.read(json));
        assertThat(e.problems()).extracting(Problem::found).containsExactly("未知字段 \"remarks\"");
    }

    @Test
    void notesAreAcceptedAsDocumentation() {
        String json = BudgetCodec.write(sample(), List.of("说明一", "说明二"));
        assertThat(json).contains("\"notes\": [");
        assertThat(BudgetCodec.read(json)).isEqualTo(sample());
    }

    @Test
    void badJsonSyntaxIsOneProblemAtTheRoot() {
        BudgetFormatException e =
                catchThrowableOfType(BudgetFormatException.class, () -> BudgetCodec.read("{\"fiscalYear\": }"));
        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0).found()).contains("第1行");
    }

    @Test
    void absurdNestingIsAProblemNotAStackOverflow() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        BudgetFormatException e = catchThrowableOfType(BudgetFormatException.class, () -> BudgetCodec.read(deep));
        assertThat(e.problems().get(0).found()).contains("嵌套超过");
        // legitimate nesting below the limit still parses
        assertThat(Json.parse("[".repeat(Json.MAX_DEPTH) + "]".repeat(Json.MAX_DEPTH)))
                .isInstanceOf(List.class);
    }

    @Test
    void missingTopLevelSectionsAreNamed() {
        BudgetFormatException e = catchThrowableOfType(BudgetFormatException.class, () -> BudgetCodec.read("{}"));
        assertThat(e.problems())
                .extracting(Problem::path)
                .containsExactlyInAnyOrder(
                        "$.fiscalYear", "$.classificationYear", "$.templateId", "$.unit", "$.income", "$.expenditure");
    }
}
