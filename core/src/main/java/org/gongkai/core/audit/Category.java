package org.gongkai.core.audit;

/** Rule categories of the catalogue. */
public enum Category {
    /** 完整性: required tables, sections, statements are present. */
    COMPLETENESS("完整性"),
    /** 准确性: arithmetic within a table or a sentence. */
    ACCURACY("准确性"),
    /** 一致性: the same quantity agrees across tables, sections and sentences. */
    CONSISTENCY("一致性"),
    /** 规范性: codes, names, wording, units, formatting conventions. */
    CONFORMITY("规范性");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
