package org.gongkai.core.disclosure;

/**
 * Identity of a disclosure document.
 *
 * @param unitName the publishing unit as named in the title/cover
 * @param fiscalYear the budget (or final-accounts) year; 0 when unknown
 * @param kind budget or final accounts
 * @param templateId the template family it follows (see {@code Template}); empty when unknown
 * @param title the document title
 * @param source where it came from: {@code derived} or a file name
 */
public record DisclosureInfo(
        String unitName, int fiscalYear, Kind kind, String templateId, String title, String source) {

    /** 部门预算 or 部门决算. */
    public enum Kind {
        BUDGET,
        FINAL_ACCOUNTS
    }
}
