package org.gongkai.core.derive.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.core.amount.Amount;
import org.gongkai.core.budget.Assets;
import org.gongkai.core.budget.ExpenditureKind;
import org.gongkai.core.budget.Procurement;
import org.gongkai.core.budget.Project;
import org.gongkai.core.budget.QuantityKey;

/** 九 政府性基金 and 十 其他重要事项 (机关运行经费, 政府采购, 国有资产, 预算绩效, 其他). */
final class OtherSections {
    private OtherSections() {}

    /** 九: fund spending by 类, or the empty-table statement. */
    static void governmentFund(Narration n) {
        Map<String, Amount> classes = n.facts.expenditureBy(
                BudgetFacts.fund(org.gongkai.core.budget.FundSource.GOVERNMENT_FUND), BudgetFacts.functionClass());
        if (classes.isEmpty()) {
            n.paragraph(n.vars(), "governmentFund.none");
            return;
        }
        var fund = Narration.lines(org.gongkai.core.budget.FundSource.GOVERNMENT_FUND, null);
        n.paragraph(
                n.vars(
                        "total",
                        n.money(n.shown.expenditure(fund, "")),
                        "items",
                        OverviewSections.classes(
                                n, fund, BudgetFacts.fund(org.gongkai.core.budget.FundSource.GOVERNMENT_FUND))),
                "governmentFund.summary");
    }

    /**
     * 十(一): 机关运行经费 of 行政/参公 units; the budget's own figure, else 一般公共预算基本支出 公用经费 shown
     * exactly as §六 shows it. Change and rate on last year's base.
     */
    static void operatingCosts(Narration n) {
        Amount stated = n.budget.operatingCosts();
        if (stated == null && !n.budget.unit().type().hasOperatingCosts()) {
            n.paragraph(n.vars(), "operatingCosts.notApplicable");
            return;
        }
        Amount amount;
        BigDecimal shown;
        if (stated != null) {
            amount = stated;
            shown = Figures.alone(stated, n.unit);
        } else {
            // Same figure as 表六's 公用经费 (and the 三公 table's 机关运行经费 column, where shown).
            amount = n.facts.expenditure(BudgetFacts.general()
                    .and(BudgetFacts.kind(ExpenditureKind.BASIC))
                    .and(l -> "public".equals(n.split.roleOf(l.economicCode()))));
            shown = n.shown.economic(GeneralBudgetSections.GENERAL_BASIC, "", n.split, "public");
        }
        String cmp = n.uses("operatingCosts.text", "comparison")
                ? n.compare(QuantityKey.OPERATING_COSTS, "机关运行经费", amount, shown, "operatingCosts")
                : "";
        n.paragraph(
                n.vars(
                        "amount",
                        n.money(shown),
                        "comparison",
                        cmp,
                        "adminUnits",
                        String.valueOf(n.budget.unit().administrativeUnitsIncluded()),
                        "institutions",
                        String.valueOf(n.budget.unit().publicInstitutionsIncluded())),
                "operatingCosts.text");
    }

    /** 十(二): 政府采购 total = 货物 + 工程 + 服务, and the SME reservation. */
    static void procurement(Narration n) {
        Procurement p = n.budget.procurement() == null ? Procurement.NONE : n.budget.procurement();
        BigDecimal total = Figures.alone(p.total(), n.unit);
        List<BigDecimal> parts = Figures.parts(List.of(p.goods(), p.works(), p.services()), total, n.unit);
        n.paragraph(
                n.vars(
                        "total",
                        n.money(total),
                        "goods",
                        n.money(parts.get(0)),
                        "works",
                        n.money(parts.get(1)),
                        "services",
                        n.money(parts.get(2))),
                "procurement.total");
        if (p.smeReserved().compareTo(p.total()) > 0) {
            n.issue("PROCUREMENT-RESERVE", "$.procurement.smeReserved", "面向中小企业预留金额大于政府采购预算合计，请核对。");
        }
        if (p.smallMicroReserved().compareTo(p.smeReserved()) > 0) {
            n.issue("PROCUREMENT-RESERVE", "$.procurement.smallMicroReserved", "面向小微企业预留金额大于面向中小企业预留金额，请核对。");
        }
        n.paragraph(
                n.vars("sme", n.money(p.smeReserved()), "smallMicro", n.money(p.smallMicroReserved())),
                "procurement.sme");
    }

