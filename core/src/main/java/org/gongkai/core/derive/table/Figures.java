package org.gongkai.core.derive.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.gongkai.core.amount.Amount;
import org.gongkai.core.amount.DisplayUnit;
import org.gongkai.core.budget.Budget;
import org.gongkai.core.budget.ExpenditureKind;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.budget.FundSource;
import org.gongkai.core.budget.IncomeLine;
import org.gongkai.core.budget.IncomeSource;
import org.gongkai.core.budget.ThreePublic;
import org.gongkai.core.template.LineFilter;
import org.gongkai.core.template.Template.ExpenseSplit;

/**
 * The displayed figures of one budget in one display unit: every quantity a table shows is looked up
 * here, so the same quantity shows the same number everywhere (基本支出 in 表三, 表五 and 表六) and every
 * displayed total is the sum of its displayed parts.
 *
 * <p>How: the budget's lines are summed into one canonical tree per side — expenditure: total → 资金性质
 * → 基本/项目 → 功能分类 类 → 款 → 项 → 经济分类 款; income: total → 资金性质 → 收入来源 → 类 → 款 → 项. Only the
 * root is rounded on its own; every node's displayed value is allocated among its children by the largest
 * remainder ({@link org.gongkai.core.amount.Rounding}). Alternative breakdowns of a (资金性质, 基本/项目)
 * node — by 经济分类 类/款, by project — start from that node's displayed value. A figure of any filter
 * is then a sum of displayed nodes, which keeps rows and columns additive at display precision. Income
 * and expenditure share displayed values per 资金性质 when their exact amounts agree (a balanced budget).
 */
public final class Figures {
    private static final Map<String, FundSource> FUNDS = byName(FundSource.values());
    private static final Map<String, ExpenditureKind> KINDS = byName(ExpenditureKind.values());
    private static final Map<String, IncomeSource> SOURCES = byName(IncomeSource.values());

    private final DisplayUnit unit;
    private final Node expenditure = new Node("");
    private final Node income = new Node("");
    private final Map<FundSource, Map<ExpenditureKind, Node>> economic = new EnumMap<>(FundSource.class);
    private final Map<FundSource, Node> projects = new EnumMap<>(FundSource.class);
    private final Node threePublic = new Node("");

    private Figures(DisplayUnit unit) {
        this.unit = unit;
    }

    /** Builds the figures of a budget in a unit. */
    public static Figures of(Budget budget, DisplayUnit unit) {
        Figures f = new Figures(unit);
        f.load(budget);
        return f;
    }

    public DisplayUnit unit() {
        return unit;
    }

    private void load(Budget budget) {
        for (ExpenditureLine l : budget.expenditure()) {
            String fn = l.functionCode() == null ? "" : l.functionCode();
            String econ = l.economicCode() == null ? "" : l.economicCode();
            expenditure.add(l.amount(), pathOf(l.fundSource().name(), l.kind().name(), fn, econ));
            economic.computeIfAbsent(l.fundSource(), k -> new EnumMap<>(ExpenditureKind.class))
                    .computeIfAbsent(l.kind(), k -> new Node(""))
                    .add(l.amount(), econPath(econ));
            if (l.kind() == ExpenditureKind.PROJECT) {
                String id = l.projectId() == null ? "" : l.projectId();
                projects.computeIfAbsent(l.fundSource(), k -> new Node("")).add(l.amount(), id);
            }
        }
        for (IncomeLine l : budget.income()) {
            String fn = l.functionCode() == null ? "" : l.functionCode();
            income.add(
                    l.amount(),
                    pathOf(l.source().fundSource().name(), l.source().name(), fn, ""));
        }
        ThreePublic tp = budget.threePublic() == null ? ThreePublic.NONE : budget.threePublic();
        threePublic.add(tp.abroad(), ThreePublic.Item.ABROAD.name());
        threePublic.add(tp.vehiclePurchase(), "vehicles", ThreePublic.Item.VEHICLE_PURCHASE.name());
        threePublic.add(tp.vehicleOperation(), "vehicles", ThreePublic.Item.VEHICLE_OPERATION.name());
        threePublic.add(tp.reception(), ThreePublic.Item.RECEPTION.name());
        allocate();
    }

    private void allocate() {
        expenditure.roundAndAllocate(unit);
        economic.forEach((fund, byKind) -> byKind.forEach((kind, node) -> {
            node.shown = expenditure.at(fund.name(), kind.name()).shown;
            node.allocate(unit);
        }));
        projects.forEach((fund, node) -> {
            node.shown = expenditure.at(fund.name(), ExpenditureKind.PROJECT.name()).shown;
            node.allocate(unit);
        });
        boolean balanced = income.exact.equals(expenditure.exact);
        for (FundSource fund : FundSource.values()) {
            Node i = income.children.get(fund.name());
            Node e = expenditure.children.get(fund.name());
            Amount ie = i == null ? Amount.ZERO : i.exact;
            Amount ee = e == null ? Amount.ZERO : e.exact;
            balanced &= ie.equals(ee);
        }
        if (balanced) {
            // Same exact amounts per 资金性质: show income with the very numbers of expenditure (I-01, I-13).
            income.shown = expenditure.shown;
            for (Node i : income.children.values()) {
                i.shown = expenditure.children.get(i.code).shown;
                i.allocate(unit);
            }
        } else {
            income.roundAndAllocate(unit);
        }
        threePublic.roundAndAllocate(unit);
    }

