package org.gongkai.core.derive;

import org.gongkai.core.budget.Budget;
import org.gongkai.core.classification.Classifications;

/** {@code Budget + Template → Disclosure}. */
public final class Deriver {
    private Deriver() {}

    /** Derives the disclosure of a budget with the template its {@link Budget#templateId()} names. */
    public static Derivation derive(Budget budget, Classifications codes) {
        throw new UnsupportedOperationException("derivation is being built (issue 2)");
    }
}
