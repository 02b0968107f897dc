package org.gongkai.core.audit.rules.arith;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.gongkai.core.audit.AuditContext;
import org.gongkai.core.audit.Category;
import org.gongkai.core.audit.RuleInfo;
import org.gongkai.core.audit.Severity;
import org.gongkai.core.audit.facts.Fact;
import org.gongkai.core.audit.facts.Facts;
import org.gongkai.core.audit.facts.Numbers;
import org.gongkai.core.audit.facts.RowRole;

/** Identities between tables (identities.csv I-05…I-35): the same money shown in two tables must agree. */
final class CrossTableRules {
    private static final String MSG =
            "{where}：{what}为{actual}{unit}，与{against}{expected}{unit}不一致，相差{difference}{unit}";
    private static final String LE_MSG = "{where}：{what}为{actual}{unit}，超过{against}{expected}{unit}";
    private static final String[] APPROPS = {"GP_APPROP", "GF_APPROP", "SOE_APPROP", "FIN_APPROP"};

    private CrossTableRules() {}

    static List<ComparisonRule> all() {
        List<ComparisonRule> r = new ArrayList<>();
        r.add(rule(
                "X.T1-T3-CLASS",
                "表一各类支出与表三类级合计不一致",
                "I-05",
                ctx -> byCode(ctx, "T1", "amount", "T3", "total", 3, "表一支出（类）", "表三同类合计")));
        r.add(rule("X.T1-T2-INCOME", "表二收入合计与表一收入不一致", "I-08", ctx -> {
            List<Comparison> out = new ArrayList<>();
            Facts f = ctx.facts();
            for (String src : List.of(
                    "GP_APPROP",
                    "GF_APPROP",
                    "SOE_APPROP",
                    "FIN_SPECIAL",
                    "PUBLIC_SERVICE",
                    "SUPERIOR_SUBSIDY",
                    "OPERATING",
                    "OTHER",
                    "SUPERIOR_SPECIAL",
                    "CAREER_FUND_MAKEUP")) {
                pair(out, f.first("T2|total|" + src), f.first("T1|" + src + "|amount"), "表二合计行该收入", "表一同一收入项目");
            }
            Optional<Fact> t1 = f.first("T1|" + RowRole.INCOME_SUBTOTAL + "|amount")
                    .or(() -> f.first("T1|" + RowRole.INCOME_TOTAL + "|amount"));
            pair(out, f.first("T2|total|total"), t1, "表二收入总计", "表一收入合计");
            return out;
        }));
        r.add(rule("X.T1-T3-TOTAL", "表三支出合计与表一本年支出合计不一致", "I-10", ctx -> {
            List<Comparison> out = new ArrayList<>();
            Facts f = ctx.facts();
            Optional<Fact> t1 = f.first("T1|" + RowRole.EXPENSE_SUBTOTAL + "|amount")
                    .or(() -> f.first("T1|" + RowRole.EXPENSE_TOTAL + "|amount"));
            pair(out, f.first("T3|total|total"), t1, "表三支出合计", "表一本年支出合计");
            return out;
        }));
        r.add(rule("X.T1-T4-INCOME", "表四财政拨款收入与表一不一致", "I-14", ctx -> {
            List<Comparison> out = new ArrayList<>();
            for (String src : APPROPS) {
                pair(
                        out,
                        ctx.facts().first("T4|" + src + "|amount"),
                        ctx.facts().first("T1|" + src + "|amount"),
                        "表四该项财政拨款收入",
                        "表一同一收入项目");
            }
            return out;
        }));
        r.add(rule(
                "X.T4-T5-CLASS",
                "表四一般公共预算支出（分类）与表五不一致",
                "I-15",
                ctx -> byCode(ctx, "T4", "GP_APPROP", "T5", "total", 3, "表四一般公共预算支出（类）", "表五同类合计")));
        r.add(rule("X.T4-T9", "表四政府性基金预算支出与表九合计不一致", "I-15, I-35", ctx -> {
            List<Comparison> out = new ArrayList<>();
            pair(
                    out,
                    ctx.facts().first("T9|total|total"),
                    ctx.facts().first("T4|" + RowRole.EXPENSE_TOTAL + "|GF_APPROP"),
                    "表九合计",
                    "表四政府性基金预算支出总计");
            return out;
        }));
        r.add(rule("X.T4-T10", "表四国有资本经营预算支出与国有资本经营预算支出表合计不一致", "I-15", ctx -> {
            List<Comparison> out = new ArrayList<>();
            pair(
                    out,
                    ctx.facts().first("T10|total|total"),
                    ctx.facts().first("T4|" + RowRole.EXPENSE_TOTAL + "|SOE_APPROP"),
                    "国有资本经营预算支出表合计",
                    "表四国有资本经营预算支出总计");
            return out;
        }));
        r.add(ruleLe("X.T4-T1-SUBSET", "表四财政拨款支出总计超过表一支出总计", "I-16", ctx -> {
            List<Comparison> out = new ArrayList<>();
            Facts f = ctx.facts();
            Optional<Fact> t4 = f.first("T4|" + RowRole.EXPENSE_TOTAL + "|total");
            Optional<Fact> t1 = f.first("T1|" + RowRole.EXPENSE_TOTAL + "|amount");
            if (t4.isPresent() && t1.isPresent()) {
                out.add(FactChecks.atMost(
                        t4.get(), List.of(t1.get()), "表四财政拨款支出总计", "表一支出总计", "财政拨款是全部资金的一部分，核对两表总计。"));
            }
            return out;
        }));
        r.add(rule("X.T4-T5-TOTAL", "表五合计与表四一般公共预算支出总计不一致", "I-18", ctx -> {
            List<Comparison> out = new ArrayList<>();
            pair(
                    out,
                    ctx.facts().first("T5|total|total"),
                    ctx.facts().first("T4|" + RowRole.EXPENSE_TOTAL + "|GP_APPROP"),
                    "表五合计",
                    "表四一般公共预算支出总计");
            return out;
        }));
        r.add(rule("X.T5-T6-BASIC", "表六合计与表五基本支出合计不一致", "I-19, I-25", ctx -> {
            List<Comparison> out = new ArrayList<>();
            pair(out, ctx.facts().first("T6|total|total"), ctx.facts().first("T5|total|basic"), "表六合计", "表五基本支出合计");
            return out;
        }));
        r.add(rule("X.T5-T7-PROJECT", "表七合计与表五项目支出不一致", "I-19, I-29", ctx -> {
            List<Comparison> out = new ArrayList<>();
            pair(out, ctx.facts().first("T7|total|total"), ctx.facts().first("T5|total|project"), "表七合计", "表五项目支出合计");
            out.addAll(byCode(ctx, "T7", "total", "T5", "project", 7, "表七该项项目支出", "表五同项项目支出"));
            return out;
        }));
        r.add(ruleLe("X.T5-T3-SUBSET", "表五某行超过表三同一行", "I-20", ctx -> {
            List<Comparison> out = new ArrayList<>();
            Facts f = ctx.facts();
            for (Fact t5 : f.all()) {
                if (!t5.concept().startsWith("T5|")) {
                    continue;
                }
                f.first("T3" + t5.concept().substring(2))
                        .ifPresent(t3 -> out.add(FactChecks.atMost(
                                t5, List.of(t3), "表五（一般公共预算）", "表三（全部资金）同一单元格", "一般公共预算支出是全部支出的一部分，核对两表同一行。")));
            }
            return out;
        }));
        r.add(ruleLe("X.T6-T8", "表六“三公”相关经济科目超过表八对应项目", "I-26", ctx -> {
            List<Comparison> out = new ArrayList<>();
            Facts f = ctx.facts();
            subset(out, f, List.of("30212"), "abroad", "因公出国（境）费");
            subset(out, f, List.of("30217"), "reception", "公务接待费");
            subset(out, f, List.of("30231"), "vehicleOperation", "公务用车运行费");
            return out;
        }));
        r.add(warning("X.T6-SPLIT", "表六人员经费、公用经费与经济分类口径不符", "I-24", ctx -> {
            List<Comparison> out = new ArrayList<>();
            split(out, ctx.facts(), "personnel", List.of("301", "303"), "人员经费", "工资福利支出与对个人和家庭的补助之和");
            // 310 bought within 基本支出 is 公用经费 (参考资料 I-24: 302 + 310 items bought from 公用经费)
            split(out, ctx.facts(), "public", List.of("302", "310"), "公用经费", "商品和服务支出与资本性支出之和");
            return out;
        }));
        r.add(warning(
                "X.T2-T3-ITEM",
                "表二与表三同一项目金额不一致",
                "I-11",
                ctx -> byCode(ctx, "T2", "total", "T3", "total", 7, "表二该项收入", "表三该项支出")));
        return r;
    }