    /** Economic leaves below a 项 carry this prefix so they never pass for 5-digit function codes. */
    private static final String ECON = "e";

    private static String[] pathOf(String fund, String second, String fn, String econ) {
        java.util.List<String> path = new java.util.ArrayList<>(6);
        path.add(fund);
        path.add(second);
        for (int len = 3; len <= 7 && len <= fn.length(); len += 2) {
            path.add(fn.substring(0, len));
        }
        if (!econ.isEmpty()) {
            path.add(ECON + econ);
        }
        return path.toArray(new String[0]);
    }

    private static String[] econPath(String econ) {
        if (econ.length() <= 3) {
            return new String[] {econ};
        }
        return new String[] {econ.substring(0, 3), econ};
    }

    /** Function-code path below a (资金性质, second level) node: "201" → [201], "2010504" → [201, 20105, 2010504]. */
    private static String[] fnPath(String fn) {
        if (fn.isEmpty()) {
            return new String[0];
        }
        int n = fn.length() >= 7 ? 3 : fn.length() >= 5 ? 2 : 1;
        String[] p = new String[n];
        for (int k = 0; k < n; k++) {
            p[k] = fn.substring(0, 3 + 2 * k);
        }
        return p;
    }

    /** Displayed expenditure of the lines a filter accepts under a function code ("" for all codes). */
    public BigDecimal expenditure(LineFilter filter, String functionCode) {
        BigDecimal sum = zero();
        for (Node n : nodesAt(filter, functionCode)) {
            sum = sum.add(filter.economicPrefix().isEmpty() ? n.shown : economicLeaves(n, filter));
        }
        return sum;
    }

    /** Exact expenditure of the lines a filter accepts under a function code (decides which rows exist). */
    public Amount expenditureExact(LineFilter filter, String functionCode) {
        Amount sum = Amount.ZERO;
        for (Node n : nodesAt(filter, functionCode)) {
            sum = sum.plus(filter.economicPrefix().isEmpty() ? n.exact : economicExact(n, filter));
        }
        return sum;
    }

    /** The function-code node under every fund and kind the filter accepts (one per fund × kind that has it). */
    private List<Node> nodesAt(LineFilter filter, String functionCode) {
        List<Node> nodes = new ArrayList<>();
        String[] path = fnPath(functionCode);
        for (Node fund : expenditure.children.values()) {
            if (!filter.accepts(FUNDS.get(fund.code))) {
                continue;
            }
            for (Node kind : fund.children.values()) {
                if (!filter.accepts(KINDS.get(kind.code))) {
                    continue;
                }
                Node n = kind.at(path);
                if (n != null) {
                    nodes.add(n);
                }
            }
        }
        return nodes;
    }

    private BigDecimal economicLeaves(Node n, LineFilter filter) {
        BigDecimal sum = zero();
        for (Node c : n.children.values()) {
            if (c.code.startsWith(ECON)) {
                if (filter.acceptsEconomic(c.code.substring(1))) {
                    sum = sum.add(c.shown);
                }
            } else {
                sum = sum.add(economicLeaves(c, filter));
            }
        }
        return sum;
    }

    private Amount economicExact(Node n, LineFilter filter) {
        Amount sum = Amount.ZERO;
        for (Node c : n.children.values()) {
            if (c.code.startsWith(ECON)) {
                if (filter.acceptsEconomic(c.code.substring(1))) {
                    sum = sum.plus(c.exact);
                }
            } else {
                sum = sum.plus(economicExact(c, filter));
            }
        }
        return sum;
    }

    /** Function codes (类, 款, 项 up to {@code depth}) with expenditure under a filter, in code order. */
    public TreeSet<String> expenditureCodes(LineFilter filter, int depth) {
        TreeSet<String> codes = new TreeSet<>();
        for (Node fund : expenditure.children.values()) {
            if (!filter.accepts(FUNDS.get(fund.code))) {
                continue;
            }
            for (Node kind : fund.children.values()) {
                if (filter.accepts(KINDS.get(kind.code))) {
                    collectCodes(kind, 1, depth, codes, filter, true);
                }
            }
        }
        return codes;
    }

    private void collectCodes(Node n, int level, int depth, TreeSet<String> codes, LineFilter filter, boolean exp) {
        for (Node c : n.children.values()) {
            boolean fnCode = !c.code.startsWith(ECON) && c.code.length() == 1 + 2 * level;
            if (!fnCode || level > depth) {
                continue;
            }
            Amount amount = exp && !filter.economicPrefix().isEmpty() ? economicExact(c, filter) : c.exact;
            if (!amount.isZero()) {
                codes.add(c.code);
                collectCodes(c, level + 1, depth, codes, filter, exp);
            }
        }
    }

