package org.gongkai.core.derive.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.amount.Amount;
import org.gongkai.core.budget.Comparative;
import org.gongkai.core.budget.ExpenditureKind;
import org.gongkai.core.budget.FundSource;
import org.gongkai.core.budget.QuantityKey;
import org.gongkai.core.budget.ThreePublic;
import org.gongkai.core.disclosure.SourceRef;
import org.gongkai.core.disclosure.Table;
import org.gongkai.core.disclosure.Table.Column;
import org.gongkai.core.disclosure.Table.ColumnType;
import org.gongkai.core.template.LineFilter;
import org.gongkai.core.template.TableSpec;
import org.gongkai.core.template.TableSpec.ColumnSpec;

/**
 * The "三公"经费 table: one row {@code budget} with the columns the template names by role ({@code total},
 * {@code ABROAD}, {@code vehicles}, {@code VEHICLE_PURCHASE}, {@code VEHICLE_OPERATION}, {@code RECEPTION},
 * and {@code operatingCosts} for templates that add 机关运行经费).
 */
final class ThreePublicBuilder implements TableBuilder {
    private static final LineFilter GENERAL_BASIC = new LineFilter(
            java.util.Set.of(FundSource.GENERAL_BUDGET),
            java.util.Set.of(ExpenditureKind.BASIC),
            "",
            java.util.Set.of());

    @Override
    public Table build(TableSpec spec, TableContext ctx) {
        Figures figures = ctx.figures(spec.unit());
        String lastYearLabel = spec.label("lastYearRow", "");
        boolean labelled = !lastYearLabel.isEmpty();
        List<Column> columns = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        if (labelled) {
            columns.add(new Column("item", spec.label("item", "项目"), ColumnType.LABEL));
            cells.add(ctx.fill(spec.label("budgetRow", "{year}年预算数")));
        }
        for (ColumnSpec c : spec.columns()) {
            columns.add(new Column(c.key(), c.label(), ColumnType.AMOUNT));
            cells.add(spec.format().format(value(c.role(), figures, ctx)));
        }
        List<Table.Row> rows = new ArrayList<>(2);
        rows.add(new Table.Row("budget", Table.Row.Type.DATA, cells, SourceRef.NONE));
        if (labelled) {
            rows.add(lastYear(spec, ctx, lastYearLabel));
        }
        return TableBuilders.table(spec, ctx, columns, rows);
    }

    /**
     * Last year's row from the budget's comparatives ({@code threePublic.ABROAD} …), displayed with the same
     * allocation rule so its 合计 and 小计 add up too. 机关运行经费 uses {@code operatingCosts}.
     */
    private static Table.Row lastYear(TableSpec spec, TableContext ctx, String label) {
        Node root = new Node("");
        root.add(last(ctx, QuantityKey.threePublic(ThreePublic.Item.ABROAD)), ThreePublic.Item.ABROAD.name());
        for (ThreePublic.Item v : List.of(ThreePublic.Item.VEHICLE_PURCHASE, ThreePublic.Item.VEHICLE_OPERATION)) {
            root.add(last(ctx, QuantityKey.threePublic(v)), "vehicles", v.name());
        }
        root.add(last(ctx, QuantityKey.threePublic(ThreePublic.Item.RECEPTION)), ThreePublic.Item.RECEPTION.name());
        root.roundAndAllocate(spec.unit());
        List<String> cells = new ArrayList<>();
        cells.add(ctx.fill(label));
        for (ColumnSpec c : spec.columns()) {
            BigDecimal v;
            if (c.role().equals("total")) {
                v = root.shown;
            } else if (c.role().equals("operatingCosts")) {
                v = spec.unit().round(last(ctx, QuantityKey.OPERATING_COSTS));
            } else {
                Node n = root.at(c.role());
                if (n == null) {
                    n = root.at("vehicles", c.role());
                }
                v = n == null ? BigDecimal.ZERO : n.shown;
            }
            cells.add(spec.format().format(v));
        }
        return new Table.Row("lastYear", Table.Row.Type.DATA, cells, SourceRef.NONE);
    }

    private static Amount last(TableContext ctx, String key) {
        return ctx.budget().comparative(key).map(Comparative::lastYear).orElse(Amount.ZERO);
    }

    /** 机关运行经费: as stated in the budget, else the 一般公共预算 基本支出 公用经费 (same figure as 表六). */
    static BigDecimal operatingCosts(Figures figures, TableContext ctx) {
        if (ctx.budget().operatingCosts() != null) {
            return figures.unit().round(ctx.budget().operatingCosts());
        }
        return figures.economic(GENERAL_BASIC, "", ctx.template().split(), "public");
    }

    private static BigDecimal value(String role, Figures figures, TableContext ctx) {
        return role.equals("operatingCosts") ? operatingCosts(figures, ctx) : figures.threePublic(role);
    }
}
