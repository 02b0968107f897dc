package org.gongkai.core.audit;

/** How bad a finding is. ERROR blocks publication; WARNING must be explained; INFO is for the record. */
public enum Severity {
    ERROR("错误"),
    WARNING("警告"),
    INFO("提示");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
