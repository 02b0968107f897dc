package org.gongkai.core.derive.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.budget.ExpenditureKind;
import org.gongkai.core.budget.FundSource;
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
        List<Column> columns = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        for (ColumnSpec c : spec.columns()) {
            columns.add(new Column(c.key(), c.label(), ColumnType.AMOUNT));
            cells.add(spec.format().format(value(c.role(), figures, ctx)));
        }
        List<Table.Row> rows = List.of(new Table.Row("budget", Table.Row.Type.DATA, cells, SourceRef.NONE));
        return TableBuilders.table(spec, ctx, columns, rows);
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
