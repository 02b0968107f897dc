package org.gongkai.core.audit.rules.arith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.gongkai.core.audit.AuditContext;
import org.gongkai.core.audit.Category;
import org.gongkai.core.audit.RuleInfo;
import org.gongkai.core.audit.Severity;
import org.gongkai.core.audit.facts.Claim;
import org.gongkai.core.audit.facts.Fact;
import org.gongkai.core.audit.facts.Facts;
import org.gongkai.core.audit.facts.Period;
import org.gongkai.core.audit.facts.RowRole;
import org.gongkai.core.audit.facts.Topic;

/**
 * Narrative against tables: every amount the text states about a quantity a table shows must equal the
 * table (identities.csv §2.10, I-27, I-30, I-34).
 */
final class NarrativeTableRules {
    private static final String MSG = "{where}：正文{what}为{actual}{unit}，{against}为{expected}{unit}，相差{difference}{unit}";
    /** One precision policy for narrative figures: see {@link FactChecks#printed}. */
    static final String TOL = "较粗的显示精度（正文0.01万元）；正文不带小数的整万元数按整万元比较，表格数四舍五入或舍去尾数后与之相同即一致（“0万元”仍按0.01万元）";

    private static final java.util.regex.Pattern BRACKET_TAIL = java.util.regex.Pattern.compile("（.*）$");

    private NarrativeTableRules() {}

    static List<ComparisonRule> all() {
        List<ComparisonRule> r = new ArrayList<>();
        r.add(map("NT.TOTAL", "收支总预算与表一不一致", "I-01", (key, c) -> switch (key) {
            case "total" -> List.of("T1|income.total|amount", "T1|expense.total|amount");
            case "income.total" -> List.of("T1|income.subtotal|amount", "T1|income.total|amount");
            case "expense.total" -> List.of("T1|expense.subtotal|amount", "T1|expense.total|amount", "T3|total|total");
            default -> List.of();
        }));
        r.add(map(
                "NT.INCOME",
                "各项收入与表一、表四不一致",
                "I-08, I-14",
                (key, c) -> key.startsWith("income.") && !key.equals("income.total")
                        ? List.of("T1|" + key.substring(7) + "|amount", "T4|" + key.substring(7) + "|amount")
                        : List.of()));
        r.add(map("NT.EXPENSE-KIND", "基本支出、项目支出与表三不一致", "I-09", (key, c) -> switch (key) {
            case "expense.basic" -> List.of("T3|total|basic");
            case "expense.project" -> List.of("T3|total|project");
            default -> List.of();
        }));
        r.add(map(
                "NT.GP-TOTAL",
                "一般公共预算当年拨款合计与表五、表四不一致",
                "I-18",
                (key, c) -> key.equals("general.total")
                        ? List.of("T5|total|total", "T4|" + RowRole.EXPENSE_TOTAL + "|GP_APPROP")
                        : List.of()));
        r.add(map("NT.GP-KIND", "一般公共预算基本支出、项目支出与表五、表六、表七不一致", "I-19", (key, c) -> switch (key) {
            case "general.basic" -> List.of("T5|total|basic", "T6|total|total");
            case "general.project" -> List.of("T5|total|project", "T7|total|total");
            default -> List.of();
        }));
        r.add(map("NT.FUNCTION", "功能分类科目金额与表格不一致", "I-05, I-15", (key, c) -> {
            if (!key.startsWith("function.")) {
                return List.of();
            }
            String code = key.substring(9);
            if (c.topic().isGeneralBudget()) {
                return List.of("T5|" + code + "|total");
            }
            if (c.topic() == Topic.APPROPRIATION) {
                // 四 lists 类 amounts whose scope (财政拨款 or 一般公共预算) the wording does not fix reliably.
                return List.of();
            }
            if (c.topic() == Topic.FUND) {
                return List.of("T9|" + code + "|total");
            }
            return List.of("T3|" + code + "|total", "T1|" + code + "|amount");
        }));
        r.add(map("NT.PERSONNEL", "人员经费、公用经费与表六不一致", "I-22", (key, c) -> switch (key) {
            case "personnel" -> List.of("T6|total|personnel");
            case "public" -> List.of("T6|total|public");
            default -> List.of();
        }));
        r.add(map(
                "NT.ECON",
                "基本支出经济科目金额与表六不一致",
                "I-22",
                (key, c) -> key.startsWith("econ.") ? List.of("T6|" + key.substring(5) + "|total") : List.of()));
        r.add(map("NT.THREE-PUBLIC", "“三公”经费与表八不一致", "I-34", (key, c) -> {
            String col = switch (key) {
                case "threePublic.total" -> "total";
                case "threePublic.ABROAD" -> "abroad";
                case "threePublic.VEHICLES" -> "vehicles";
                case "threePublic.VEHICLE_PURCHASE" -> "vehiclePurchase";
                case "threePublic.VEHICLE_OPERATION" -> "vehicleOperation";
                case "threePublic.RECEPTION" -> "reception";
                default -> "";
            };
            return col.isEmpty() || c.topic() != Topic.THREE_PUBLIC ? List.of() : List.of("T8|current|" + col);
        }));
        r.add(map(
                "NT.FUND",
                "政府性基金预算支出与表九不一致",
                "I-35",
                (key, c) -> key.equals("fund.total") ? List.of("T9|total|total") : List.of()));
        r.add(new ComparisonRule(
                new RuleInfo(
                        "NT.OPERATING", Severity.WARNING, Category.CONSISTENCY, "机关运行经费与表六公用经费不一致", MSG, TOL, "I-27"),
                ctx -> byConcepts(
                        ctx,
                        (key, c) -> key.equals("operatingCosts") ? List.of("T6|total|public") : List.of(),
                        withInstitutions(ctx) ? Comparison.Relation.AT_MOST : Comparison.Relation.EQUAL)));
        r.add(new ComparisonRule(
                info("NT.PROJECTS", "表七合计超过正文各项目预算安排规模之和（漏列项目）", "I-30"), NarrativeTableRules::projects));
        r.add(new ComparisonRule(
                info("NT.PROJECT-TARGET", "项目预算安排规模与其绩效目标表年度资金总额不一致", "I-30"), NarrativeTableRules::projectTargets));
        r.add(new ComparisonRule(
                info("NT.PERF-AMOUNT", "绩效管理项目涉及金额与绩效目标表资金总额之和不一致", "I-30"), NarrativeTableRules::performanceAmount));
        r.add(new ComparisonRule(
                new RuleInfo(
                        "NT.PERF-EXCEEDS",
                        Severity.ERROR,
                        Category.CONSISTENCY,
                        "编报绩效目标的项目涉及金额超过项目支出合计",
                        "{where}：正文编报绩效目标的项目涉及预算资金{actual}{unit}，超过{against}{expected}{unit}",
                        TOL,
                        "I-30"),
                NarrativeTableRules::performanceWithinProjects));
        return r;
    }

