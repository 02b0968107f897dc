package org.gongkai.formats.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gongkai.core.audit.AuditResult;
import org.gongkai.core.audit.Finding;
import org.gongkai.core.audit.Severity;

/** The folder summary of {@code gongkai audit DIR --summary out.csv}: one row per document. */
public final class SummaryReport {
    private static final List<String> HEADERS =
            List.of("文件", "状态", "单位", "年度", "模板", "错误", "警告", "提示", "主要问题", "说明", "用时毫秒");

    private SummaryReport() {}

    /** One document's line. */
    public record Row(
            String file,
            String status,
            String unit,
            String year,
            String template,
            long errors,
            long warnings,
            long infos,
            String topRules,
            String note,
            long millis) {

        public static Row of(AuditResult r, long millis) {
            var info = r.info();
            return new Row(
                    r.source(),
                    r.passes() ? "通过" : "有错误",
                    info == null ? "" : info.unitName(),
                    info == null || info.fiscalYear() == 0 ? "" : Integer.toString(info.fiscalYear()),
                    info == null ? "" : info.templateId(),
                    r.count(Severity.ERROR),
                    r.count(Severity.WARNING),
                    r.count(Severity.INFO),
                    SummaryReport.topRules(r.findings()),
                    "",
                    millis);
        }

        /** The cross-document line: 文件 "跨文件核对", the compared pairs as 说明. */
        public static Row cross(CrossSection cross) {
            return new Row(
                    CrossSection.TITLE,
                    cross.count(Severity.ERROR) == 0 ? "通过" : "有错误",
                    "",
                    "",
                    "",
                    cross.count(Severity.ERROR),
                    cross.count(Severity.WARNING),
                    cross.count(Severity.INFO),
                    SummaryReport.topRules(cross.findings()),
                    cross.pairs().isEmpty() ? "未找到可相互核对的部门与单位公开" : String.join("；", cross.pairs()),
                    0);
        }

        public static Row unreadable(String file, String reason) {
            return new Row(file, "无法读取", "", "", "", 0, 0, 0, "", reason, 0);
        }
    }

    public static String render(List<Row> rows) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        CsvReport.line(sb, HEADERS);
        for (Row r : rows) {
            CsvReport.line(
                    sb,
                    List.of(
                            r.file(),
                            r.status(),
                            r.unit(),
                            r.year(),
                            r.template(),
                            Long.toString(r.errors()),
                            Long.toString(r.warnings()),
                            Long.toString(r.infos()),
                            r.topRules(),
                            r.note(),
                            Long.toString(r.millis())));
        }
        return sb.toString();
    }

    /** The rules with most ERROR/WARNING findings, e.g. "T.ROW-SUM×3；NARR.RATE-BASE×1". */
    static String topRules(List<Finding> findings) {
        Map<String, Long> counts = findings.stream()
                .filter(f -> f.severity() != Severity.INFO)
                .collect(Collectors.groupingBy(Finding::ruleId, LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(5)
                .map(e -> e.getKey() + "×" + e.getValue())
                .collect(Collectors.joining("；"));
    }
}
