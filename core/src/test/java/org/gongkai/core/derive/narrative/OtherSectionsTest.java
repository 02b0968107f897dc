package org.gongkai.core.derive.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.core.derive.narrative.NarrativeWriterTest.section;
import static org.gongkai.core.derive.narrative.NarrativeWriterTest.write;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.amount.Amount;
import org.gongkai.core.budget.Assets;
import org.gongkai.core.budget.Budget;
import org.gongkai.core.budget.FundSource;
import org.gongkai.core.budget.IncomeSource;
import org.gongkai.core.budget.Procurement;
import org.gongkai.core.budget.Project;
import org.gongkai.core.budget.QuantityKey;
import org.gongkai.core.budget.ThreePublic;
import org.gongkai.core.budget.UnitProfile;
import org.gongkai.core.derive.DerivationIssue;
import org.gongkai.core.disclosure.Block;
import org.junit.jupiter.api.Test;

/** Sections 七 to 十 of the xinjiang-2021 style on small budgets. */
class OtherSectionsTest {

    @Test
    void projectWithoutPolicyBasisIsReportedAndSubsidyProjectsGoToCaseTwo() {
        Budgets b = Budgets.kezhouLike();
        Project p1 = b.projects.get(0);
        b.projects.set(
                0,
                new Project(
                        p1.id(),
                        p1.name(),
                        p1.functionCode(),
                        "",
                        p1.undertakingUnit(),
                        p1.allocation(),
                        p1.executionPeriod(),
                        null,
                        null));
        Project p2 = b.projects.get(1);
        b.projects.set(
                1,
                new Project(
                        p2.id(),
                        "困难补助",
                        p2.functionCode(),
                        "文件",
                        "本单位",
                        "发放",
                        "全年",
                        new Project.PersonalSubsidy("财政拨款", "20人", "每人每月300元", "困难职工", "打卡发放", "审核后发放", "困难职工"),
                        null));
        List<DerivationIssue> issues = new ArrayList<>();
        String text = section(write(b.build(), issues), "第三部分/七");
        assertThat(text).contains("设立的政策依据：（未填写）");
        assertThat(issues)
                .anyMatch(i ->
                        i.code().equals("PROJECT-DETAIL-MISSING") && i.path().equals("$.projects[0].policyBasis"));
        String caseTwo = text.substring(text.indexOf("情况二"));
        assertThat(caseTwo)
                .contains("1、项目名称：困难补助", "预算安排规模：6.00万元", "补贴标准：每人每月300元")
                .doesNotContain("项目名称：无");
        assertThat(text.substring(0, text.indexOf("情况二"))).doesNotContain("困难补助");
    }

    @Test
    void threePublicChangesWithReasonsAndVehiclePurchaseArranged() {
        Budgets b = Budgets.kezhouLike();
        b.threePublic = new ThreePublic(Amount.ZERO, Budgets.wan("30"), Budgets.wan("2"), Budgets.wan("0.50"));
        b.last(QuantityKey.THREE_PUBLIC, "3.50", "更新公务用车")
                .last(QuantityKey.threePublic(ThreePublic.Item.ABROAD), "1", "")
                .last(QuantityKey.threePublic(ThreePublic.Item.VEHICLE_PURCHASE), "0", "车辆报废更新")
                .last(QuantityKey.threePublic(ThreePublic.Item.VEHICLE_OPERATION), "2", "")
                .last(QuantityKey.threePublic(ThreePublic.Item.RECEPTION), "0.50", "");
        List<DerivationIssue> issues = new ArrayList<>();
        String text = section(write(b.build(), issues), "第三部分/八");
        assertThat(text).contains("“三公”经费数为32.50万元，其中：因公出国（境）费0.00万元，公务用车购置费30.00万元，公务用车运行费2.00万元，公务接待费0.50万元。");
        assertThat(text)
                .contains("“三公”经费比上年增加29.00万元，主要原因是更新公务用车，其中：因公出国（境）费减少1.00万元；"
                        + "公务用车购置费新增30.00万元，主要原因是车辆报废更新；公务用车运行费与上年持平；公务接待费与上年持平。");
        // 因公出国（境）费 −100% without a reason must be reported; 持平 needs none.
        assertThat(issues)
                .extracting(DerivationIssue::path)
                .contains("$.comparatives['threePublic.ABROAD'].reason")
                .doesNotContain(
                        "$.comparatives['threePublic.VEHICLE_OPERATION'].reason",
                        "$.comparatives['threePublic.RECEPTION'].reason");
    }

    @Test
    void governmentFundSpendingIsListedByClass() {
        Budgets b = Budgets.kezhouLike();
        b.income(IncomeSource.GF_APPROP, "2120801", "100");
        b.project("F1", "2120801", "31002", FundSource.GOVERNMENT_FUND, "100");
        List<Block> blocks = write(b.build(), new ArrayList<>());
        assertThat(section(blocks, "第三部分/九")).isEqualTo("测试中心2021年政府性基金预算拨款支出100.00万元，包括：城乡社区支出100.00万元。");
        assertThat(section(blocks, "第三部分/四"))
                .contains("收入预算包括：一般公共预算拨款268.22万元、政府性基金预算拨款100.00万元。", "政府性基金预算支出包括：城乡社区支出100.00万元");
        // 七 lists 一般公共预算 projects only.
        assertThat(section(blocks, "第三部分/七")).doesNotContain("项目F1");
    }

