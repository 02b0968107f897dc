package org.gongkai.core.derive.table;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.gongkai.core.disclosure.SourceRef;
import org.gongkai.core.disclosure.Table;
import org.gongkai.core.disclosure.Table.Column;
import org.gongkai.core.disclosure.Table.ColumnType;
import org.gongkai.core.template.TableSpec;
import org.gongkai.core.template.TableSpec.ColumnSpec;

/**
 * Rows = 部门预算支出经济分类 类 with their 款, in code order, then 合计; columns by role: {@code total},
 * {@code personnel} (人员经费) and {@code public} (公用经费) per the template's split (表六).
 */
final class EconomicBasicBuilder implements TableBuilder {

    @Override
    public Table build(TableSpec spec, TableContext ctx) {
        Figures figures = ctx.figures(spec.unit());
        String code = spec.label("code", "经济分类科目编码");
        List<Column> columns = new ArrayList<>();
        if (spec.splitCodes()) {
            columns.add(new Column("code.class", code + "/类", ColumnType.CODE));
            columns.add(new Column("code.section", code + "/款", ColumnType.CODE));
        } else {
            columns.add(new Column("code", code, ColumnType.CODE));
        }
        columns.add(new Column("name", spec.label("name", "经济分类科目名称"), ColumnType.LABEL));
        for (ColumnSpec c : spec.columns()) {
            columns.add(new Column(c.key(), c.label(), ColumnType.AMOUNT));
        }
        TreeSet<String> codes = figures.economicCodes(spec.filter());
        List<Table.Row> rows = new ArrayList<>(codes.size() + 1);
        for (String econ : codes) {
            List<String> cells = new ArrayList<>(columns.size());
            if (spec.splitCodes()) {
                cells.add(econ.substring(0, Math.min(3, econ.length())));
                cells.add(econ.length() > 3 ? econ.substring(3) : "");
            } else {
                cells.add(econ);
            }
            cells.add(ctx.economicName(econ));
            for (ColumnSpec c : spec.columns()) {
                cells.add(spec.format()
                        .format(figures.economic(
                                c.filter(), econ, ctx.template().split(), c.role())));
            }
            Table.Row.Type type = econ.length() == 3 ? Table.Row.Type.SUBTOTAL : Table.Row.Type.DATA;
            rows.add(new Table.Row(econ, type, cells, SourceRef.NONE));
        }
        List<String> total = new ArrayList<>(columns.size());
        total.add("");
        if (spec.splitCodes()) {
            total.add("");
        }
        total.add(spec.label("total", "合计"));
        for (ColumnSpec c : spec.columns()) {
            total.add(spec.format()
                    .format(figures.economic(c.filter(), "", ctx.template().split(), c.role())));
        }
        rows.add(new Table.Row("total", Table.Row.Type.TOTAL, total, SourceRef.NONE));
        return TableBuilders.table(spec, ctx, columns, rows);
    }
}
