package org.gongkai.formats.render;

import java.util.List;
import org.gongkai.core.disclosure.Block;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.Heading;
import org.gongkai.core.disclosure.Paragraph;
import org.gongkai.core.disclosure.Table;
import org.gongkai.core.disclosure.TargetTable;

/**
 * Plain text in the layout of published text files (the 克州 2021 example): headings and paragraphs one
 * per line; a table as its number line, title line and "编制部门：…  单位：…" line, then each row with one
 * cell per line, each cell indented by a tab, and a blank line between rows. A text reader reads it back.
 */
public final class TextRenderer implements Renderer {
    @Override
    public String render(Disclosure d) {
        StringBuilder out = new StringBuilder();
        for (Block b : d.blocks()) {
            if (b instanceof Heading h) {
                out.append(headingLine(h)).append('\n');
            } else if (b instanceof Paragraph p) {
                out.append(p.text()).append('\n');
            } else if (b instanceof Table t) {
                table(t, out);
            } else if (b instanceof TargetTable t) {
                targetTable(t, out);
            }
        }
        out.append('\n').append(RenderFormat.hashLine(d)).append('\n');
        return out.toString();
    }

    /** "第一部分  概况", "一、主要职能", "（一）机关运行经费情况". */
    static String headingLine(Heading h) {
        if (h.number().isEmpty()) {
            return h.text();
        }
        return switch (h.level()) {
            case 1 -> h.number() + "  " + h.text();
            case 2 -> h.number() + "、" + h.text();
            default -> h.number() + h.text();
        };
    }

    private static void table(Table t, StringBuilder out) {
        out.append('\n');
        if (!t.number().isEmpty()) {
            out.append(t.number()).append("：\n");
        }
        out.append(t.title()).append('\n');
        String line = preparerLine(t);
        if (!line.isEmpty()) {
            out.append(line).append('\n');
        }
        row(t.columns().stream().map(Table.Column::label).toList(), out);
        for (Table.Row r : t.rows()) {
            row(r.cells(), out);
        }
        for (String note : t.notes()) {
            out.append(note).append('\n');
        }
    }

    /** "编制部门：X        单位：万元" (either part may be absent). */
    static String preparerLine(Table t) {
        StringBuilder sb = new StringBuilder();
        if (!t.preparer().isEmpty()) {
            sb.append("编制部门：").append(t.preparer());
        }
        if (!t.unitLabel().isEmpty()) {
            sb.append(sb.length() > 0 ? "        " : "").append("单位：").append(t.unitLabel());
        }
        return sb.toString();
    }

    private static void row(List<String> cells, StringBuilder out) {
        for (String c : cells) {
            out.append('\t').append(oneLine(c)).append('\n');
        }
        out.append('\n');
    }

    private static void targetTable(TargetTable t, StringBuilder out) {
        out.append('\n').append("项目支出绩效目标表\n");
        if (!t.year().isEmpty()) {
            out.append("（").append(t.year()).append("年）\n");
        }
        row(List.of("项目名称", t.projectName()), out);
        row(List.of("预算单位", t.unitName()), out);
        String unit = t.unitLabel().isEmpty() ? "" : "（" + t.unitLabel() + "）";
        row(List.of("项目资金" + unit, "年度资金总额：" + t.total(), "其中：财政拨款：" + t.fiscal(), "其他资金：" + t.other()), out);
        row(List.of("年度目标", t.goal()), out);
        row(List.of("一级指标", "二级指标", "三级指标", "指标值（包含数字及文字描述）"), out);
        for (TargetTable.IndicatorRow r : t.indicators()) {
            row(List.of(r.level1(), r.level2(), r.name(), r.value()), out);
        }
    }

    /** A cell is one line: line breaks inside become spaces. */
    private static String oneLine(String s) {
        return s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }
}
