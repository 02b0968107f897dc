package org.gongkai.core.classification;

import java.util.List;

/**
 * Something loaded from reference text, with every problem found on the way (empty when the text was clean).
 *
 * @param value what was loaded (rows with problems may be left out of it)
 * @param problems every problem, in line order
 */
public record Loaded<T>(T value, List<LoadProblem> problems) {
    public Loaded {
        problems = List.copyOf(problems);
    }

    /** True when no problem was found. */
    public boolean clean() {
        return problems.isEmpty();
    }
}
