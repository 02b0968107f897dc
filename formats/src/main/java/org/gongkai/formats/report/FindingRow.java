package org.gongkai.formats.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.core.audit.Finding;
import org.gongkai.core.audit.Location;

/** A finding flattened to named columns, shared by the CSV, XLSX and JSON reports. */
final class FindingRow {
    /** Column headers in order (Chinese for people opening the file). */
    static final List<String> HEADERS =
            List.of("文件", "规则", "严重程度", "类别", "说明", "位置", "表", "行", "列", "章节", "原文", "页", "行号", "预期", "实际", "差额", "建议");

    private FindingRow() {}

    static List<String> cells(String source, Finding f) {
        Location l = f.location();
        return List.of(
                source,
                f.ruleId(),
                f.severity().label(),
                f.category().label(),
                f.message(),
                l.describe(),
                l.table(),
                l.row(),
                l.column(),
                l.section(),
                l.quote(),
                l.source().page() > 0 ? Integer.toString(l.source().page()) : "",
                l.source().line() > 0 ? Integer.toString(l.source().line()) : "",
                f.expected(),
                f.actual(),
                f.difference(),
                f.suggestion());
    }

    /** Machine-friendly map for JSON (English keys). */
    static Map<String, Object> json(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", f.ruleId());
        m.put("severity", f.severity().name());
        m.put("category", f.category().label());
        m.put("message", f.message());
        m.put("locations", f.locations().stream().map(FindingRow::location).toList());
        m.put("expected", f.expected());
        m.put("actual", f.actual());
        m.put("difference", f.difference());
        m.put("suggestion", f.suggestion());
        return m;
    }

    private static Map<String, Object> location(Location l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", l.describe());
        putIf(m, "file", l.file());
        putIf(m, "table", l.table());
        putIf(m, "row", l.row());
        putIf(m, "column", l.column());
        putIf(m, "section", l.section());
        putIf(m, "quote", l.quote());
        if (l.start() >= 0) {
            m.put("start", l.start());
            m.put("end", l.end());
        }
        if (l.source().page() > 0) {
            m.put("page", l.source().page());
        }
        if (l.source().line() > 0) {
            m.put("line", l.source().line());
        }
        putIf(m, "sheet", l.source().sheet());
        return m;
    }

    private static void putIf(Map<String, Object> m, String key, String value) {
        if (value != null && !value.isEmpty()) {
            m.put(key, value);
        }
    }
}