    private static RuleInfo info(String id, String title, String basis) {
        return new RuleInfo(id, Severity.ERROR, Category.CONSISTENCY, title, MSG, TOL, basis);
    }

    private static ComparisonRule map(
            String id, String title, String basis, BiFunction<String, Claim, List<String>> concepts) {
        return new ComparisonRule(info(id, title, basis), ctx -> byConcepts(ctx, concepts));
    }

    /** "事业单位4家", "1家事业单位": units whose 公用经费 is no 机关运行经费 (参公 ones are named 参公). */
    private static final java.util.regex.Pattern INSTITUTIONS = java.util.regex.Pattern.compile(
            "(?<!参公|公务员法管理的)事业单位\\s*([1-9]\\d*|[一二三四五六七八九十]+)\\s*家|(?<![\\d])([1-9]\\d*)\\s*家事业单位");

    /**
     * True when the document says the department includes 事业单位 that are not 参公: their 公用经费 is in 表六 but
     * not in 机关运行经费 (I-27), so 机关运行经费 may be smaller than 公用经费, never larger.
     */
    static boolean withInstitutions(AuditContext ctx) {
        for (var p : ctx.claims().paragraphs()) {
            if (p.text().contains("事业单位") && INSTITUTIONS.matcher(p.text()).find()) {
                return true;
            }
        }
        return false;
    }

    private static List<Comparison> byConcepts(AuditContext ctx, BiFunction<String, Claim, List<String>> concepts) {
        return byConcepts(ctx, concepts, Comparison.Relation.EQUAL);
    }

