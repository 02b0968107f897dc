package org.gongkai.core.audit;

import java.util.List;

/**
 * One inconsistency found in a disclosure. Rich and flat: it turns into a row of JSON, CSV or XLSX.
 *
 * @param ruleId the stable rule ID (e.g. {@code T.ROW-SUM})
 * @param severity ERROR, WARNING or INFO (after profile overrides)
 * @param category the rule's category
 * @param message the rule's Chinese message with its placeholders filled
 * @param locations where it is; the first is the primary place, others are the places it disagrees with
 * @param expected the value the rule expected, as displayed (may be empty)
 * @param actual the value found, as displayed (may be empty)
 * @param difference actual − expected where both are numbers (may be empty)
 * @param suggestion how to fix it, in Chinese (may be empty)
 */
public record Finding(
        String ruleId,
        Severity severity,
        Category category,
        String message,
        List<Location> locations,
        String expected,
        String actual,
        String difference,
        String suggestion) {

    public Finding {
        locations = List.copyOf(locations);
    }

    public Location location() {
        return locations.isEmpty() ? Location.document() : locations.get(0);
    }
}
