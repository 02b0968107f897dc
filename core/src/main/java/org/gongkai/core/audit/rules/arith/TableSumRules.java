package org.gongkai.core.audit.rules.arith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.gongkai.core.audit.AuditContext;
import org.gongkai.core.audit.Category;
import org.gongkai.core.audit.RuleInfo;
import org.gongkai.core.audit.Severity;
import org.gongkai.core.audit.facts.ColumnRole;
import org.gongkai.core.audit.facts.TableKind;
import org.gongkai.core.audit.facts.TableView;
import org.gongkai.core.audit.facts.TableView.ViewRow;

/**
 * Sums within the code tables (表二, 表三, 表五, 表六, 表七, 表九): per row across the columns of the
 * template's column identity, per column down the top-level rows to the 合计 row, and up the code tree
 * (类 = Σ款, 款 = Σ项; I-07, I-23).
 */
final class TableSumRules {
    static final String TOL = "显示精度（0.01万元或1元）；恰差一个显示单位且由舍入可解释的另报 ROUND.RESIDUE";
    private static final String ROW_MSG =
            "{where}：{what}为{actual}{unit}，{parts}之和为{expected}{unit}，相差{difference}{unit}";
    private static final String COL_MSG =
            "{where}：合计行为{actual}{unit}，各{parts}行之和为{expected}{unit}，相差{difference}{unit}";
    private static final String HIER_MSG =
            "{where}：{level}数为{actual}{unit}，所属{childLevel}之和为{expected}{unit}，相差{difference}{unit}";

    private TableSumRules() {}

    static List<ComparisonRule> all() {
        List<ComparisonRule> rules = new ArrayList<>();
        rules.add(rowSum(TableKind.T2, "I-06", "总计", v -> allBut(v, ColumnRole.TOTAL)));
        rules.add(rowSum(TableKind.T3, "I-09", "合计", v -> allBut(v, ColumnRole.TOTAL)));
        rules.add(rowSum(TableKind.T5, "I-17", "合计", v -> roles(v, ColumnRole.BASIC, ColumnRole.PROJECT)));
        rules.add(rowSum(TableKind.T6, "I-22", "合计", v -> roles(v, ColumnRole.PERSONNEL, ColumnRole.PUBLIC)));
        rules.add(rowSum(TableKind.T7, "I-28", "项目支出合计", v -> allBut(v, ColumnRole.TOTAL)));
        rules.add(rowSum(TableKind.T9, "I-35", "合计", v -> roles(v, ColumnRole.BASIC, ColumnRole.PROJECT)));
        rules.add(rowSum(TableKind.T10, "I-35", "合计", v -> roles(v, ColumnRole.BASIC, ColumnRole.PROJECT)));
        for (TableKind k : List.of(
                TableKind.T2, TableKind.T3, TableKind.T5, TableKind.T6, TableKind.T7, TableKind.T9, TableKind.T10)) {
            rules.add(columnSum(k));
        }
        for (TableKind k :
                List.of(TableKind.T2, TableKind.T3, TableKind.T5, TableKind.T7, TableKind.T9, TableKind.T10)) {
            rules.add(hierarchy(k, "I-07", false));
        }
        rules.add(hierarchy(TableKind.T6, "I-23", true));
        return rules;
    }

    static RuleInfo info(String id, Category category, String title, String message, String basis) {
        return new RuleInfo(id, Severity.ERROR, category, title, message, TOL, basis);
    }

    private static List<Integer> allBut(TableView v, String role) {
        return v.sides().isEmpty()
                ? List.of()
                : v.sides().get(0).roles().entrySet().stream()
                        .filter(e -> !e.getKey().equals(role))
                        .map(Map.Entry::getValue)
                        .toList();
    }

    private static List<Integer> roles(TableView v, String... roles) {
        List<Integer> out = new ArrayList<>();
        for (String r : roles) {
            v.column(0, r).ifPresent(out::add);
        }
        return out.size() == roles.length ? out : List.of();
    }

    private static ComparisonRule rowSum(
            TableKind kind, String basis, String totalName, Function<TableView, List<Integer>> parts) {
        RuleInfo info = info(
                kind.name() + ".ROW-SUM",
                Category.ACCURACY,
                kind.usualTitle() + "：每行" + totalName + "不等于各组成列之和",
                ROW_MSG,
                basis);
        return new ComparisonRule(info, ctx -> {
            List<Comparison> out = new ArrayList<>();
            for (TableView v : views(ctx, kind)) {
                Optional<Integer> total = v.column(0, ColumnRole.TOTAL);
                List<Integer> p = parts.apply(v);
                if (total.isEmpty() || p.isEmpty()) {
                    continue;
                }
                for (ViewRow r : v.rows()) {
                    TableChecks.acrossColumns(v, r, total.get(), p, "核对该行" + totalName + "与各列金额，改正录入有误的单元格。")
                            .ifPresent(out::add);
                }
            }
            return out;
        });
    }

    private static ComparisonRule columnSum(TableKind kind) {
        RuleInfo info = info(
                kind.name() + ".COL-SUM",
                Category.ACCURACY,
                kind.usualTitle() + "：合计行不等于同级各行之和",
                COL_MSG,
                kind == TableKind.T6 ? "I-22" : "I-07");
        return new ComparisonRule(info, ctx -> {
            List<Comparison> out = new ArrayList<>();
            for (TableView v : views(ctx, kind)) {
                Optional<ViewRow> total = v.totalRow();
                List<ViewRow> top = TableChecks.topLevel(v);
                if (total.isEmpty() || top.isEmpty()) {
                    continue;
                }
                String level = top.get(0).code().isEmpty()
                        ? "数据"
                        : TableChecks.levelName(top.get(0).code(), kind == TableKind.T6);
                for (int c : TableChecks.amountColumns(v)) {
                    TableChecks.downRows(v, total.get(), top, c, level, "核对合计行与各" + level + "行金额，改正合计或漏列的行。")
                            .ifPresent(out::add);
                }
            }
            return out;
        });
    }

    private static ComparisonRule hierarchy(TableKind kind, String basis, boolean economic) {
        RuleInfo info =
                info(kind.name() + ".HIER", Category.ACCURACY, kind.usualTitle() + "：上级科目不等于下级科目之和", HIER_MSG, basis);
        return new ComparisonRule(info, ctx -> {
            List<Comparison> out = new ArrayList<>();
            for (TableView v : views(ctx, kind)) {
                for (ViewRow parent : v.rows()) {
                    if (parent.code().length() != 3 && parent.code().length() != 5) {
                        continue;
                    }
                    List<ViewRow> children = TableChecks.children(v, parent);
                    if (children.isEmpty()) {
                        continue;
                    }
                    String level = TableChecks.levelName(parent.code(), economic);
                    String childLevel = TableChecks.levelName(children.get(0).code(), economic);
                    for (int c : TableChecks.amountColumns(v)) {
                        TableChecks.downRows(
                                        v,
                                        parent,
                                        children,
                                        c,
                                        childLevel,
                                        "核对" + level + "级金额与其下各" + childLevel + "之和。")
                                .map(cmp -> withLevels(cmp, level, childLevel))
                                .ifPresent(out::add);
                    }
                }
            }
            return out;
        });
    }

    private static Comparison withLevels(Comparison c, String level, String childLevel) {
        return c.withValues(LazyValues.with(c.values(), "level", level, "childLevel", childLevel));
    }

    static List<TableView> views(AuditContext ctx, TableKind kind) {
        return ctx.facts().views().stream()
                .filter(v -> v.kind().filter(kind::equals).isPresent())
                .toList();
    }
}