    /** Each current amount claim against the first table concept of its subject that the tables have. */
    private static List<Comparison> byConcepts(
            AuditContext ctx, BiFunction<String, Claim, List<String>> concepts, Comparison.Relation relation) {
        List<Comparison> out = new ArrayList<>();
        Facts facts = ctx.facts();
        for (Claim c : ctx.claims().of(Claim.Kind.AMOUNT)) {
            if (c.period() != Period.CURRENT || c.subject().isNone()) {
                continue;
            }
            List<String> candidates = concepts.apply(c.subject().key(), c);
            Optional<Fact> table = facts.firstOf(candidates);
            if (table.isEmpty()) {
                continue;
            }
            out.add(FactChecks.printed(
                    c,
                    List.of(table.get()),
                    List.of(),
                    c.subject().name(),
                    () -> BRACKET_TAIL
                            .matcher(table.get().location().describe())
                            .replaceAll(""),
                    "正文金额应与表格一致；核对后改正有误的一处。",
                    relation));
        }
        return out;
    }

    private static List<Claim> projectClaims(AuditContext ctx) {
        return ctx.claims().of(Claim.Kind.AMOUNT).stream()
                .filter(c -> c.subject().key().startsWith("project:") && c.period() == Period.CURRENT)
                .toList();
    }

    private static List<Comparison> projects(AuditContext ctx) {
        List<Claim> projects = projectClaims(ctx);
        Optional<Fact> t7 = ctx.facts().first("T7|total|total");
        if (projects.isEmpty() || t7.isEmpty()) {
            return List.of();
        }
        List<Fact> parts = projects.stream().map(Narratives::fact).toList();
        // A project in 七 may also use money outside 一般公共预算: 表七 may be smaller, never larger.
        Comparison c = FactChecks.atMost(t7.get(), parts, "表七项目支出合计", "正文各项目预算安排规模之和", "正文应逐一说明全部项目，且各项目金额之和等于表七合计。");
        return List.of(c);
    }

    private static List<Comparison> projectTargets(AuditContext ctx) {
        List<Comparison> out = new ArrayList<>();
        for (Claim c : projectClaims(ctx)) {
            String name = org.gongkai.core.audit.facts.Numbers.clean(c.subject().name());
            for (Map.Entry<String, Fact> t : TargetFacts.totals(ctx).entrySet()) {
                if (t.getKey().equals(name)) {
                    out.add(FactChecks.printed(
                            c,
                            List.of(t.getValue()),
                            List.of(),
                            "项目“" + name + "”预算安排规模",
                            "其绩效目标表年度资金总额",
                            "项目金额应与绩效目标表一致。",
                            Comparison.Relation.EQUAL));
                }
            }
        }
        return out;
    }

    /** Budgets only: the projects with targets are among the year's projects (决算 texts state budget sums). */
    private static List<Comparison> performanceWithinProjects(AuditContext ctx) {
        Optional<Fact> projects = ctx.facts().first("T3|total|project");
        if (Narratives.finalAccounts(ctx) || projects.isEmpty()) {
            return List.of();
        }
        List<Comparison> out = new ArrayList<>();
        for (Claim c : ctx.claims().of(Claim.Kind.AMOUNT)) {
            if (c.subject().key().equals("performance.amount") && c.period() == Period.CURRENT) {
                out.add(FactChecks.atMost(
                        Narratives.fact(c),
                        List.of(projects.get()),
                        "编报绩效目标的项目涉及预算资金",
                        "支出预算总表项目支出合计",
                        "核对绩效目标项目的涉及金额：它是项目支出的一部分。"));
            }
        }
        return out;
    }

    private static List<Comparison> performanceAmount(AuditContext ctx) {
        List<Comparison> out = new ArrayList<>();
        Map<String, Fact> totals = TargetFacts.totals(ctx);
        if (totals.isEmpty()) {
            return out;
        }
        boolean allPublished = CountRules.statedPerformanceCount(ctx)
                .map(n -> n <= ctx.disclosure().targetTables().count())
                .orElse(true);
        for (Claim c : ctx.claims().of(Claim.Kind.AMOUNT)) {
            if (c.subject().key().equals("performance.amount") && !allPublished) {
                // Only some projects' target tables are published: they cover part of the stated amount.
                out.add(FactChecks.printed(
                        c,
                        List.copyOf(totals.values()),
                        List.of(),
                        "实行绩效管理项目涉及金额",
                        "所附绩效目标表年度资金总额之和",
                        "涉及金额不应小于所附绩效目标表资金之和。",
                        Comparison.Relation.AT_LEAST));
            } else if (c.subject().key().equals("performance.amount")) {
                out.add(FactChecks.printed(
                        c,
                        List.copyOf(totals.values()),
                        List.of(),
                        "实行绩效管理项目涉及金额",
                        "各绩效目标表年度资金总额之和",
                        "涉及金额应等于所列绩效目标表资金之和。",
                        Comparison.Relation.EQUAL));
            }
        }
        return out;
    }
}
