package org.gongkai.core.derive.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.gongkai.core.amount.Amount;
import org.gongkai.core.amount.DisplayUnit;
import org.gongkai.core.budget.Assets;
import org.gongkai.core.budget.Budget;
import org.gongkai.core.budget.IncomeSource;
import org.gongkai.core.budget.Procurement;
import org.gongkai.core.budget.QuantityKey;
import org.gongkai.core.budget.ThreePublic;
import org.gongkai.core.derive.DerivationIssue;
import org.gongkai.core.disclosure.Block;
import org.gongkai.core.disclosure.Heading;
import org.gongkai.core.disclosure.Paragraph;
import org.gongkai.core.testing.TestCodes;
import org.junit.jupiter.api.Test;

/**
 * The shanghai-2026 style (部门预算编制说明 / 其他相关情况说明 / 项目经费情况说明), worded like the 普陀区 2026
 * department budgets of the corpus (001, 011); the figures here are a small budget built for the test.
 */
class ShanghaiStyleTest {
    static List<Block> write(Budget b, List<DerivationIssue> issues) {
        // Tables are in 元; the style writes its text in 万元 regardless.
        return NarrativeWriter.write(b, TestCodes.INSTANCE, DisplayUnit.YUAN, "shanghai-2026", issues);
    }

    static String section(List<Block> blocks, String path) {
        return blocks.stream()
                .filter(b -> b instanceof Paragraph p && p.section().equals(path))
                .map(b -> ((Paragraph) b).text())
                .collect(Collectors.joining("\n"));
    }

    static Budgets cityBudget() {
        Budgets b = new Budgets();
        b.income(IncomeSource.GP_APPROP, "2010301", "4000").income(IncomeSource.GP_APPROP, "2210201", "748.35");
        b.basic("2010301", "30101", "2900").basic("2010301", "30201", "100").basic("2210201", "30113", "748.35");
        b.project("X1", "2010301", "30227", "1000");
        b.last(QuantityKey.income(IncomeSource.GP_APPROP), "4768.14", "项目支出减少")
                .last(QuantityKey.income(IncomeSource.GF_APPROP), "0", "")
                .last(QuantityKey.income(IncomeSource.SOE_APPROP), "0", "");
        b.threePublic = new ThreePublic(Amount.ZERO, Budgets.wan("75"), Budgets.wan("38.76"), Budgets.wan("0.46"));
        b.last(QuantityKey.THREE_PUBLIC, "87.22", "")
                .last(QuantityKey.threePublic(ThreePublic.Item.ABROAD), "0", "")
                .last(QuantityKey.threePublic(ThreePublic.Item.VEHICLE_PURCHASE), "48", "2026年度预计淘汰更新执法车辆5辆")
                .last(QuantityKey.threePublic(ThreePublic.Item.VEHICLE_OPERATION), "38.76", "严控公车运维科目开支")
                .last(QuantityKey.threePublic(ThreePublic.Item.RECEPTION), "0.46", "");
        b.procurement = new Procurement(
                Budgets.wan("77.10"), Amount.ZERO, Budgets.wan("518.18"), Budgets.wan("343.49"), Budgets.wan("178.85"));
        b.assets = new Assets(
                BigDecimal.ZERO,
                Amount.ZERO,
                List.of(new Assets.VehicleGroup("执法执勤用车", 63, Budgets.wan("900"))),
                Amount.ZERO,
                Amount.ZERO,
                0,
                2,
                Budgets.wan("75"),
                0,
                0);
        return b;
    }

    @Test
    void budgetExplanationStatesIncomeSpendingByBudgetTypeAndTheReason() {
        List<DerivationIssue> issues = new ArrayList<>();
        String text = section(write(cityBudget().build(), issues), "四");
        assertThat(text)
                .contains(
                        "2021年，测试中心收入预算4748.35万元，其中：财政拨款收入4748.35万元，比2020年预算减少19.79万元；事业收入0万元；事业单位经营收入0万元；其他收入0万元。",
                        "支出预算4748.35万元，其中：财政拨款支出预算4748.35万元，比2020年预算减少19.79万元。财政拨款支出预算中，"
                                + "一般公共预算拨款支出预算4748.35万元，比2020年预算减少19.79万元；政府性基金拨款支出预算0万元，与2020年预算持平；"
                                + "国有资本经营预算拨款支出预算0万元，与2020年预算持平。",
                        "财政拨款收入支出减少的主要原因是项目支出减少。",
                        "财政拨款支出主要内容如下：",
                        "1. “一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）”4000万元。",
                        "2. “住房保障支出（类）住房改革支出（款）住房公积金（项）”748.35万元。");
        assertThat(issues)
                .noneMatch(i -> i.path().contains("income.") || i.path().contains(ShanghaiSections.FISCAL_KEY));
    }

    @Test
    // The subtotal 公务用车购置及运行费 has no figure of its own; it takes the reasons of the items that changed.
    void threePublicLikeTheCorpusWording() {
        String text = section(write(cityBudget().build(), new ArrayList<>()), "六/一");
        assertThat(text)
                .isEqualTo(String.join(
                        "\n",
                        "2021年“三公”经费预算数为114.22万元，比2020年预算增加27万元。其中：",
                        "（一）因公出国（境）费0万元，与2020年预算持平。",
                        "（二）公务用车购置及运行费113.76万元，比2020年预算增加27万元，主要原因是2026年度预计淘汰更新执法车辆5辆。其中：公务用车购置费75万元，比2020年预算增加27万元，"
                                + "主要原因是2026年度预计淘汰更新执法车辆5辆；公务用车运行费38.76万元，与2020年预算持平，主要原因是严控公车运维科目开支。",
                        "（三）公务接待费0.46万元，与2020年预算持平。"));
    }

    @Test
    void otherMattersProcurementPerformanceAndAssets() {
        List<Block> blocks = write(cityBudget().build(), new ArrayList<>());
        assertThat(section(blocks, "六/三"))
                .isEqualTo("2021年本部门政府采购预算595.28万元，其中：政府采购货物预算77.10万元、政府采购工程预算0万元、政府采购服务预算518.18万元。\n"
                        + "2021年本部门面向中小企业预留政府采购项目预算金额343.49万元，其中，预留给小型和微型企业的政府采购项目预算为178.85万元。");
        assertThat(section(blocks, "六/五"))
                .contains(
                        "共有车辆63辆，其中：部级领导干部用车0辆、主要领导干部用车0辆、机要通信用车0辆、应急保障用车0辆、执法执勤用车63辆、"
                                + "特种专业技术用车0辆、离退休干部用车0辆、其他用车0辆；单价100万元（含）以上设备（不含车辆）2台（套）。",
                        "2021年部门预算安排购置车辆经费75万元");
        assertThat(section(blocks, "六/二")).contains("下属0家机关和0家事业单位财政拨款的机关运行经费预算为100万元。");
    }

    @Test
    void eachProjectGetsItsOwnExplanation() {
        List<Block> blocks = write(cityBudget().build(), new ArrayList<>());
        assertThat(blocks).anyMatch(b -> b instanceof Heading h && h.text().equals("项目X1项目经费情况说明"));
        assertThat(section(blocks, "七/项目X1")).contains("二、立项依据：根据文件", "六、年度预算安排：1000万元", "七、绩效目标：详见单位的项目绩效目标表。");
    }
}
