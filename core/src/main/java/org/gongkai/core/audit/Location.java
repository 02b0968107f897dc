package org.gongkai.core.audit;

import org.gongkai.core.disclosure.SourceRef;

/**
 * Where a finding is: a table cell (table + row key/name + column) or a narrative span (section + quoted
 * text with its character offsets in the paragraph), plus the place in the source file.
 *
 * @param table table number and title ("表六 一般公共预算基本支出情况表"); empty for narrative
 * @param row row key and name ("30201 办公费"); empty when the whole table or column is meant
 * @param column column label ("公用经费"); empty when the whole row is meant
 * @param section narrative section path ("第三部分/五/（一）"); empty for tables
 * @param quote the quoted text span; empty for tables
 * @param start offset of the quote in its paragraph (-1 when not applicable)
 * @param end end offset (exclusive) of the quote (-1 when not applicable)
 * @param source page/line/sheet in the source file
 * @param file the file the place is in, for findings that compare several documents (cross-document
 *     checks); empty for a finding about the one document audited
 */
public record Location(
        String table,
        String row,
        String column,
        String section,
        String quote,
        int start,
        int end,
        SourceRef source,
        String file) {

    public Location {
        file = file == null ? "" : file;
    }

    /** A place in the document being audited (no file named). */
    public Location(
            String table,
            String row,
            String column,
            String section,
            String quote,
            int start,
            int end,
            SourceRef source) {
        this(table, row, column, section, quote, start, end, source, "");
    }

    /** The same place, named as being in {@code file} (a file name). */
    public Location inFile(String file) {
        return new Location(table, row, column, section, quote, start, end, source, file);
    }

    public static Location cell(String table, String row, String column, SourceRef source) {
        return new Location(table, row, column, "", "", -1, -1, source);
    }

    public static Location span(String section, String quote, int start, int end, SourceRef source) {
        return new Location("", "", "", section, quote, start, end, source);
    }

    public static Location document() {
        return new Location("", "", "", "", "", -1, -1, SourceRef.NONE);
    }

    /**
     * One Chinese line for reports: "表六 …／30201 办公费／公用经费（第12页）", preceded by "《file》" when the
     * place names its document.
     */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (!file.isEmpty()) {
            sb.append("《").append(file).append("》");
        }
        if (!table.isEmpty()) {
            sb.append(table);
            if (!row.isEmpty()) {
                sb.append("／").append(row);
            }
            if (!column.isEmpty()) {
                sb.append("／").append(column);
            }
        } else if (!section.isEmpty() || !quote.isEmpty()) {
            sb.append(section.isEmpty() ? "正文" : section);
            if (!quote.isEmpty()) {
                sb.append("：“").append(quote).append("”");
            }
        } else {
            sb.append("全文");
        }
        String where = source.describe();
        if (!where.isEmpty()) {
            sb.append("（").append(where).append("）");
        }
        return sb.toString();
    }
}
