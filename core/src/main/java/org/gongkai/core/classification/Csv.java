package org.gongkai.core.classification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small RFC 4180 CSV reader for reference data: comma separator, fields optionally in double quotes, {@code ""}
 * for a quote inside a quoted field, quoted fields may hold commas and line breaks, CRLF or LF line ends. Syntax
 * errors become {@link LoadProblem}s instead of exceptions, so one pass reports every problem.
 */
public final class Csv {
    /** One record and the line it starts on. */
    public record Row(int line, List<String> fields) {}

    /** A parsed file: header, records, and the syntax problems met. */
    public record Table(String source, List<String> header, List<Row> rows, List<LoadProblem> problems) {
        /**
         * The problem of a header that lacks required columns ("表头缺少列：…" on line 1), if it does; an empty
         * table has no header to complain about.
         */
        public Optional<LoadProblem> missingColumns(List<String> required) {
            List<String> missing =
                    required.stream().filter(c -> column(c).isEmpty()).toList();
            if (header.isEmpty() || missing.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new LoadProblem(source, 1, "表头缺少列：" + String.join("、", missing)));
        }

        /** Index of a header column, if present (header names are compared trimmed). */
        public Optional<Integer> column(String name) {
            int i = header.indexOf(name);
            return i < 0 ? Optional.empty() : Optional.of(i);
        }

        /** The rows as maps from header name to field (missing trailing fields read as empty). */
        public Map<String, String> asMap(Row row) {
            Map<String, String> map = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                map.put(header.get(i), i < row.fields().size() ? row.fields().get(i) : "");
            }
            return map;
        }
    }

    private Csv() {}

    /**
     * Parses CSV text whose first record is the header. Records whose field count differs from the header's are
     * kept (and reported), so later checks still see them. A byte-order mark and blank lines are ignored.
     */
    public static Table parse(String source, String text) {
        List<LoadProblem> problems = new ArrayList<>();
        List<Row> records = read(source, text == null ? "" : stripBom(text), problems);
        if (records.isEmpty()) {
            problems.add(new LoadProblem(source, 0, "文件为空，缺少表头行"));
            return new Table(source, List.of(), List.of(), List.copyOf(problems));
        }
        List<String> header =
                records.get(0).fields().stream().map(String::strip).toList();
        List<Row> rows = records.subList(1, records.size());
        for (Row row : rows) {
            if (row.fields().size() != header.size()) {
                problems.add(new LoadProblem(
                        source, row.line(), "字段数为" + row.fields().size() + "，表头有" + header.size() + "列（逗号未加引号？）"));
            }
        }
        return new Table(source, header, List.copyOf(rows), List.copyOf(problems));
    }

    private static String stripBom(String text) {
        return text.startsWith("\ufeff") ? text.substring(1) : text;
    }

    private static List<Row> read(String source, String text, List<LoadProblem> problems) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        boolean quoted = false;
        boolean afterQuote = false; // a quoted field just closed; only a separator or line end may follow
        boolean fieldStarted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                        afterQuote = true;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                afterQuote = false;
                fieldStarted = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (fieldStarted || field.length() > 0 || afterQuote || !fields.isEmpty()) {
                    fields.add(field.toString());
                    rows.add(new Row(recordLine, List.copyOf(fields)));
                }
                fields.clear();
                field.setLength(0);
                afterQuote = false;
                fieldStarted = false;
                line++;
                recordLine = line;
            } else if (c == '"' && field.length() == 0 && !afterQuote) {
                quoted = true;
                fieldStarted = true;
            } else {
                if (afterQuote) {
                    problems.add(new LoadProblem(source, line, "引号字段结束后紧跟了字符“" + c + "”，应为逗号或换行"));
                    afterQuote = false;
                } else if (c == '"') {
                    problems.add(new LoadProblem(source, line, "未加引号的字段中出现引号，应写成\"\"并给整个字段加引号"));
                }
                field.append(c);
                fieldStarted = true;
            }
            i++;
        }
        if (quoted) {
            problems.add(new LoadProblem(source, recordLine, "引号未闭合，直到文件结尾"));
        }
        if (fieldStarted || field.length() > 0 || afterQuote || !fields.isEmpty()) {
            fields.add(field.toString());
            rows.add(new Row(recordLine, List.copyOf(fields)));
        }
        return rows;
    }
}