    private static void subset(List<Comparison> out, Facts f, List<String> codes, String column, String name) {
        Optional<Fact> t8 = f.first("T8|current|" + column);
        List<Fact> rows = new ArrayList<>();
        for (String c : codes) {
            f.first("T6|" + c + "|total").ifPresent(rows::add);
        }
        if (rows.isEmpty()) {
            return;
        }
        Fact cap = t8.orElse(null);
        if (cap == null) {
            return;
        }
        for (Fact row : rows) {
            out.add(FactChecks.atMost(row, List.of(cap), "表六经济科目", "表八" + name, "表六该科目不应超过表八同项“三公”经费；核对科目归集。"));
        }
    }

    private static void split(
            List<Comparison> out, Facts f, String column, List<String> classes, String what, String against) {
        Optional<Fact> total = f.first("T6|total|" + column);
        if (total.isEmpty()) {
            return;
        }
        List<Fact> parts = new ArrayList<>();
        boolean anyRow = false;
        for (Fact x : f.all()) {
            if (!x.concept().startsWith("T6|")) {
                continue; // spares the split on every other table's facts
            }
            String[] k = x.concept().split("\\|");
            if (k.length == 3 && k[0].equals("T6") && k[2].equals("total") && Numbers.isDigits(k[1], 5)) {
                anyRow = true;
                if (classes.contains(k[1].substring(0, 3))) {
                    parts.add(x);
                }
            }
        }
        if (!anyRow) {
            return;
        }
        out.add(FactChecks.sum(
                total.get(),
                parts,
                "表六" + what + "合计",
                against,
                "按模板口径，人员经费为301、303类，公用经费为302类及基本支出中的310类；如本地口径不同请说明。"));
    }

