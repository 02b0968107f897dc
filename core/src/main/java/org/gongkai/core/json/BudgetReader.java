package org.gongkai.core.json;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
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

/** Reads the budget JSON tree of {@link BudgetCodec}, collecting every problem. */
final class BudgetReader {
    private static final Pattern FUNCTION_CODE = Pattern.compile("\\d{7}");
    private static final Pattern ECONOMIC_CODE = Pattern.compile("\\d{5}");
    private static final Pattern GENERAL_FUNCTION = Pattern.compile("general\\.function\\.(\\d{3}|\\d{5}|\\d{7})");
    private static final Set<String> FIXED_KEYS = Set.of(
            QuantityKey.TOTAL,
            QuantityKey.BASIC,
            QuantityKey.PROJECT,
            QuantityKey.GENERAL_BUDGET,
            QuantityKey.GENERAL_BASIC,
            QuantityKey.GENERAL_PROJECT,
            QuantityKey.THREE_PUBLIC,
            QuantityKey.OPERATING_COSTS);

    private final Fields.Context cx = new Fields.Context();

    Budget read(Object tree) {
        Fields root = Fields.of(cx, "$", tree);
        Object unitName = root.raw("amountUnit");
        if (unitName != null && !"元".equals(unitName) && !"万元".equals(unitName)) {
            cx.problem(root.path("amountUnit"), "\"元\" 或 \"万元\"", Fields.found(unitName));
        }
        cx.wan = "万元".equals(unitName);
        root.strings("notes"); // documentation for people; checked to be text, not kept
        int fiscalYear = root.integer("fiscalYear");
        int classificationYear = root.integer("classificationYear");
        String templateId = root.string("templateId");
        UnitProfile unit = unit(root.object("unit"));
        List<IncomeLine> income = root.list("income", true, this::incomeLine);
        List<Project> projects = root.list("projects", false, this::project);
        List<ExpenditureLine> expenditure = root.list("expenditure", true, this::expenditureLine);
        ThreePublic threePublic = root.has("threePublic") ? threePublic(root.object("threePublic")) : ThreePublic.NONE;
        Amount operatingCosts = root.optAmount("operatingCosts", null);
        Procurement procurement = root.has("procurement") ? procurement(root.object("procurement")) : Procurement.NONE;
        Assets assets = root.has("assets") ? assets(root.object("assets")) : BudgetCodec.NO_ASSETS;
        Map<String, Comparative> comparatives = comparatives(root);
        String otherMatters = root.optString("otherMatters", "");
        String issueDate = issueDate(root);
        root.end();
        checkProjectReferences(root.path("expenditure"), expenditure, projects);
        if (!cx.problems.isEmpty()) {
            throw new BudgetFormatException(cx.problems);
        }
        return new Budget(
                fiscalYear,
                classificationYear,
                templateId,
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
                issueDate);
    }

    private UnitProfile unit(Fields f) {
        String name = f.string("name");
        String fullName = f.optString("fullName", name);
        String code = f.optString("code", "");
        UnitProfile.UnitType type =
                f.enumValue("type", UnitProfile.UnitType.class, UnitProfile.UnitType.ADMINISTRATIVE);
        List<String> functions = f.strings("functions");
        List<String> divisions = f.strings("divisions");
        List<String> subordinates = f.strings("subordinateUnits");
        Staffing staffing = staffing(f.object("staffing"));
        int admin = f.optInteger("administrativeUnitsIncluded", 0, false);
        int institutions = f.optInteger("publicInstitutionsIncluded", 0, false);
        f.end();
        return new UnitProfile(
                name, fullName, code, type, functions, divisions, subordinates, staffing, admin, institutions);
    }

    private Staffing staffing(Fields f) {
        Staffing s = new Staffing(
                f.count("authorized"),
                f.count("actual"),
                f.count("inService"),
                f.count("retired"),
                f.optInteger("retiredCadres", 0, false),
                f.optInteger("inServiceChange", 0, true),
                f.optInteger("retiredChange", 0, true),
                f.optInteger("retiredCadresChange", 0, true));
        f.end();
        return s;
    }

    private IncomeLine incomeLine(Object v, String at) {
        Fields f = Fields.of(cx, at, v);
        IncomeLine line = new IncomeLine(
                f.enumValue("source", IncomeSource.class, IncomeSource.OTHER),
                f.matching("functionCode", FUNCTION_CODE, "支出功能分类项级代码（7位数字）"),
                f.amount("amount"));
        f.end();
        return line;
    }

    private ExpenditureLine expenditureLine(Object v, String at) {
        Fields f = Fields.of(cx, at, v);
        ExpenditureLine line = new ExpenditureLine(
                f.matching("functionCode", FUNCTION_CODE, "支出功能分类项级代码（7位数字）"),
                f.matching("economicCode", ECONOMIC_CODE, "部门预算支出经济分类款级代码（5位数字）"),
                f.enumValue("kind", ExpenditureKind.class, ExpenditureKind.BASIC),
                f.enumValue("fundSource", FundSource.class, FundSource.GENERAL_BUDGET),
                f.amount("amount"),
                f.optString("projectId", null));
        f.end();
        return line;
    }

    private Project project(Object v, String at) {
        Fields f = Fields.of(cx, at, v);
        Project p = new Project(
                f.string("id"),
                f.string("name"),
                f.matching("functionCode", FUNCTION_CODE, "支出功能分类项级代码（7位数字）"),
                f.optString("policyBasis", ""),
                f.optString("undertakingUnit", ""),
                f.optString("allocation", ""),
                f.optString("executionPeriod", ""),
                f.has("subsidy") ? subsidy(f.object("subsidy")) : null,
                f.has("target") ? target(f.object("target")) : null);
        f.end();
        return p;
    }