    /** Displayed income of the sources a filter accepts under a function code ("" for all codes). */
    public BigDecimal income(LineFilter filter, String functionCode) {
        BigDecimal sum = zero();
        String[] path = fnPath(functionCode);
        for (Node fund : income.children.values()) {
            for (Node source : fund.children.values()) {
                if (filter.accepts(SOURCES.get(source.code))) {
                    Node n = source.at(path);
                    if (n != null) {
                        sum = sum.add(n.shown);
                    }
                }
            }
        }
        return sum;
    }

    /** Exact income of the sources a filter accepts. */
    public Amount incomeExact(LineFilter filter) {
        Amount sum = Amount.ZERO;
        for (Node fund : income.children.values()) {
            for (Node source : fund.children.values()) {
                if (filter.accepts(SOURCES.get(source.code))) {
                    sum = sum.plus(source.exact);
                }
            }
        }
        return sum;
    }

    /** Function codes with income of the accepted sources, up to a depth. */
    public TreeSet<String> incomeCodes(LineFilter filter, int depth) {
        TreeSet<String> codes = new TreeSet<>();
        for (Node fund : income.children.values()) {
            for (Node source : fund.children.values()) {
                if (filter.accepts(SOURCES.get(source.code))) {
                    collectCodes(source, 1, depth, codes, filter, false);
                }
            }
        }
        return codes;
    }

    /**
     * Displayed expenditure by economic code (类 3 digits or 款 5 digits; "" for all) of the accepted
     * 资金性质 and kinds, optionally only the codes of one role of a split ({@code personnel}/{@code public}).
     */
    public BigDecimal economic(LineFilter filter, String economicCode, ExpenseSplit split, String role) {
        BigDecimal sum = zero();
        for (Map.Entry<FundSource, Map<ExpenditureKind, Node>> f : economic.entrySet()) {
            if (!filter.accepts(f.getKey())) {
                continue;
            }
            for (Map.Entry<ExpenditureKind, Node> k : f.getValue().entrySet()) {
                if (filter.accepts(k.getKey())) {
                    sum = sum.add(economicRole(k.getValue(), economicCode, split, role));
                }
            }
        }
        return sum;
    }

    private BigDecimal economicRole(Node root, String code, ExpenseSplit split, String role) {
        BigDecimal sum = zero();
        for (Node cls : root.children.values()) {
            if (!code.isEmpty() && !code.startsWith(cls.code) && !cls.code.startsWith(code)) {
                continue;
            }
            if (cls.children.isEmpty()) {
                if (cls.code.startsWith(code) && matches(split, role, cls.code)) {
                    sum = sum.add(cls.shown);
                }
                continue;
            }
            for (Node item : cls.children.values()) {
                if (item.code.startsWith(code) && matches(split, role, item.code)) {
                    sum = sum.add(item.shown);
                }
            }
        }
        return sum;
    }

    private static boolean matches(ExpenseSplit split, String role, String code) {
        return role.isEmpty() || role.equals("total") || split.roleOf(code).equals(role);
    }

    /** Economic codes (类 and 款) with expenditure of the accepted 资金性质 and kinds, in code order. */
    public TreeSet<String> economicCodes(LineFilter filter) {
        TreeSet<String> codes = new TreeSet<>();
        economic.forEach((fund, byKind) -> byKind.forEach((kind, root) -> {
            if (filter.accepts(fund) && filter.accepts(kind)) {
                for (Node cls : root.children.values()) {
                    if (!cls.exact.isZero()) {
                        codes.add(cls.code);
                        cls.children.values().stream()
                                .filter(i -> !i.exact.isZero())
                                .forEach(i -> codes.add(i.code));
                    }
                }
            }
        }));
        return codes;
    }

    /** Displayed 三公 item: {@code total}, {@code vehicles} or a {@link ThreePublic.Item} name. */
    public BigDecimal threePublic(String item) {
        if (item.equals("total")) {
            return threePublic.shown;
        }
        Node n = threePublic.children.get(item);
        if (n == null) {
            Node v = threePublic.children.get("vehicles");
            n = v == null ? null : v.children.get(item);
        }
        return n == null ? zero() : n.shown;
    }

    /** Displayed amount of a project (all 资金性质), allocated from 项目支出 so projects add up to it. */
    public BigDecimal project(String projectId) {
        BigDecimal sum = zero();
        for (Node n : projects.values()) {
            Node p = n.children.get(projectId);
            if (p != null) {
                sum = sum.add(p.shown);
            }
        }
        return sum;
    }

    /** Exact amount of a project. */
    public Amount projectExact(String projectId) {
        Amount sum = Amount.ZERO;
        for (Node n : projects.values()) {
            Node p = n.children.get(projectId);
            if (p != null) {
                sum = sum.plus(p.exact);
            }
        }
        return sum;
    }

    private static <E extends Enum<E>> Map<String, E> byName(E[] values) {
        Map<String, E> m = new java.util.HashMap<>();
        for (E e : values) {
            m.put(e.name(), e);
        }
        return Map.copyOf(m);
    }

    private BigDecimal zero() {
        return BigDecimal.ZERO.setScale(unit.decimals());
    }
}