    /** Same code rows of two tables (code of the given length), one column each; a missing row counts as absent. */
    private static List<Comparison> byCode(
            AuditContext ctx, String a, String colA, String b, String colB, int length, String what, String against) {
        List<Comparison> out = new ArrayList<>();
        Facts f = ctx.facts();
        String prefix = a + "|";
        for (Fact x : f.all()) {
            if (!x.concept().startsWith(prefix)) {
                continue; // spares the split on every other table's facts
            }
            String[] k = x.concept().split("\\|");
            if (k.length == 3
                    && k[0].equals(a)
                    && k[2].equals(colA)
                    && k[1].length() == length
                    && Numbers.isDigits(k[1], 0)) {
                pair(out, Optional.of(x), f.first(b + "|" + k[1] + "|" + colB), what + "（" + k[1] + "）", against);
            }
        }
        return out;
    }

    private static void pair(
            List<Comparison> out, Optional<Fact> stated, Optional<Fact> reference, String what, String against) {
        if (stated.isPresent() && reference.isPresent()) {
            out.add(FactChecks.equal(stated.get(), reference.get(), what, against, "同一金额在不同表中应一致，核对两表并改正有误的一处。"));
        }
    }

    private static ComparisonRule rule(
            String id, String title, String basis, Function<AuditContext, List<Comparison>> body) {
        return new ComparisonRule(
                new RuleInfo(
                        id, Severity.ERROR, Category.CONSISTENCY, title, MSG, "显示精度（0.01万元或1元），两表单位不同时按较粗者", basis),
                body);
    }

    private static ComparisonRule ruleLe(
            String id, String title, String basis, Function<AuditContext, List<Comparison>> body) {
        return new ComparisonRule(
                new RuleInfo(id, Severity.ERROR, Category.CONSISTENCY, title, LE_MSG, "显示精度", basis), body);
    }

    private static ComparisonRule warning(
            String id, String title, String basis, Function<AuditContext, List<Comparison>> body) {
        return new ComparisonRule(
                new RuleInfo(id, Severity.WARNING, Category.CONSISTENCY, title, MSG, "显示精度；模板口径可能不同", basis), body);
    }
}
