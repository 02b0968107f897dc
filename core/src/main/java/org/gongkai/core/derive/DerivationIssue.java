package org.gongkai.core.derive;

/**
 * Missing or doubtful input found while deriving, addressed to the finance officer.
 *
 * @param code stable code ("REASON-MISSING", "PROJECT-DETAIL-MISSING", "CODE-UNKNOWN" …)
 * @param path where in the budget (JSON path style: {@code $.comparatives['expenditure.basic'].reason})
 * @param message Chinese explanation of what to supply
 */
public record DerivationIssue(String code, String path, String message) {}
