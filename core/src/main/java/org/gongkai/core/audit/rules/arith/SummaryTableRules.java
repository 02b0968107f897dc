package org.gongkai.core.audit.rules.arith;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.gongkai.core.audit.AuditContext;
import org.gongkai.core.audit.Category;
import org.gongkai.core.audit.facts.ColumnRole;
import org.gongkai.core.audit.facts.RowRole;
import org.gongkai.core.audit.facts.TableKind;
import org.gongkai.core.audit.facts.TableView;
import org.gongkai.core.audit.rules.arith.TableChecks.Cell;

/** Identities of the two-sided summary tables 表一 and 表四 (I-01…I-04, I-12, I-13) and of 表八 (I-31, I-32). */
final class SummaryTableRules {
    private static final String MSG = "{where}：{what}为{actual}{unit}，{parts}为{expected}{unit}，相差{difference}{unit}";
    private static final List<String> APPROPRIATIONS = List.of(ColumnRole.GP, ColumnRole.GF, ColumnRole.SOE);
    private static final List<String> CARRIES = List.of("CARRY_OVER", "CAREER_FUND_MAKEUP");

    private SummaryTableRules() {}

    static List<ComparisonRule> all() {
        List<ComparisonRule> rules = new ArrayList<>();
        rules.add(rule(TableKind.T1, "T1.BALANCE", "收入总计不等于支出总计", "I-01", (v, out) -> {
            Optional<Cell> in = TableChecks.sideCell(v, 0, RowRole.INCOME_TOTAL, null);
            Optional<Cell> exp = TableChecks.sideCell(v, 1, RowRole.EXPENSE_TOTAL, null);
            if (in.isPresent() && exp.isPresent()) {
                TableChecks.cells(v, in.get(), List.of(exp.get()), "收入总计", "支出总计", "收入总计与支出总计应相等，核对两侧合计。")
                        .ifPresent(out::add);
            }
        }));
        rules.add(rule(TableKind.T1, "T1.INCOME-SUM", "收入合计不等于各收入项目之和", "I-02", (v, out) -> incomeSum(v, out, 0)));
        rules.add(rule(TableKind.T1, "T1.APPROP-SUM", "财政拨款（补助）不等于各类预算拨款之和", "I-03", (v, out) -> {
            Optional<Cell> fin = TableChecks.sideCell(v, 0, RowRole.FIN_APPROP, null);
            List<Cell> parts = present(v, 0, APPROPRIATIONS);
            if (fin.isEmpty() || parts.isEmpty()) {
                return;
            }
            String what = "一般公共预算、政府性基金预算、国有资本经营预算之和";
            String fix = "财政拨款应等于各类预算拨款之和。";
            Optional<Comparison> all = TableChecks.cells(v, fin.get(), parts, "财政拨款（补助）", what, fix);
            // Some templates list 国有资本经营预算 beside, not under, 财政拨款: either reading is accepted.
            Optional<Comparison> withoutSoe =
                    TableChecks.cells(v, fin.get(), present(v, 0, APPROPRIATIONS.subList(0, 2)), "财政拨款（补助）", what, fix);
            if (all.isPresent()
                    && all.get().outcome() != Comparison.Outcome.OK
                    && withoutSoe.map(c -> c.outcome() == Comparison.Outcome.OK).orElse(false)) {
                return;
            }
            all.ifPresent(out::add);
        }));
        rules.add(rule(TableKind.T1, "T1.EXPENSE-SUM", "支出合计不等于各类支出之和", "I-04", (v, out) -> expenseSum(v, out, null)));
        rules.add(rule(TableKind.T4, "T4.BALANCE", "财政拨款收入总计不等于支出总计", "I-12", (v, out) -> {
            Optional<Cell> in = TableChecks.sideCell(v, 0, RowRole.INCOME_TOTAL, null);
            Optional<Cell> exp = TableChecks.sideCell(v, 1, RowRole.EXPENSE_TOTAL, ColumnRole.TOTAL);
            if (in.isPresent() && exp.isPresent()) {
                TableChecks.cells(v, in.get(), List.of(exp.get()), "收入总计", "支出总计", "财政拨款收入总计与支出总计应相等。")
                        .ifPresent(out::add);
            }
        }));
        rules.add(rule(TableKind.T4, "T4.ROW-SUM", "支出合计列不等于三类预算之和", "I-12", (v, out) -> {
            if (v.sides().size() < 2) {
                return;
            }
            Optional<Integer> total = v.column(1, ColumnRole.TOTAL);
            List<Integer> parts = new ArrayList<>();
            APPROPRIATIONS.forEach(r -> v.column(1, r).ifPresent(parts::add));
            if (total.isEmpty() || parts.isEmpty()) {
                return;
            }
            for (TableView.ViewRow r : v.rows()) {
                if (!v.sideKey(r, 1).isEmpty()) {
                    TableChecks.acrossColumns(v, r, total.get(), parts, "该行合计应等于一般公共预算、政府性基金预算、国有资本经营预算之和。")
                            .ifPresent(out::add);
                }
            }
        }));
        rules.add(rule(TableKind.T4, "T4.INCOME-SUM", "财政拨款收入总计不等于各类拨款收入之和", "I-13", (v, out) -> incomeSum(v, out, 0)));
        rules.add(rule(TableKind.T4, "T4.COL-SUM", "财政拨款支出总计不等于各类支出之和", "I-13", (v, out) -> {
            if (v.sides().size() < 2) {
                return;
            }
            for (String role : v.sides().get(1).roles().keySet()) {
                expenseSum(v, out, role);
            }
        }));
        rules.add(rule(TableKind.T4, "T4.BUDGET-TYPE", "某类预算支出总计不等于该类预算拨款收入", "I-13", (v, out) -> {
            for (String role : APPROPRIATIONS) {
                Optional<Cell> exp = TableChecks.sideCell(v, 1, RowRole.EXPENSE_TOTAL, role);
                Optional<Cell> in = TableChecks.sideCell(v, 0, role, null);
                if (exp.isPresent() && in.isPresent()) {
                    List<Cell> parts = new ArrayList<>(List.of(in.get()));
                    TableChecks.cells(
                                    v,
                                    exp.get(),
                                    parts,
                                    "支出总计（" + v.columnLabel(exp.get().column()) + "）",
                                    "该类拨款收入",
                                    "每类预算的支出总计应等于该类拨款收入（含结转）。")
                            .ifPresent(out::add);
                }
            }
        }));
        rules.add(rule(TableKind.T8, "T8.TOTAL", "“三公”经费合计不等于三项之和", "I-31", (v, out) -> {
            Optional<Integer> total = v.column(ColumnRole.TOTAL);
            List<Integer> parts = new ArrayList<>();
            v.column(ColumnRole.ABROAD).ifPresent(parts::add);
            if (v.column(ColumnRole.VEHICLES).isPresent()) {
                parts.add(v.column(ColumnRole.VEHICLES).get());
            } else {
                v.column(ColumnRole.VEHICLE_PURCHASE).ifPresent(parts::add);
                v.column(ColumnRole.VEHICLE_OPERATION).ifPresent(parts::add);
            }
            v.column(ColumnRole.RECEPTION).ifPresent(parts::add);
            if (total.isPresent() && !parts.isEmpty()) {
                for (List<Integer> cols : withBudgets(v, total.get(), parts)) {
                    for (TableView.ViewRow r : v.rows()) {
                        TableChecks.acrossColumns(
                                        v,
                                        r,
                                        cols.get(0),
                                        cols.subList(1, cols.size()),
                                        "“三公”经费合计应等于因公出国（境）费、公务用车购置及运行费、公务接待费之和。")
                                .ifPresent(out::add);
                    }
                }
            }
        }));
        rules.add(rule(TableKind.T8, "T8.VEHICLES", "公务用车购置及运行费不等于购置费与运行费之和", "I-32", (v, out) -> {
            Optional<Integer> total = v.column(ColumnRole.VEHICLES);
            Optional<Integer> buy = v.column(ColumnRole.VEHICLE_PURCHASE);
            Optional<Integer> run = v.column(ColumnRole.VEHICLE_OPERATION);
            if (total.isPresent() && buy.isPresent() && run.isPresent()) {
                for (List<Integer> cols : withBudgets(v, total.get(), List.of(buy.get(), run.get()))) {
                    for (TableView.ViewRow r : v.rows()) {
                        TableChecks.acrossColumns(
                                        v, r, cols.get(0), cols.subList(1, cols.size()), "公务用车购置及运行费应等于购置费与运行费之和。")
                                .ifPresent(out::add);
                    }
                }
            }
        }));
        return rules;
    }

