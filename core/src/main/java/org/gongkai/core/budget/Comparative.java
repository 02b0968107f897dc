package org.gongkai.core.budget;

import org.gongkai.core.amount.Amount;

/**
 * Last year's figure of a compared quantity and the reason the unit gives for the change.
 *
 * @param lastYear last year's budget (上年预算数)
 * @param reason the stated reason (主要原因), without the lead-in words; may be empty
 */
public record Comparative(Amount lastYear, String reason) {
    public Comparative {
        reason = reason == null ? "" : reason.strip();
    }
}
