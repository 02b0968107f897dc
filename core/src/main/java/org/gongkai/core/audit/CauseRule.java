package org.gongkai.core.audit;

import java.util.List;

/**
 * A rule that names the cause of a cascade: one misplacement (amounts shifted against their codes) that makes
 * many identities fail. The {@link Auditor} keeps the cause and drops the findings it explains, counting them
 * in the cause's message, so a reviewer reads one finding instead of seventy consequences.
 */
public interface CauseRule extends Rule {
    /**
     * One diagnosed cause.
     *
     * @param at the primary location of the finding this rule reported for it
     * @param cells the cells the cause makes unreliable: a finding of another rule that refers to any of them
     *     (same table, row and column) is a consequence
     * @param sums cells whose figure is the sum of some of {@code cells}: a finding of another rule located there
     *     and comparing it within its own table only is a consequence too
     */
    record Cascade(Location at, List<Location> cells, List<Location> sums) {
        public Cascade {
            cells = List.copyOf(cells);
            sums = List.copyOf(sums);
        }
    }

    /** The causes this rule reports in the context (computed once per context, as check does). */
    List<Cascade> cascades(AuditContext context);
}
