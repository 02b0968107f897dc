package org.gongkai.core.derive.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.core.disclosure.SourceRef;
import org.gongkai.core.disclosure.Table;
import org.gongkai.core.template.TableSpec;

/** The builders by the names templates use ({@link TableSpec#BUILDERS}). */
public final class TableBuilders {
    private static final Map<String, TableBuilder> BUILDERS = Map.of(
            TableSpec.FUNCTION_PIVOT, new FunctionPivotBuilder(false),
            TableSpec.INCOME_PIVOT, new FunctionPivotBuilder(true),
            TableSpec.TWO_SIDED, new TwoSidedBuilder(),
            TableSpec.ECONOMIC_BASIC, new EconomicBasicBuilder(),
            TableSpec.THREE_PUBLIC, new ThreePublicBuilder());

    private TableBuilders() {}

    /** True when a builder of that name exists. */
    public static boolean exists(String name) {
        return BUILDERS.containsKey(name);
    }

    /** Builds a table and attaches the template's empty-table note when the table has no figures. */
    public static Table build(TableSpec spec, TableContext context) {
        TableBuilder b = BUILDERS.get(spec.builder());
        if (b == null) {
            throw new IllegalStateException("未知的表构造器“" + spec.builder() + "”");
        }
        Table t = b.build(spec, context);
        if (t.isEmpty() && !spec.emptyNote().isEmpty()) {
            List<String> notes = new ArrayList<>(t.notes());
            notes.add(context.fill(spec.emptyNote()));
            t = new Table(
                    t.key(),
                    t.number(),
                    t.title(),
                    t.preparer(),
                    t.unitLabel(),
                    t.columns(),
                    t.rows(),
                    notes,
                    SourceRef.NONE);
        }
        return t;
    }

    /** A table with the spec's identity and no notes. */
    static Table table(TableSpec spec, TableContext ctx, List<Table.Column> columns, List<Table.Row> rows) {
        return new Table(
                spec.key(),
                spec.number(),
                ctx.fill(spec.title()),
                ctx.budget().unit().name(),
                spec.unit().label(),
                columns,
                rows,
                List.of(),
                SourceRef.NONE);
    }
}
