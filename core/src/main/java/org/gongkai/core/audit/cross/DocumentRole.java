package org.gongkai.core.audit.cross;

import org.gongkai.core.disclosure.DisclosureInfo;

/** Whether a disclosure is a department's (部门预算/决算, all its units together) or one unit's (单位预算/决算). */
enum DocumentRole {
    DEPARTMENT,
    UNIT,
    UNKNOWN;

    /** The role a template id ("shanghai-dept-budget", "shanghai-unit-budget") or, failing that, the title says. */
    static DocumentRole of(DisclosureInfo info) {
        String template = info.templateId() == null ? "" : info.templateId();
        if (template.contains("-unit-") || template.endsWith("-unit")) {
            return UNIT;
        }
        if (template.contains("-dept-") || template.endsWith("-dept")) {
            return DEPARTMENT;
        }
        String title = info.title() == null ? "" : info.title();
        if (title.contains("单位预算") || title.contains("单位决算")) {
            return UNIT;
        }
        if (title.contains("部门预算") || title.contains("部门决算")) {
            return DEPARTMENT;
        }
        return UNKNOWN;
    }
}
