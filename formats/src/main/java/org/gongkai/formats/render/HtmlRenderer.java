package org.gongkai.formats.render;

import java.util.List;
import org.gongkai.core.disclosure.Block;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.Heading;
import org.gongkai.core.disclosure.Paragraph;
import org.gongkai.core.disclosure.Table;
import org.gongkai.core.disclosure.TargetTable;
import org.gongkai.core.json.DisclosureCodec;

/**
 * A complete standalone HTML page: {@code lang="zh-CN"}, one {@code <h1>}, headings one level below, every
 * table with a {@code <caption>} (number, title, preparer and unit), header cells with {@code scope},
 * amounts right-aligned with tabular figures, and a print style sheet for A4. Every text is escaped. The
 * content hash is in a {@code <meta>} element and in the footer.
 */
public final class HtmlRenderer implements Renderer {
    private static final String CSS = """
            body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif;\
            line-height:1.7;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#111}
            table{border-collapse:collapse;margin:1rem 0 1.5rem;width:100%}
            caption{text-align:left;font-weight:bold;padding:.3rem 0}
            caption .meta{display:block;font-weight:normal;font-size:.9em}
            th,td{border:1px solid #555;padding:.25rem .5rem;vertical-align:top}
            thead th{background:#eee}
            .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            tr.total,tr.subtotal{font-weight:bold}
            .note{font-size:.9em}
            footer{margin-top:2rem;font-size:.8em;color:#444;word-break:break-all}
            @media print{body{max-width:none;margin:0}thead{display:table-header-group}\
            tr,caption{break-inside:avoid}h1,h2,h3,h4,h5{break-after:avoid}@page{size:A4;margin:2cm}}
            """;

    @Override
    public String render(Disclosure d) {
        String hash = DisclosureCodec.contentHash(d);
        String title =
                d.info().title().isEmpty() ? d.info().unitName() : d.info().title();
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"gongkai-content-sha256\" content=\"")
                .append(hash)
                .append("\">\n<title>")
                .append(esc(title))
                .append("</title>\n<style>\n")
                .append(CSS)
                .append("</style>\n</head>\n<body>\n<main>\n<h1>")
                .append(esc(title))
                .append("</h1>\n");
        int tableNo = 0;
        for (Block b : d.blocks()) {
            if (b instanceof Heading h) {
                int level = Math.min(h.level() + 1, 6);
                out.append("<h").append(level).append('>');
                out.append(esc(TextRenderer.headingLine(h)));
                out.append("</h").append(level).append(">\n");
            } else if (b instanceof Paragraph p) {
                out.append("<p>").append(escLines(p.text())).append("</p>\n");
            } else if (b instanceof Table t) {
                table(t, out);
            } else if (b instanceof TargetTable t) {
                targetTable(t, ++tableNo, out);
            }
        }
        out.append("</main>\n<footer><p>")
                .append(esc(RenderFormat.hashLine(d)))
                .append("</p></footer>\n</body>\n</html>\n");
        return out.toString();
    }

    private static void table(Table t, StringBuilder out) {
        out.append("<table>\n<caption>");
        String number = t.number().isEmpty() ? "" : t.number() + " ";
        out.append(esc(number + t.title()));
        String line = TextRenderer.preparerLine(t);
        if (!line.isEmpty()) {
            out.append("<span class=\"meta\">").append(esc(line)).append("</span>");
        }
        out.append("</caption>\n<thead>\n<tr>");
        for (Table.Column c : t.columns()) {
            out.append("<th scope=\"col\"").append(c.type() == Table.ColumnType.AMOUNT ? " class=\"num\"" : "");
            out.append('>').append(esc(c.label())).append("</th>");
        }
        out.append("</tr>\n</thead>\n<tbody>\n");
        int headerColumn = rowHeaderColumn(t.columns());
        for (Table.Row r : t.rows()) {
            out.append("<tr").append(rowClass(r)).append('>');
            for (int i = 0; i < t.columns().size(); i++) {
                boolean amount = t.columns().get(i).type() == Table.ColumnType.AMOUNT;
                String tag = i == headerColumn ? "th" : "td";
                out.append('<').append(tag);
                if (i == headerColumn) {
                    out.append(" scope=\"row\"");
                }
                out.append(amount ? " class=\"num\">" : ">");
                out.append(escLines(r.cell(i))).append("</").append(tag).append('>');
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        for (String note : t.notes()) {
            out.append("<p class=\"note\">").append(escLines(note)).append("</p>\n");
        }
    }

    /** The column that names a row: the first label column, else the first column. */
    private static int rowHeaderColumn(List<Table.Column> columns) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).type() == Table.ColumnType.LABEL) {
                return i;
            }
        }
        return 0;
    }

    private static String rowClass(Table.Row r) {
        return switch (r.type()) {
            case TOTAL -> " class=\"total\"";
            case SUBTOTAL -> " class=\"subtotal\"";
            case DATA -> "";
        };
    }

    private static void targetTable(TargetTable t, int n, StringBuilder out) {
        String year = t.year().isEmpty() ? "" : "（" + t.year() + "年）";
        String unit = t.unitLabel().isEmpty() ? "" : "（" + t.unitLabel() + "）";
        out.append("<section class=\"target\" aria-labelledby=\"target-")
                .append(n)
                .append("\">\n<h5 id=\"target-")
                .append(n)
                .append("\">")
                .append(esc("项目支出绩效目标表" + year + "：" + t.projectName()))
                .append("</h5>\n<table>\n<caption>")
                .append(esc("项目概况"))
                .append("</caption>\n<tbody>\n");
        headedRow("项目名称", t.projectName(), false, out);
        headedRow("预算单位", t.unitName(), false, out);
        headedRow("年度资金总额" + unit, t.total(), true, out);
        headedRow("其中：财政拨款" + unit, t.fiscal(), true, out);
        headedRow("其他资金" + unit, t.other(), true, out);
        headedRow("年度目标", t.goal(), false, out);
        out.append("</tbody>\n</table>\n<table>\n<caption>绩效指标</caption>\n<thead>\n<tr>");
        for (String h : List.of("一级指标", "二级指标", "三级指标", "指标值（包含数字及文字描述）")) {
            out.append("<th scope=\"col\">").append(esc(h)).append("</th>");
        }
        out.append("</tr>\n</thead>\n<tbody>\n");
        for (TargetTable.IndicatorRow r : t.indicators()) {
            out.append("<tr><td>")
                    .append(esc(r.level1()))
                    .append("</td><td>")
                    .append(esc(r.level2()))
                    .append("</td><th scope=\"row\">")
                    .append(esc(r.name()))
                    .append("</th><td>")
                    .append(esc(r.value()))
                    .append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private static void headedRow(String label, String value, boolean amount, StringBuilder out) {
        out.append("<tr><th scope=\"row\">").append(esc(label)).append("</th><td");
        out.append(amount ? " class=\"num\">" : ">").append(escLines(value)).append("</td></tr>\n");
    }

    private static String escLines(String s) {
        return esc(s).replace("\r\n", "\n").replace("\n", "<br>");
    }

    /** Escapes text for element content and attribute values. */
    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