    /** 十(三): 国有资产占用 at the end of last year and planned purchases; paragraphs as the style lists them. */
    static void assets(Narration n) {
        Assets a = n.budget.assets();
        if (a == null) {
            n.issue("ASSETS-MISSING", "$.assets", "缺少国有资产占用情况，请补充（没有资产时填写0）。");
            n.paragraph(n.vars(), "assets.none");
            return;
        }
        BigDecimal vehicleTotal = Figures.alone(a.vehicleValue(), n.unit);
        List<Assets.VehicleGroup> groups = vehicleGroups(n, a);
        List<BigDecimal> groupValues =
                Figures.parts(groups.stream().map(Assets.VehicleGroup::value).toList(), vehicleTotal, n.unit);
        List<String> groupTexts = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            Assets.VehicleGroup g = groups.get(i);
            groupTexts.add(n.text(
                    n.vars(
                            "category",
                            g.category(),
                            "count",
                            String.valueOf(g.count()),
                            "value",
                            n.money(groupValues.get(i))),
                    "assets.vehicleGroup"));
        }
        Amount plannedVehicles = a.plannedVehiclePurchase() == null ? Amount.ZERO : a.plannedVehiclePurchase();
        String vehiclePlan = plannedVehicles.isZero()
                ? n.text(n.vars(), "assets.noVehiclePlan")
                : n.text(n.vars("amount", n.money(plannedVehicles)), "assets.vehiclePlan");
        var v = n.vars(
                "area",
                        a.buildingArea() == null
                                ? "0"
                                : a.buildingArea().stripTrailingZeros().toPlainString(),
                "buildingValue", n.money(a.buildingValue()),
                "vehicleCount", String.valueOf(a.vehicleCount()),
                "vehicleValue", n.money(vehicleTotal),
                "groups",
                        groupTexts.isEmpty()
                                ? n.text(n.vars(), "list.none")
                                : String.join(n.style.option("vehicleGroupSeparator", "；"), groupTexts),
                "furniture", n.money(a.furnitureValue()),
                "other", n.money(a.otherValue()),
                "over50", String.valueOf(a.equipmentOver50()),
                "over100", String.valueOf(a.equipmentOver100()),
                "vehiclePlan", vehiclePlan,
                "plannedOver50", String.valueOf(a.plannedEquipmentOver50()),
                "plannedOver100", String.valueOf(a.plannedEquipmentOver100()));
        for (String key : n.style.listOption("assetParagraphs")) {
            n.paragraph(v, key);
        }
    }

    /** The budget's vehicle groups, or the style's fixed category list with zero for absent ones. */
    private static List<Assets.VehicleGroup> vehicleGroups(Narration n, Assets a) {
        List<String> categories = n.style.listOption("vehicleCategories");
        if (categories.isEmpty()) {
            return a.vehicles();
        }
        List<Assets.VehicleGroup> out = new ArrayList<>();
        for (String c : categories) {
            out.add(a.vehicles().stream()
                    .filter(g -> g.category().equals(c))
                    .findFirst()
                    .orElse(new Assets.VehicleGroup(c, 0, Amount.ZERO)));
        }
        for (Assets.VehicleGroup g : a.vehicles()) {
            if (!categories.contains(g.category())) {
                n.issue(
                        "VEHICLE-CATEGORY-UNKNOWN",
                        "$.assets.vehicles",
                        "车辆类别“" + g.category() + "”不在本样式的类别表中（" + String.join("、", categories) + "），已单独列出。");
                out.add(g);
            }
        }
        return out;
    }

    /** 十(四): projects with performance targets, their number and the money they involve. */
    static void performance(Narration n) {
        Map<String, Amount> amounts = n.facts.expenditureBy(
                BudgetFacts.kind(ExpenditureKind.PROJECT).and(l -> l.projectId() != null),
                org.gongkai.core.budget.ExpenditureLine::projectId);
        int count = 0;
        BigDecimal total = BigDecimal.ZERO;
        for (Project p : n.budget.projects()) {
            if (p.target() == null) {
                continue;
            }
            count++;
            // A project's figure as §七 and the tables show it; a target without budget lines counts its own total.
            total = total.add(
                    amounts.containsKey(p.id())
                            ? n.shown.project(p.id())
                            : Figures.alone(p.target().total(), n.unit));
        }
        if (count == 0) {
            n.paragraph(n.vars(), "performance.none");
            return;
        }
        n.paragraph(
                n.vars(
                        "count",
                        String.valueOf(count),
                        "amount",
                        n.money(total),
                        "units",
                        String.valueOf(1 + n.budget.unit().subordinateUnits().size())),
                "performance.text");
    }

    /** 十(五): the budget's free text, or the style's "无其他需说明的事项". */
    static void otherMatters(Narration n) {
        String text = n.budget.otherMatters().strip();
        if (text.isEmpty()) {
            n.paragraph(n.vars(), "otherMatters.none");
        } else {
            for (String line : text.split("\\R+")) {
                if (!line.isBlank()) {
                    n.paragraph(line.strip());
                }
            }
        }
    }
}
