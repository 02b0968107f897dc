package org.gongkai.core.derive.narrative;

import java.util.List;
import org.gongkai.core.amount.DisplayUnit;
import org.gongkai.core.budget.Budget;
import org.gongkai.core.classification.Classifications;
import org.gongkai.core.derive.DerivationIssue;
import org.gongkai.core.disclosure.Block;

/** Writes the narrative explanation (情况说明 一 to 十) of a budget. */
public final class NarrativeWriter {
    private NarrativeWriter() {}

    /**
     * The headings and paragraphs of the narrative part, in order.
     *
     * @param styleId the template's narrative style (wording conventions), e.g. {@code xinjiang-2021}
     * @param issues receives missing input (e.g. a change of 10% or more without a reason)
     */
    public static List<Block> write(
            Budget budget, Classifications codes, DisplayUnit unit, String styleId, List<DerivationIssue> issues) {
        // Filled in by the narrative work (issue 2); until then the narrative part is empty.
        return List.of();
    }
}
