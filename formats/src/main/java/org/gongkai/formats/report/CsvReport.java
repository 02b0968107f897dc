package org.gongkai.formats.report;

import java.util.List;
import org.gongkai.core.audit.AuditResult;
import org.gongkai.core.audit.Finding;

/** One row per finding, RFC 4180, UTF-8 with a BOM so that Excel opens the Chinese correctly. */
public final class CsvReport {
    private CsvReport() {}

    public static String render(List<AuditResult> results) {
        return render(results, null);
    }

    /** Per-file rows, then the cross-document findings with 文件 "跨文件核对" (their places name the files). */
    public static String render(List<AuditResult> results, CrossSection cross) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        line(sb, FindingRow.HEADERS);
        for (AuditResult r : results) {
            for (Finding f : r.findings()) {
                line(sb, FindingRow.cells(r.source(), f));
            }
        }
        if (cross != null) {
            for (Finding f : cross.findings()) {
                line(sb, FindingRow.cells(CrossSection.TITLE, f));
            }
        }
        return sb.toString();
    }

    static void line(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(quote(cells.get(i)));
        }
        sb.append("\r\n");
    }

    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
