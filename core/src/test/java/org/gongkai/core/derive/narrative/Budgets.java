package org.gongkai.core.derive.narrative;

import java.util.ArrayList;
import java.util.HashMap;
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

/** A small fluent builder of test budgets (amounts in 万元 strings for readability). */
final class Budgets {
    final List<IncomeLine> income = new ArrayList<>();
    final List<ExpenditureLine> expenditure = new ArrayList<>();
    final List<Project> projects = new ArrayList<>();
    final Map<String, Comparative> comparatives = new HashMap<>();
    ThreePublic threePublic = ThreePublic.NONE;
    Amount operatingCosts;
    Procurement procurement = Procurement.NONE;
    Assets assets;
    UnitProfile.UnitType type = UnitProfile.UnitType.ADMINISTRATIVE;
    String otherMatters = "";

    static Amount wan(String wan) {
        return Amount.ofWan(wan);
    }

    Budgets income(IncomeSource source, String function, String wan) {
        income.add(new IncomeLine(source, function, wan(wan)));
        return this;
    }

    Budgets basic(String function, String economic, String wan) {
        expenditure.add(new ExpenditureLine(
                function, economic, ExpenditureKind.BASIC, FundSource.GENERAL_BUDGET, wan(wan), null));
        return this;
    }

    Budgets project(String id, String function, String economic, String wan) {
        return project(id, function, economic, FundSource.GENERAL_BUDGET, wan);
    }

    Budgets project(String id, String function, String economic, FundSource fund, String wan) {
        expenditure.add(new ExpenditureLine(function, economic, ExpenditureKind.PROJECT, fund, wan(wan), id));
        if (projects.stream().noneMatch(p -> p.id().equals(id))) {
            projects.add(new Project(id, "项目" + id, function, "根据文件", "本单位", "主要用于" + id, "全年", null, null));
        }
        return this;
    }

    Budgets last(String key, String wan, String reason) {
        comparatives.put(key, new Comparative(wan(wan), reason));
        return this;
    }

    Budget build() {
        UnitProfile unit = new UnitProfile(
                "测试中心", "测试中心", "", type, List.of(), List.of(), List.of(), new Staffing(0, 0, 0, 0, 0, 0, 0, 0), 0, 0);
        return new Budget(
                2021,
                2021,
                "xinjiang-2021",
                unit,
                income,
                expenditure,
                projects,
                threePublic,
                operatingCosts,
                procurement,
                assets,
                comparatives,
                otherMatters,
                null);
    }

    /** A one-item budget shaped like the 克州 2021 example (general budget only). */
    static Budgets kezhouLike() {
        Budgets b = new Budgets();
        b.income(IncomeSource.GP_APPROP, "2010504", "268.22");
        b.basic("2010504", "30101", "52.63")
                .basic("2010504", "30102", "67.67")
                .basic("2010504", "30103", "4.39")
                .basic("2010504", "30108", "17.65")
                .basic("2010504", "30112", "10.14")
                .basic("2010504", "30113", "12.71")
                .basic("2010504", "30302", "2.16")
                .basic("2010504", "30309", "0.16")
                .basic("2010504", "30201", "1.62")
                .basic("2010504", "30207", "0.58")
                .basic("2010504", "30211", "2.50")
                .basic("2010504", "30217", "0.50")
                .basic("2010504", "30228", "0.76")
                .basic("2010504", "30229", "1.35");
        b.project("P1", "2010504", "30227", "12")
                .project("P2", "2010504", "30227", "6")
                .project("P3", "2010504", "30227", "6")
                .project("P4", "2010504", "30227", "7")
                .project("P5", "2010504", "30227", "50.40")
                .project("P6", "2010504", "30227", "12");
        return b;
    }

    /** The 克州-like budget with every section's input filled in (三公, assets, procurement, targets). */
    static Budgets rich() {
        Budgets b = kezhouLike();
        b.last(QuantityKey.income(IncomeSource.GP_APPROP), "265.98", "人员工资增加")
                .last(QuantityKey.BASIC, "184.54", "人员工资减少")
                .last(QuantityKey.PROJECT, "81.44", "追加测评费")
                .last(QuantityKey.GENERAL_BASIC, "184.54", "调出1人")
                .last(QuantityKey.GENERAL_PROJECT, "81.44", "追加测评费")
                .last(QuantityKey.GENERAL_BUDGET, "265.98", "人员工资增加")
                .last(QuantityKey.THREE_PUBLIC, "0.50", "")
                .last(QuantityKey.threePublic(ThreePublic.Item.ABROAD), "0", "")
                .last(QuantityKey.threePublic(ThreePublic.Item.VEHICLE_PURCHASE), "0", "")
                .last(QuantityKey.threePublic(ThreePublic.Item.VEHICLE_OPERATION), "0", "本单位无公务用车")
                .last(QuantityKey.threePublic(ThreePublic.Item.RECEPTION), "0.50", "由主管部门结算")
                .last(QuantityKey.OPERATING_COSTS, "7.81", "厉行节约");
        b.threePublic = new ThreePublic(Amount.ZERO, Amount.ZERO, Amount.ZERO, wan("0.50"));
        b.procurement = new Procurement(wan("4.60"), Amount.ZERO, wan("12"), Amount.ZERO, Amount.ZERO);
        b.assets = new Assets(
                java.math.BigDecimal.ZERO, Amount.ZERO, List.of(), wan("3.69"), wan("371.59"), 0, 0, Amount.ZERO, 0, 0);
        List<Project> withTargets = new ArrayList<>();
        for (Project p : b.projects) {
            withTargets.add(new Project(
                    p.id(),
                    p.name(),
                    p.functionCode(),
                    p.policyBasis(),
                    p.undertakingUnit(),
                    p.allocation(),
                    p.executionPeriod(),
                    p.subsidy(),
                    new Project.PerformanceTarget("测试中心", Amount.ZERO, Amount.ZERO, "目标", List.of())));
        }
        b.projects.clear();
        b.projects.addAll(withTargets);
        return b;
    }
}