    /**
     * The columns of a row identity (total first, then its parts) and, when a 决算 table prints 预算数 beside each of
     * them, the same identity over those 预算数 columns.
     */
    private static List<List<Integer>> withBudgets(TableView v, int total, List<Integer> parts) {
        List<Integer> cols = new ArrayList<>();
        cols.add(total);
        cols.addAll(parts);
        if (v.budgetColumn(total).isEmpty()) {
            return List.of(cols);
        }
        List<Integer> budgets = new ArrayList<>();
        for (int c : cols) {
            v.budgetColumn(c).ifPresent(budgets::add);
        }
        return budgets.size() == cols.size() ? List.of(cols, budgets) : List.of(cols);
    }

    /** 本年收入合计 = Σ sources; 收入总计 = 本年收入合计 (or Σ sources) + 上年结转 + 用事业基金弥补. */
    private static void incomeSum(TableView v, List<Comparison> out, int side) {
        Optional<Cell> fin = TableChecks.sideCell(v, side, RowRole.FIN_APPROP, null);
        List<Cell> sources = new ArrayList<>();
        fin.ifPresent(sources::add);
        boolean soeBeside = fin.isPresent() && soeListedBeside(v, side, fin.get());
        for (String key : ColumnRole.INCOME_SOURCES) {
            boolean insideFin =
                    fin.isPresent() && APPROPRIATIONS.contains(key) && !(soeBeside && key.equals(ColumnRole.SOE));
            if (CARRIES.contains(key) || insideFin) {
                continue;
            }
            TableChecks.sideCell(v, side, key, null).ifPresent(sources::add);
        }
        List<Cell> carries = present(v, side, CARRIES);
        Optional<Cell> subtotal = TableChecks.sideCell(v, side, RowRole.INCOME_SUBTOTAL, null);
        Optional<Cell> total = TableChecks.sideCell(v, side, RowRole.INCOME_TOTAL, null);
        String suggestion = "核对收入合计与各收入项目金额。";
        if (subtotal.isPresent()) {
            TableChecks.cells(v, subtotal.get(), sources, "本年收入合计", "各收入项目之和", suggestion)
                    .ifPresent(out::add);
            if (total.isPresent()) {
                List<Cell> parts = new ArrayList<>(List.of(subtotal.get()));
                parts.addAll(carries);
                TableChecks.cells(v, total.get(), parts, "收入总计", "本年收入合计与结转、弥补之和", suggestion)
                        .ifPresent(out::add);
            }
        } else if (total.isPresent()) {
            List<Cell> parts = new ArrayList<>(sources);
            parts.addAll(carries);
            TableChecks.cells(v, total.get(), parts, "收入总计", "各收入项目之和", suggestion)
                    .ifPresent(out::add);
        }
    }

