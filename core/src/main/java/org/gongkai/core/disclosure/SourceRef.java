package org.gongkai.core.disclosure;

/**
 * A place in a source file: page (PDF, 1-based), line (text, 1-based), sheet (XLSX). Zero or empty
 * means not applicable.
 */
public record SourceRef(int page, int line, String sheet) {
    public static final SourceRef NONE = new SourceRef(0, 0, "");

    public static SourceRef line(int line) {
        return new SourceRef(0, line, "");
    }

    public static SourceRef page(int page, int line) {
        return new SourceRef(page, line, "");
    }

    /** Chinese description for messages: "第3页第12行", "第12行", "工作表“收支总表”". */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (!sheet.isEmpty()) {
            sb.append("工作表“").append(sheet).append("”");
        }
        if (page > 0) {
            sb.append("第").append(page).append("页");
        }
        if (line > 0) {
            sb.append("第").append(line).append("行");
        }
        return sb.toString();
    }
}