    private Project.PersonalSubsidy subsidy(Fields f) {
        Project.PersonalSubsidy s = new Project.PersonalSubsidy(
                f.optString("fundSource", ""),
                f.optString("recipients", ""),
                f.optString("standard", ""),
                f.optString("scope", ""),
                f.optString("method", ""),
                f.optString("procedure", ""),
                f.optString("beneficiaries", ""));
        f.end();
        return s;
    }

    private Project.PerformanceTarget target(Fields f) {
        Project.PerformanceTarget t = new Project.PerformanceTarget(
                f.optString("unitName", ""),
                f.amount("fiscalAppropriation"),
                f.optAmount("otherFunds", Amount.ZERO),
                f.optString("annualGoal", ""),
                f.list("indicators", true, this::indicator));
        f.end();
        return t;
    }

    private Project.Indicator indicator(Object v, String at) {
        Fields f = Fields.of(cx, at, v);
        Project.Indicator i = new Project.Indicator(
                f.optString("level1", ""),
                f.optString("level2", ""),
                f.optString("name", ""),
                f.optString("value", ""));
        f.end();
        return i;
    }

    private ThreePublic threePublic(Fields f) {
        ThreePublic t = new ThreePublic(
                f.amount("abroad"), f.amount("vehiclePurchase"), f.amount("vehicleOperation"), f.amount("reception"));
        f.end();
        return t;
    }

    private Procurement procurement(Fields f) {
        Procurement p = new Procurement(
                f.amount("goods"),
                f.amount("works"),
                f.amount("services"),
                f.optAmount("smeReserved", Amount.ZERO),
                f.optAmount("smallMicroReserved", Amount.ZERO));
        f.end();
        return p;
    }

    private Assets assets(Fields f) {
        Assets a = new Assets(
                f.decimal("buildingArea"),
                f.amount("buildingValue"),
                f.list("vehicles", false, this::vehicleGroup),
                f.amount("furnitureValue"),
                f.amount("otherValue"),
                f.optInteger("equipmentOver50", 0, false),
                f.optInteger("equipmentOver100", 0, false),
                f.optAmount("plannedVehiclePurchase", Amount.ZERO),
                f.optInteger("plannedEquipmentOver50", 0, false),
                f.optInteger("plannedEquipmentOver100", 0, false));
        f.end();
        return a;
    }

    private Assets.VehicleGroup vehicleGroup(Object v, String at) {
        Fields f = Fields.of(cx, at, v);
        Assets.VehicleGroup g = new Assets.VehicleGroup(f.string("category"), f.count("count"), f.amount("value"));
        f.end();
        return g;
    }

    private Map<String, Comparative> comparatives(Fields root) {
        Map<String, Comparative> out = new LinkedHashMap<>();
        if (!root.has("comparatives")) {
            return out;
        }
        Fields f = root.object("comparatives");
        Object tree = root.raw("comparatives");
        if (!(tree instanceof Map<?, ?> map)) {
            return out;
        }
        for (Object k : map.keySet()) {
            String key = (String) k;
            Object v = f.raw(key);
            if (!isComparativeKey(key)) {
                cx.problem(f.path(key), "比较项的键（如 total、expenditure.basic、general.function.2010504）", "\"" + key + "\"");
                continue;
            }
            Fields c = Fields.of(cx, f.path(key), v);
            out.put(key, new Comparative(c.amount("lastYear"), c.optString("reason", "")));
            c.end();
        }
        return out;
    }

    private String issueDate(Fields root) {
        Object v = root.raw("issueDate");
        if (v == null) {
            return null;
        }
        if (v instanceof String s) {
            try {
                return LocalDate.parse(s).toString();
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        cx.problem(root.path("issueDate"), "日期（yyyy-MM-dd）", Fields.found(v));
        return null;
    }

    private void checkProjectReferences(String at, List<ExpenditureLine> lines, List<Project> projects) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < projects.size(); i++) {
            if (!ids.add(projects.get(i).id())) {
                cx.problem(
                        "$.projects[" + i + "].id",
                        "不重复的项目标识",
                        "\"" + projects.get(i).id() + "\"（重复）");
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            ExpenditureLine l = lines.get(i);
            String here = at + "[" + i + "].projectId";
            if (l.kind() == ExpenditureKind.PROJECT && l.projectId() == null) {
                cx.problem(here, "项目支出所属项目的 id（见 $.projects）", "缺失");
            } else if (l.kind() == ExpenditureKind.PROJECT && !ids.contains(l.projectId())) {
                cx.problem(here, "$.projects 中某个项目的 id", "\"" + l.projectId() + "\"");
            } else if (l.kind() == ExpenditureKind.BASIC && l.projectId() != null) {
                cx.problem(here, "无（基本支出不属于项目）", "\"" + l.projectId() + "\"");
            }
        }
    }

    private static boolean isComparativeKey(String key) {
        if (FIXED_KEYS.contains(key) || GENERAL_FUNCTION.matcher(key).matches()) {
            return true;
        }
        for (IncomeSource s : IncomeSource.values()) {
            if (key.equals(QuantityKey.income(s))) {
                return true;
            }
        }
        for (ThreePublic.Item item : ThreePublic.Item.values()) {
            if (key.equals(QuantityKey.threePublic(item))) {
                return true;
            }
        }
        return false;
    }
}