    /** 本年支出合计 = Σ 类; 支出总计 = 本年支出合计 (or Σ 类) + 结转下年. */
    private static void expenseSum(TableView v, List<Comparison> out, String role) {
        List<Cell> classes = TableChecks.classCells(v, 1, role);
        Optional<Cell> subtotal = TableChecks.sideCell(v, 1, RowRole.EXPENSE_SUBTOTAL, role);
        Optional<Cell> total = TableChecks.sideCell(v, 1, RowRole.EXPENSE_TOTAL, role);
        Optional<Cell> carry = TableChecks.sideCell(v, 1, RowRole.CARRY_FORWARD, role);
        String suggestion = "核对支出合计与各类功能科目金额。";
        if (subtotal.isPresent()) {
            TableChecks.cells(v, subtotal.get(), classes, "本年支出合计", "各类支出之和", suggestion)
                    .ifPresent(out::add);
            if (total.isPresent()) {
                List<Cell> parts = new ArrayList<>(List.of(subtotal.get()));
                carry.ifPresent(parts::add);
                TableChecks.cells(v, total.get(), parts, "支出总计", "本年支出合计与结转下年之和", suggestion)
                        .ifPresent(out::add);
            }
        } else if (total.isPresent()) {
            List<Cell> parts = new ArrayList<>(classes);
            carry.ifPresent(parts::add);
            String what =
                    role == null ? "支出总计" : "支出总计（" + v.columnLabel(total.get().column()) + "）";
            TableChecks.cells(v, total.get(), parts, what, "各类支出之和", suggestion).ifPresent(out::add);
        }
    }

    /** True when 财政拨款 equals 一般公共预算 + 政府性基金 alone, so 国有资本经营 is a row of its own. */
    private static boolean soeListedBeside(TableView v, int side, Cell fin) {
        Optional<Cell> soe = TableChecks.sideCell(v, side, ColumnRole.SOE, null);
        if (soe.isEmpty() || v.amount(soe.get().row(), soe.get().column()).isZero()) {
            return false;
        }
        return TableChecks.cells(v, fin, present(v, side, APPROPRIATIONS.subList(0, 2)), "", "", "")
                .map(c -> c.outcome() == Comparison.Outcome.OK)
                .orElse(false);
    }

    private static List<Cell> present(TableView v, int side, List<String> keys) {
        List<Cell> out = new ArrayList<>();
        for (String k : keys) {
            TableChecks.sideCell(v, side, k, null).ifPresent(out::add);
        }
        return out;
    }

    private static ComparisonRule rule(
            TableKind kind, String id, String title, String basis, BiConsumer<TableView, List<Comparison>> body) {
        return new ComparisonRule(
                TableSumRules.info(id, Category.ACCURACY, kind.usualTitle() + "：" + title, MSG, basis),
                (AuditContext ctx) -> {
                    List<Comparison> out = new ArrayList<>();
                    for (TableView v : TableSumRules.views(ctx, kind)) {
                        body.accept(v, out);
                    }
                    return out;
                });
    }
}
