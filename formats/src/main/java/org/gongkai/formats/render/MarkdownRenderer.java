package org.gongkai.formats.render;

import java.util.List;
import org.gongkai.core.disclosure.Block;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.Heading;
import org.gongkai.core.disclosure.Paragraph;
import org.gongkai.core.disclosure.Table;
import org.gongkai.core.disclosure.TargetTable;

/**
 * Markdown (CommonMark with GitHub pipe tables): the document title as {@code #}, headings one level
 * below, each table under a {@code ####} line with its number and title, then the preparer/unit line, a
 * pipe table (amount columns right-aligned) and its notes. Target tables become a summary table and an
 * indicator table. The content hash closes the document.
 */
public final class MarkdownRenderer implements Renderer {
    @Override
    public String render(Disclosure d) {
        StringBuilder out = new StringBuilder();
        if (!d.info().title().isEmpty()) {
            out.append("# ").append(inline(d.info().title())).append("\n\n");
        }
        for (Block b : d.blocks()) {
            if (b instanceof Heading h) {
                out.append("#".repeat(Math.min(h.level() + 1, 6)))
                        .append(' ')
                        .append(inline(TextRenderer.headingLine(h)))
                        .append("\n\n");
            } else if (b instanceof Paragraph p) {
                out.append(paragraph(p.text())).append("\n\n");
            } else if (b instanceof Table t) {
                table(t, out);
            } else if (b instanceof TargetTable t) {
                targetTable(t, out);
            }
        }
        out.append("---\n\n").append(RenderFormat.hashLine(d)).append('\n');
        return out.toString();
    }

    private static void table(Table t, StringBuilder out) {
        String number = t.number().isEmpty() ? "" : t.number() + "：";
        out.append("#### ").append(inline(number + t.title())).append("\n\n");
        String line = TextRenderer.preparerLine(t);
        if (!line.isEmpty()) {
            out.append(inline(line)).append("\n\n");
        }
        if (!t.columns().isEmpty()) {
            pipeRow(t.columns().stream().map(Table.Column::label).toList(), out);
            out.append('|');
            for (Table.Column c : t.columns()) {
                out.append(c.type() == Table.ColumnType.AMOUNT ? " ---: |" : " --- |");
            }
            out.append('\n');
            for (Table.Row r : t.rows()) {
                pipeRow(r.cells(), out);
            }
            out.append('\n');
        }
        for (String note : t.notes()) {
            out.append(paragraph(note)).append("\n\n");
        }
    }

    private static void targetTable(TargetTable t, StringBuilder out) {
        String year = t.year().isEmpty() ? "" : "（" + t.year() + "年）";
        out.append("##### ")
                .append(inline("项目支出绩效目标表" + year + "：" + t.projectName()))
                .append("\n\n");
        String unit = t.unitLabel().isEmpty() ? "" : "（" + t.unitLabel() + "）";
        pipeRow(List.of("项目", "内容"), out);
        out.append("| --- | --- |\n");
        pipeRow(List.of("项目名称", t.projectName()), out);
        pipeRow(List.of("预算单位", t.unitName()), out);
        pipeRow(List.of("年度资金总额" + unit, t.total()), out);
        pipeRow(List.of("其中：财政拨款" + unit, t.fiscal()), out);
        pipeRow(List.of("其他资金" + unit, t.other()), out);
        pipeRow(List.of("年度目标", t.goal()), out);
        out.append('\n');
        pipeRow(List.of("一级指标", "二级指标", "三级指标", "指标值"), out);
        out.append("| --- | --- | --- | --- |\n");
        for (TargetTable.IndicatorRow r : t.indicators()) {
            pipeRow(List.of(r.level1(), r.level2(), r.name(), r.value()), out);
        }
        out.append('\n');
    }

    private static void pipeRow(List<String> cells, StringBuilder out) {
        out.append('|');
        for (String c : cells) {
            out.append(' ').append(cell(c)).append(" |");
        }
        out.append('\n');
    }

    /** A table cell: pipes escaped, line breaks as {@code <br>}. */
    static String cell(String s) {
        return inline(s).replace("|", "\\|").replace("\r\n", "<br>").replace("\n", "<br>");
    }

    /** A paragraph: inline escapes, and a leading character that would start a block is escaped. */
    static String paragraph(String s) {
        String text = inline(s).replace("\r\n", "\n").replace("\n", "  \n");
        if (text.matches("(?s)^[#>+\\-=].*")) {
            return "\\" + text;
        }
        // "1. text" would start a list: escape the dot
        return text.replaceFirst("^(\\d+)([.)])(\\s)", "$1\\\\$2$3");
    }

    /** Escapes the characters that Markdown would read as formatting. */
    static String inline(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("\\`*_[]<>".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
