package org.gongkai.formats.report;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.audit.AuditResult;
import org.gongkai.core.audit.Finding;
import org.gongkai.core.audit.Location;
import org.gongkai.core.disclosure.Block;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.Heading;
import org.gongkai.core.disclosure.Paragraph;
import org.gongkai.core.disclosure.Table;
import org.gongkai.core.disclosure.TargetTable;

/**
 * The HTML audit report: the findings list, then the document itself with each finding highlighted where
 * it occurs (a narrative span or a table cell), linked both ways.
 */
public final class HtmlReport {
    private HtmlReport() {}

    /** One document: its result and the disclosure it was read into (may be null if unreadable). */
    public record Entry(AuditResult result, Disclosure disclosure) {}

    public static String render(List<Entry> entries) {
        return render(entries, null);
    }

    /** The documents, then the section "跨文件核对" when {@code cross} is given. */
    public static String render(List<Entry> entries, CrossSection cross) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Gongkai 审核报告</title><style>")
                .append("body{font-family:'Noto Sans CJK SC','WenQuanYi Micro Hei','Microsoft YaHei',sans-serif;")
                .append("max-width:1100px;margin:2em auto;padding:0 1em;line-height:1.7;color:#222}")
                .append("table{border-collapse:collapse;margin:.5em 0 1.5em;font-size:.9em}")
                .append("td,th{border:1px solid #999;padding:2px 6px}td.n{text-align:right}")
                .append("mark.ERROR,td.ERROR{background:#ffc9c9}mark.WARNING,td.WARNING{background:#ffe8a8}")
                .append(
                        "mark.INFO,td.INFO{background:#d0ebff}.f{margin:.4em 0;padding:.3em .6em;border-left:4px solid #999}")
                .append(".f.ERROR{border-color:#e03131}.f.WARNING{border-color:#f08c00}.f.INFO{border-color:#1c7ed6}")
                .append("sup a{text-decoration:none}</style></head><body>\n");
        int docNo = 0;
        for (Entry e : entries) {
            docNo++;
            document(sb, e, "d" + docNo);
        }
        if (cross != null) {
            cross(sb, cross);
        }
        sb.append("</body></html>\n");
        return sb.toString();
    }

    /** The pairs laid over each other and their findings, each with every place (file, table, row, column). */
    private static void cross(StringBuilder sb, CrossSection cross) {
        sb.append("<section id=\"cross\"><h1>").append(CrossSection.TITLE).append("</h1>\n");
        if (cross.pairs().isEmpty()) {
            sb.append("<p>未找到可相互核对的部门公开与单位公开（同一年度、同一类别、单位属于该部门）。</p></section>\n");
            return;
        }
        sb.append("<ul>");
        for (String pair : cross.pairs()) {
            sb.append("<li>核对：").append(esc(pair)).append("</li>");
        }
        sb.append("</ul>\n<p>");
        counts(sb, cross.findings());
        sb.append("</p>\n");
        if (cross.findings().isEmpty()) {
            sb.append("<p>未发现问题。</p>");
        }
        int n = 0;
        for (Finding f : cross.findings()) {
            n++;
            head(sb, f, "x" + n, n);
            for (int i = 0; i < f.locations().size(); i++) {
                sb.append("<br><small>")
                        .append(i == 0 ? "位置：" : "对照：")
                        .append(esc(f.locations().get(i).describe()))
                        .append("</small>");
            }
            if (!f.expected().isEmpty() || !f.actual().isEmpty()) {
                sb.append("<br><small>应为 ")
                        .append(esc(f.expected()))
                        .append("，实际 ")
                        .append(esc(f.actual()))
                        .append("</small>");
            }
            sb.append("</div>\n");
        }
        sb.append("</section>\n");
    }

    private static void counts(StringBuilder sb, List<Finding> findings) {
        long[] n = new long[org.gongkai.core.audit.Severity.values().length];
        findings.forEach(f -> n[f.severity().ordinal()]++);
        sb.append("错误 ")
                .append(n[org.gongkai.core.audit.Severity.ERROR.ordinal()])
                .append(" 项，警告 ")
                .append(n[org.gongkai.core.audit.Severity.WARNING.ordinal()])
                .append(" 项，提示 ")
                .append(n[org.gongkai.core.audit.Severity.INFO.ordinal()])
                .append(" 项");
    }

    /** The opening of a finding's box: number, rule, severity and message. */
    private static void head(StringBuilder sb, Finding f, String id, int number) {
        sb.append("<div class=\"f ")
                .append(f.severity().name())
                .append("\" id=\"")
                .append(id)
                .append("\"><b>")
                .append(number)
                .append(". [")
                .append(esc(f.ruleId()))
                .append("] ")
                .append(esc(f.severity().label()))
                .append("</b> ")
                .append(esc(f.message()));
    }

    private static void document(StringBuilder sb, Entry e, String prefix) {
        AuditResult r = e.result();
        sb.append("<section><h1>").append(esc(r.source())).append("</h1>\n<p>");
        if (r.info() != null && !r.info().unitName().isEmpty()) {
            sb.append(esc(r.info().unitName())).append(" · ");
        }
        counts(sb, r.findings());
        sb.append("</p>\n<h2>问题清单</h2>\n");
        List<Finding> fs = r.findings();
        for (int i = 0; i < fs.size(); i++) {
            Finding f = fs.get(i);
            String id = prefix + "f" + (i + 1);
            head(sb, f, id, i + 1);
            sb.append(" <a href=\"#")
                    .append(id)
                    .append("-at\">↓原文</a><br><small>位置：")
                    .append(esc(f.location().describe()));
            if (!f.expected().isEmpty() || !f.actual().isEmpty()) {
                sb.append("；应为 ").append(esc(f.expected())).append("，实际 ").append(esc(f.actual()));
            }
            if (!f.suggestion().isEmpty()) {
                sb.append("；建议：").append(esc(f.suggestion()));
            }
            sb.append("</small></div>\n");
        }
        if (e.disclosure() != null) {
            sb.append("<h2>文档原文（问题已标出）</h2>\n");
            for (Block b : e.disclosure().blocks()) {
                block(sb, b, fs, prefix);
            }
        }
        sb.append("</section>\n");
    }

    private static void block(StringBuilder sb, Block b, List<Finding> fs, String prefix) {
        if (b instanceof Heading h) {
            int level = Math.min(6, h.level() + 2);
            sb.append("<h")
                    .append(level)
                    .append('>')
                    .append(esc(h.number()))
                    .append(h.number().isEmpty() ? "" : " ");
            sb.append(esc(h.text())).append("</h").append(level).append(">\n");
        } else if (b instanceof Paragraph p) {
            paragraph(sb, p, fs, prefix);
        } else if (b instanceof Table t) {
            table(sb, t, fs, prefix);
        } else if (b instanceof TargetTable t) {
            sb.append("<table><caption>项目支出绩效目标表：").append(esc(t.projectName())).append("</caption>");
            sb.append("<tr><th scope=\"row\">年度资金总额</th><td colspan=\"3\">")
                    .append(esc(t.total()))
                    .append("</td></tr><tr><th scope=\"row\">年度目标</th><td colspan=\"3\">")
                    .append(esc(t.goal()))
                    .append("</td></tr>");
            for (var row : t.indicators()) {
                sb.append("<tr><td>")
                        .append(esc(row.level1()))
                        .append("</td><td>")
                        .append(esc(row.level2()));
                sb.append("</td><td>")
                        .append(esc(row.name()))
                        .append("</td><td>")
                        .append(esc(row.value()));
                sb.append("</td></tr>");
            }
            sb.append("</table>\n");
        }
    }

    private static void paragraph(StringBuilder sb, Paragraph p, List<Finding> fs, String prefix) {
        String text = p.text();
        // Collect non-overlapping spans of findings that point into this paragraph.
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < fs.size(); i++) {
            for (Location l : fs.get(i).locations()) {
                if (l.quote().isEmpty() || !l.table().isEmpty()) {
                    continue;
                }
                int start = l.start() >= 0
                                && l.end() <= text.length()
                                && l.start() < l.end()
                                && text.substring(l.start(), l.end()).equals(l.quote())
                        ? l.start()
                        : text.indexOf(l.quote());
                if (start < 0) {
                    continue;
                }
                int end = start + l.quote().length();
                boolean overlaps = spans.stream().anyMatch(s -> s[0] < end && start < s[1]);
                if (!overlaps) {
                    spans.add(new int[] {start, end, i});
                }
                break;
            }
        }
        spans.sort((a, c) -> Integer.compare(a[0], c[0]));
        sb.append("<p>");
        int pos = 0;
        for (int[] s : spans) {
            Finding f = fs.get(s[2]);
            String id = prefix + "f" + (s[2] + 1);
            sb.append(esc(text.substring(pos, s[0])));
            sb.append("<mark class=\"")
                    .append(f.severity().name())
                    .append("\" id=\"")
                    .append(id)
                    .append("-at\" title=\"")
                    .append(esc(f.message()))
                    .append("\">")
                    .append(esc(text.substring(s[0], s[1])))
                    .append("</mark><sup><a href=\"#")
                    .append(id)
                    .append("\">")
                    .append(s[2] + 1)
                    .append("</a></sup>");
            pos = s[1];
        }
        sb.append(esc(text.substring(pos))).append("</p>\n");
    }

    private static void table(StringBuilder sb, Table t, List<Finding> fs, String prefix) {
        sb.append("<table><caption>")
                .append(esc((t.number() + " " + t.title()).strip()))
                .append(t.unitLabel().isEmpty() ? "" : "（单位：" + esc(t.unitLabel()) + "）")
                .append("</caption><thead><tr>");
        for (Table.Column c : t.columns()) {
            sb.append("<th scope=\"col\">").append(esc(c.label())).append("</th>");
        }
        sb.append("</tr></thead><tbody>\n");
        for (Table.Row row : t.rows()) {
            sb.append("<tr>");
            for (int c = 0; c < t.columns().size(); c++) {
                Table.Column col = t.columns().get(c);
                int hit = findingAt(fs, t, row, col);
                sb.append("<td");
                if (col.type() == Table.ColumnType.AMOUNT) {
                    sb.append(" class=\"n");
                    sb.append(hit >= 0 ? " " + fs.get(hit).severity().name() : "")
                            .append('"');
                } else if (hit >= 0) {
                    sb.append(" class=\"").append(fs.get(hit).severity().name()).append('"');
                }
                if (hit >= 0) {
                    sb.append(" id=\"")
                            .append(prefix)
                            .append('f')
                            .append(hit + 1)
                            .append("-at\" title=\"")
                            .append(esc(fs.get(hit).message()))
                            .append('"');
                }
                sb.append('>').append(esc(row.cell(c)));
                if (hit >= 0) {
                    sb.append("<sup><a href=\"#")
                            .append(prefix)
                            .append('f')
                            .append(hit + 1)
                            .append("\">");
                    sb.append(hit + 1).append("</a></sup>");
                }
                sb.append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody></table>\n");
        for (String note : t.notes()) {
            sb.append("<p><small>").append(esc(note)).append("</small></p>\n");
        }
    }

    private static int findingAt(List<Finding> fs, Table t, Table.Row row, Table.Column col) {
        String title = squeeze(t.title());
        String label = squeeze(col.label());
        for (int i = 0; i < fs.size(); i++) {
            Location l = fs.get(i).location();
            if (l.table().isEmpty() || title.isEmpty() || !squeeze(l.table()).contains(title)) {
                continue;
            }
            String lRow = squeeze(l.row());
            String lCol = squeeze(l.column());
            boolean rowMatches = !lRow.isEmpty()
                    && ((!row.key().isEmpty() && lRow.startsWith(squeeze(row.key())))
                            || row.cells().stream()
                                    .map(HtmlReport::squeeze)
                                    .anyMatch(c -> !c.isEmpty() && lRow.endsWith(c)));
            boolean colMatches =
                    !lCol.isEmpty() && (lCol.equals(label) || label.endsWith(lCol) || lCol.endsWith(label));
            if (rowMatches && colMatches) {
                return i;
            }
        }
        return -1;
    }

    /** Text without any white space (readers keep the spaces printed inside labels: "合  计"). */
    private static String squeeze(String s) {
        return s == null ? "" : s.replaceAll("[\\s\u3000]+", "");
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
