package org.gongkai.core.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongkai.core.amount.Amount;
import org.gongkai.core.budget.Assets;
import org.gongkai.core.budget.Budget;
import org.gongkai.core.budget.Comparative;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.budget.IncomeLine;
import org.gongkai.core.budget.Project;
import org.gongkai.core.budget.Staffing;
import org.gongkai.core.budget.UnitProfile;

/**
 * Budgets as JSON, the exchange format of {@code gongkai render} and of the example fixture.
 *
 * <p>Conventions (also in {@code budget.schema.json}):
 *
 * <ul>
 *   <li>Amounts are written as JSON <em>strings</em> in 元 with exactly two decimals ({@code
 *       "2682200.00"}), so no tool on the way ever turns them into floating point. On input a string or a
 *       JSON number is accepted.
 *   <li>An optional top-level {@code "amountUnit"} of {@code "元"} (default) or {@code "万元"} says in
 *       which unit the input amounts are given; 万元 figures are converted exactly (up to six decimals,
 *       i.e. to the 分). Output is always in 元 and says so.
 *   <li>Codes are strings (function 项 7 digits, economic 款 5 digits); enumerations use the Java names
 *       ({@code GENERAL_BUDGET}, {@code BASIC}, {@code GP_APPROP} …).
 *   <li>A top-level {@code "notes"} array of strings is documentation for people (e.g. why a figure was
 *       chosen); it is checked to be text and otherwise ignored.
 *   <li>Unknown fields are errors: a misspelt field must not be silently dropped.
 * </ul>
 *
 * Bad input throws {@link BudgetFormatException} listing every problem with its JSON path.
 */
public final class BudgetCodec {
    /** Assets of a budget that states none. */
    static final Assets NO_ASSETS =
            new Assets(BigDecimal.ZERO, Amount.ZERO, List.of(), Amount.ZERO, Amount.ZERO, 0, 0, Amount.ZERO, 0, 0);

    private BudgetCodec() {}

    /** Reads a budget; throws {@link BudgetFormatException} with every problem found. */
    public static Budget read(String json) {
        Object tree;
        try {
            tree = Json.parse(json);
        } catch (JsonException e) {
            throw new BudgetFormatException(List.of(new JsonFormatException.Problem("$", "合法的 JSON", e.getMessage())));
        }
        return new BudgetReader().read(tree);
    }

    /** Writes a budget as pretty JSON with a stable key order and amounts as 元 strings. */
    public static String write(Budget budget) {
        return write(budget, List.of());
    }

