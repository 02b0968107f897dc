package org.gongkai.core.json;

import java.util.List;
import org.gongkai.core.disclosure.Block;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.DisclosureInfo;
import org.gongkai.core.disclosure.Heading;
import org.gongkai.core.disclosure.Paragraph;
import org.gongkai.core.disclosure.SourceRef;
import org.gongkai.core.disclosure.Table;
import org.gongkai.core.disclosure.TargetTable;

/** Reads the disclosure JSON tree of {@link DisclosureCodec}, collecting every problem. */
final class DisclosureReader {
    private final Fields.Context cx = new Fields.Context();

    Disclosure read(Object tree) {
        Fields root = Fields.of(cx, "$", tree);
        Fields i = root.object("info");
        DisclosureInfo info = new DisclosureInfo(
                i.optString("unitName", ""),
                i.optInteger("fiscalYear", 0, false),
                i.enumValue("kind", DisclosureInfo.Kind.class, DisclosureInfo.Kind.BUDGET),
                i.optString("templateId", ""),
                i.optString("title", ""),
                i.optString("source", ""));
        i.end();
        List<Block> blocks = root.list("blocks", true, this::block);
        root.end();
        if (!cx.problems.isEmpty()) {
            throw new DisclosureFormatException(cx.problems);
        }
        return new Disclosure(info, blocks);
    }

    private Block block(Object v, String at) {
        Fields f = Fields.of(cx, at, v);
        String type = f.string("type");
        Block b = switch (type) {
            case "heading" -> new Heading(f.integer("level"), f.optString("number", ""), f.string("text"), ref(f));
            case "paragraph" -> new Paragraph(f.optString("section", ""), f.string("text"), ref(f));
            case "table" -> table(f);
            case "targetTable" -> targetTable(f);
            default -> {
                if (!type.isEmpty()) {
                    cx.problem(f.path("type"), "heading、paragraph、table 或 targetTable", "\"" + type + "\"");
                }
                yield null;
            }
        };
        if (b != null) {
            f.end();
        }
        return b;
    }

    private Table table(Fields f) {
        String key = f.optString("key", "");
        String number = f.optString("number", "");
        String title = f.string("title");
        String preparer = f.optString("preparer", "");
        String unitLabel = f.optString("unitLabel", "");
        List<Table.Column> columns = f.list("columns", true, (v, at) -> {
            Fields c = Fields.of(cx, at, v);
            Table.Column col = new Table.Column(
                    c.optString("key", ""),
                    c.optString("label", ""),
                    c.enumValue("type", Table.ColumnType.class, Table.ColumnType.TEXT));
            c.end();
            return col;
        });
        List<Table.Row> rows = f.list("rows", true, (v, at) -> {
            Fields r = Fields.of(cx, at, v);
            Table.Row row = new Table.Row(
                    r.optString("key", ""),
                    r.enumValue("type", Table.Row.Type.class, Table.Row.Type.DATA),
                    r.strings("cells"),
                    ref(r),
                    java.util.Set.copyOf(r.list("uncertain", false, (u, uat) -> r.asInt(u, uat, false))));
            r.end();
            return row;
        });
        List<String> notes = f.strings("notes");
        return new Table(key, number, title, preparer, unitLabel, columns, rows, notes, ref(f));
    }

    private TargetTable targetTable(Fields f) {
        String year = f.optString("year", "");
        String projectName = f.string("projectName");
        String unitName = f.optString("unitName", "");
        String unitLabel = f.optString("unitLabel", "");
        String total = f.optString("total", "");
        String fiscal = f.optString("fiscal", "");
        String other = f.optString("other", "");
        String goal = f.optString("goal", "");
        List<TargetTable.IndicatorRow> rows = f.list("indicators", true, (v, at) -> {
            Fields r = Fields.of(cx, at, v);
            TargetTable.IndicatorRow row = new TargetTable.IndicatorRow(
                    r.optString("level1", ""),
                    r.optString("level2", ""),
                    r.optString("name", ""),
                    r.optString("value", ""),
                    ref(r));
            r.end();
            return row;
        });
        return new TargetTable(year, projectName, unitName, unitLabel, total, fiscal, other, goal, rows, ref(f));
    }

    private SourceRef ref(Fields f) {
        if (!f.has("ref")) {
            return SourceRef.NONE;
        }
        Fields r = f.object("ref");
        SourceRef ref =
                new SourceRef(r.optInteger("page", 0, false), r.optInteger("line", 0, false), r.optString("sheet", ""));
        r.end();
        return ref;
    }
}
