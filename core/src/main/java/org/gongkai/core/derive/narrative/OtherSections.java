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
        BigDecimal total = Figures.alone(Amount.sum(classes.values()), n.unit);
        List<String> names = classes.keySet().stream().map(n::functionName).toList();
        n.paragraph(
                n.vars(
                        "total",
                        n.money(total),
                        "items",
                        OverviewSections.listed(n, names, new ArrayList<>(classes.values()), total)),
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
            List<String> personnel = n.style.listOption("personnelEconomicClasses");
            Amount p =
                    Amount.sum(n.facts.generalBasicByEconomic(personnel, true).values());
            amount = Amount.sum(n.facts.generalBasicByEconomic(personnel, false).values());
            shown = Figures.parts(List.of(p, amount), n.unit).get(1);
        }
        String cmp = n.compare(QuantityKey.OPERATING_COSTS, "机关运行经费", amount, shown, "operatingCosts");
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

    /** 十(三): 国有资产占用 at the end of last year and planned purchases. */
    static void assets(Narration n) {
        Assets a = n.budget.assets();
        if (a == null) {
            n.issue("ASSETS-MISSING", "$.assets", "缺少国有资产占用情况，情况说明只能写“无”。");
            n.paragraph(n.vars(), "assets.none");
            return;
        }
        n.paragraph(n.vars(), "assets.intro");
        n.paragraph(
                n.vars(
                        "area",
                        a.buildingArea() == null
                                ? "0"
                                : a.buildingArea().stripTrailingZeros().toPlainString(),
                        "value",
                        n.money(a.buildingValue())),
                "assets.buildings");
        BigDecimal vehicleTotal = Figures.alone(a.vehicleValue(), n.unit);
        List<BigDecimal> groupValues = Figures.parts(
                a.vehicles().stream().map(Assets.VehicleGroup::value).toList(), vehicleTotal, n.unit);
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < a.vehicles().size(); i++) {
            Assets.VehicleGroup g = a.vehicles().get(i);
            groups.add(n.text(
                    n.vars(
                            "category",
                            g.category(),
                            "count",
                            String.valueOf(g.count()),
                            "value",
                            n.money(groupValues.get(i))),
                    "assets.vehicleGroup"));
        }
        n.paragraph(
                n.vars(
                        "count",
                        String.valueOf(a.vehicleCount()),
                        "value",
                        n.money(vehicleTotal),
                        "groups",
                        groups.isEmpty() ? n.text(n.vars(), "list.none") : String.join("；", groups)),
                "assets.vehicles");
        n.paragraph(n.vars("value", n.money(a.furnitureValue())), "assets.furniture");
        n.paragraph(n.vars("value", n.money(a.otherValue())), "assets.other");
        n.paragraph(
                n.vars("over50", String.valueOf(a.equipmentOver50()), "over100", String.valueOf(a.equipmentOver100())),
                "assets.equipment");
        Amount plannedVehicles = a.plannedVehiclePurchase() == null ? Amount.ZERO : a.plannedVehiclePurchase();
        String vehiclePlan = plannedVehicles.isZero()
                ? n.text(n.vars(), "assets.noVehiclePlan")
                : n.text(n.vars("amount", n.money(plannedVehicles)), "assets.vehiclePlan");
        n.paragraph(
                n.vars(
                        "vehiclePlan",
                        vehiclePlan,
                        "over50",
                        String.valueOf(a.plannedEquipmentOver50()),
                        "over100",
                        String.valueOf(a.plannedEquipmentOver100())),
                "assets.plans");
    }

    /** 十(四): projects with performance targets, their number and the money they involve. */
    static void performance(Narration n) {
        Map<String, Amount> amounts = n.facts.expenditureBy(
                BudgetFacts.kind(ExpenditureKind.PROJECT).and(l -> l.projectId() != null),
                org.gongkai.core.budget.ExpenditureLine::projectId);
        List<Amount> targeted = new ArrayList<>();
        for (Project p : n.budget.projects()) {
            if (p.target() != null) {
                targeted.add(amounts.getOrDefault(p.id(), p.target().total()));
            }
        }
        if (targeted.isEmpty()) {
            n.paragraph(n.vars(), "performance.none");
            return;
        }
        n.paragraph(
                n.vars("count", String.valueOf(targeted.size()), "amount", n.money(Amount.sum(targeted))),
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