    /** Writes a budget with a {@code notes} array (documentation of choices made in the data). */
    public static String write(Budget budget, List<String> notes) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("amountUnit", "元");
        if (!notes.isEmpty()) {
            m.put("notes", List.copyOf(notes));
        }
        m.put("fiscalYear", budget.fiscalYear());
        m.put("classificationYear", budget.classificationYear());
        m.put("templateId", budget.templateId());
        if (budget.issueDate() != null) {
            m.put("issueDate", budget.issueDate());
        }
        m.put("unit", unit(budget.unit()));
        m.put("income", budget.income().stream().map(BudgetCodec::income).toList());
        m.put(
                "expenditure",
                budget.expenditure().stream().map(BudgetCodec::expenditure).toList());
        m.put("projects", budget.projects().stream().map(BudgetCodec::project).toList());
        var t = budget.threePublic();
        m.put(
                "threePublic",
                obj("abroad", money(t.abroad()), "vehiclePurchase", money(t.vehiclePurchase()))
                        .with("vehicleOperation", money(t.vehicleOperation()))
                        .with("reception", money(t.reception())));
        if (budget.operatingCosts() != null) {
            m.put("operatingCosts", money(budget.operatingCosts()));
        }
        var p = budget.procurement();
        m.put(
                "procurement",
                obj("goods", money(p.goods()), "works", money(p.works()))
                        .with("services", money(p.services()))
                        .with("smeReserved", money(p.smeReserved()))
                        .with("smallMicroReserved", money(p.smallMicroReserved())));
        m.put("assets", assets(budget.assets()));
        Map<String, Object> comparatives = new LinkedHashMap<>();
        new TreeMap<>(budget.comparatives()).forEach((k, c) -> comparatives.put(k, comparative(c)));
        m.put("comparatives", comparatives);
        m.put("otherMatters", budget.otherMatters());
        return JsonWriter.write(m);
    }

    private static Map<String, Object> unit(UnitProfile u) {
        Staffing s = u.staffing();
        return obj("name", u.name(), "fullName", u.fullName())
                .with("code", u.code())
                .with("type", u.type().name())
                .with("functions", u.functions())
                .with("divisions", u.divisions())
                .with("subordinateUnits", u.subordinateUnits())
                .with(
                        "staffing",
                        obj("authorized", s.authorized(), "actual", s.actual())
                                .with("inService", s.inService())
                                .with("retired", s.retired())
                                .with("retiredCadres", s.retiredCadres())
                                .with("inServiceChange", s.inServiceChange())
                                .with("retiredChange", s.retiredChange())
                                .with("retiredCadresChange", s.retiredCadresChange()))
                .with("administrativeUnitsIncluded", u.administrativeUnitsIncluded())
                .with("publicInstitutionsIncluded", u.publicInstitutionsIncluded());
    }

    private static Map<String, Object> income(IncomeLine l) {
        return obj("source", l.source().name(), "functionCode", l.functionCode())
                .with("amount", money(l.amount()));
    }

    private static Map<String, Object> expenditure(ExpenditureLine l) {
        Obj o = obj("functionCode", l.functionCode(), "economicCode", l.economicCode())
                .with("kind", l.kind().name())
                .with("fundSource", l.fundSource().name())
                .with("amount", money(l.amount()));
        if (l.projectId() != null) {
            o.with("projectId", l.projectId());
        }
        return o;
    }

    private static Map<String, Object> project(Project p) {
        Obj o = obj("id", p.id(), "name", p.name())
                .with("functionCode", p.functionCode())
                .with("policyBasis", p.policyBasis())
                .with("undertakingUnit", p.undertakingUnit())
                .with("allocation", p.allocation())
                .with("executionPeriod", p.executionPeriod());
        if (p.subsidy() != null) {
            var s = p.subsidy();
            o.with(
                    "subsidy",
                    obj("fundSource", s.fundSource(), "recipients", s.recipients())
                            .with("standard", s.standard())
                            .with("scope", s.scope())
                            .with("method", s.method())
                            .with("procedure", s.procedure())
                            .with("beneficiaries", s.beneficiaries()));
        }
        if (p.target() != null) {
            var t = p.target();
            List<Object> indicators = new ArrayList<>();
            for (Project.Indicator i : t.indicators()) {
                indicators.add(obj("level1", i.level1(), "level2", i.level2())
                        .with("name", i.name())
                        .with("value", i.value()));
            }
            o.with(
                    "target",
                    obj("unitName", t.unitName(), "fiscalAppropriation", money(t.fiscalAppropriation()))
                            .with("otherFunds", money(t.otherFunds()))
                            .with("annualGoal", t.annualGoal())
                            .with("indicators", indicators));
        }
        return o;
    }

    private static Map<String, Object> assets(Assets a) {
        List<Object> vehicles = new ArrayList<>();
        for (Assets.VehicleGroup g : a.vehicles()) {
            vehicles.add(obj("category", g.category(), "count", g.count()).with("value", money(g.value())));
        }
        return obj("buildingArea", a.buildingArea(), "buildingValue", money(a.buildingValue()))
                .with("vehicles", vehicles)
                .with("furnitureValue", money(a.furnitureValue()))
                .with("otherValue", money(a.otherValue()))
                .with("equipmentOver50", a.equipmentOver50())
                .with("equipmentOver100", a.equipmentOver100())
                .with("plannedVehiclePurchase", money(a.plannedVehiclePurchase()))
                .with("plannedEquipmentOver50", a.plannedEquipmentOver50())
                .with("plannedEquipmentOver100", a.plannedEquipmentOver100());
    }

    private static Map<String, Object> comparative(Comparative c) {
        return obj("lastYear", money(c.lastYear()), "reason", c.reason());
    }

    private static String money(Amount a) {
        return a.toString();
    }

    private static Obj obj(String k1, Object v1, String k2, Object v2) {
        return new Obj().with(k1, v1).with(k2, v2);
    }

    /** An insertion-ordered map built fluently. */
    private static final class Obj extends LinkedHashMap<String, Object> {
        private static final long serialVersionUID = 1L;

        Obj with(String key, Object value) {
            put(key, value);
            return this;
        }
    }
}
