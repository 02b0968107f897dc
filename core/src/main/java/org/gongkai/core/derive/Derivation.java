package org.gongkai.core.derive;

import java.util.List;
import org.gongkai.core.disclosure.Disclosure;

/**
 * The result of {@code derive(budget, template)}: the disclosure and what the budget lacked to make it
 * complete (a change of 10% or more without a reason, a project without details, …).
 */
public record Derivation(Disclosure disclosure, List<DerivationIssue> issues) {
    public Derivation {
        issues = List.copyOf(issues);
    }
}