    @Test
    void operatingCostsComparedOnLastYearsBaseWithTheBudgetYear() {
        Budgets b = Budgets.kezhouLike().last(QuantityKey.OPERATING_COSTS, "6.00", "新增办公场所");
        String text = section(write(b.build(), new ArrayList<>()), "第三部分/十/（一）");
        // 公用经费 7.31 − 6.00 = 1.31, on last year's base 21.83%.
        assertThat(text)
                .isEqualTo("2021年，测试中心本级及下属0家行政单位和0家事业单位的机关运行经费财政拨款预算7.31万元，" + "比上年预算增加1.31万元，增长21.83%。主要原因是新增办公场所。");
    }

    @Test
    void operatingCostsNotApplicableToPublicInstitutionsUnlessStated() {
        Budgets b = Budgets.kezhouLike();
        b.type = UnitProfile.UnitType.PUBLIC_INSTITUTION;
        List<DerivationIssue> issues = new ArrayList<>();
        assertThat(section(write(b.build(), issues), "第三部分/十/（一）")).isEqualTo("测试中心为事业单位，不涉及机关运行经费。");
        assertThat(issues).noneMatch(i -> i.path().contains("operatingCosts"));
        b.operatingCosts = Budgets.wan("5");
        b.last(QuantityKey.OPERATING_COSTS, "5", "");
        assertThat(section(write(b.build(), new ArrayList<>()), "第三部分/十/（一）")).contains("预算5.00万元，与上年预算持平");
    }

    @Test
    void procurementTotalIsGoodsWorksServicesAndReservationsAreChecked() {
        Budgets b = Budgets.kezhouLike();
        b.procurement = new Procurement(
                Budgets.wan("4.6"), Amount.ZERO, Budgets.wan("12"), Budgets.wan("20"), Budgets.wan("1"));
        List<DerivationIssue> issues = new ArrayList<>();
        String text = section(write(b.build(), issues), "第三部分/十/（二）");
        assertThat(text)
                .contains(
                        "政府采购预算16.60万元，其中：政府采购货物预算4.60万元，政府采购工程预算0.00万元，政府采购服务预算12.00万元。",
                        "面向中小企业预留政府采购项目预算金额20.00万元，其中：面向小微企业预留政府采购项目预算金额1.00万元。");
        assertThat(issues).anyMatch(i -> i.path().equals("$.procurement.smeReserved"));
        assertThat(issues).noneMatch(i -> i.path().equals("$.procurement.smallMicroReserved"));
    }

    @Test
    void assetsListEveryVehicleCategoryAndPlannedPurchases() {
        Budgets b = Budgets.kezhouLike();
        b.assets = new Assets(
                new BigDecimal("320.5"),
                Budgets.wan("150"),
                List.of(new Assets.VehicleGroup("执法执勤用车", 2, Budgets.wan("40"))),
                Budgets.wan("3.69"),
                Budgets.wan("371.59"),
                1,
                0,
                Budgets.wan("25"),
                0,
                1);
        String text = section(write(b.build(), new ArrayList<>()), "第三部分/十/（三）");
        assertThat(text)
                .contains(
                        "1.房屋320.5平方米，价值150.00万元。",
                        "2.车辆2辆，价值40.00万元；其中：一般公务用车0辆，价值0.00万元；执法执勤用车2辆，价值40.00万元；其他车辆0辆，价值0.00万元。",
                        "单位价值50万元以上大型设备1台（套），单位价值100万元以上大型设备0台（套）。",
                        "2021年部门预算安排购置车辆经费25.00万元，安排购置50万元以上大型设备0台（套），单位价值100万元以上大型设备1台（套）。");
    }

    @Test
    void performanceCountsProjectsWithTargetsAndTheirMoney() {
        Budgets b = Budgets.kezhouLike();
        Project p = b.projects.get(4); // 50.40万元
        b.projects.set(
                4,
                new Project(
                        p.id(),
                        p.name(),
                        p.functionCode(),
                        "依据",
                        "本单位",
                        "用途",
                        "全年",
                        null,
                        new Project.PerformanceTarget("测试中心", Budgets.wan("50.40"), Amount.ZERO, "目标", List.of())));
        assertThat(section(write(b.build(), new ArrayList<>()), "第三部分/十/（四）"))
                .startsWith("2021年度，本年度实行绩效管理的一般公共预算项目1个，涉及预算金额50.40万元。");
        assertThat(section(write(Budgets.kezhouLike().build(), new ArrayList<>()), "第三部分/十/（四）"))
                .isEqualTo("2021年度，测试中心无实行绩效管理的项目。");
    }

    @Test
    void otherMattersPrintTheBudgetsTextOrNone() {
        Budgets b = Budgets.kezhouLike();
        b.otherMatters = "本单位2021年无结转资金。\n部门预算已经审议。";
        assertThat(section(write(b.build(), new ArrayList<>()), "第三部分/十/（五）")).isEqualTo("本单位2021年无结转资金。\n部门预算已经审议。");
        Budget none = Budgets.kezhouLike().build();
        assertThat(section(write(none, new ArrayList<>()), "第三部分/十/（五）")).isEqualTo("测试中心无其他需说明的事项。");
    }
}
