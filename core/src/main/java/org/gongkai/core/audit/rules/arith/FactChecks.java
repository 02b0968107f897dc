package org.gongkai.core.audit.rules.arith;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.core.amount.Amount;
import org.gongkai.core.audit.Location;
import org.gongkai.core.audit.facts.Fact;
import org.gongkai.core.audit.facts.Figure;

/** Comparisons between stated facts (table cells or narrative figures) that may use different units. */
final class FactChecks {
    private FactChecks() {}

    /** The coarser display step of two figures: a 万元 figure cannot be checked finer than 0.01 万元. */
    static Amount coarser(Figure a, Figure b) {
        return a.step().compareTo(b.step()) >= 0 ? a.step() : b.step();
    }

    /** {@code stated} must equal {@code reference}. */
    static Comparison equal(Fact stated, Fact reference, String what, String against, String suggestion) {
        return compare(stated, List.of(reference), what, against, suggestion, Comparison.Relation.EQUAL);
    }

    /** {@code stated} must equal the sum of {@code references} (each displayed: a rounding residue may show). */
    static Comparison sum(Fact stated, List<Fact> references, String what, String against, String suggestion) {
        return compare(stated, references, what, against, suggestion, Comparison.Relation.EQUAL);
    }

    /** Like {@link #sum}, for parts that were each rounded on their own (projects listed one by one). */
    static Comparison sumOfRoundedAlone(
            Fact stated, List<Fact> references, String what, String against, String suggestion) {
        return compare(stated, references, what, against, suggestion, Comparison.Relation.EQUAL_PARTS_ROUNDED_ALONE);
    }

    /** {@code stated} must not exceed the sum of {@code references}. */
    static Comparison atMost(Fact stated, List<Fact> references, String what, String against, String suggestion) {
        return compare(stated, references, what, against, suggestion, Comparison.Relation.AT_MOST);
    }

    /** {@code stated} must not fall short of the sum of {@code references}. */
    static Comparison atLeast(Fact stated, List<Fact> references, String what, String against, String suggestion) {
        return compare(stated, references, what, against, suggestion, Comparison.Relation.AT_LEAST);
    }

    private static Comparison compare(
            Fact stated,
            List<Fact> references,
            String what,
            String against,
            String suggestion,
            Comparison.Relation relation) {
        List<Location> locations = new ArrayList<>();
        locations.add(stated.location());
        Amount step = stated.figure().step();
        List<Amount> amounts = new ArrayList<>();
        for (Fact r : references) {
            locations.add(r.location());
            amounts.add(r.amount());
            step = step.compareTo(r.figure().step()) >= 0 ? step : r.figure().step();
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("where", stated.location().describe());
        values.put("what", what);
        values.put("against", against);
        values.put(
                "others",
                String.join(
                        "、",
                        references.stream().map(r -> r.location().describe()).toList()));
        return new Comparison(
                values,
                locations,
                Amount.sum(amounts),
                stated.amount(),
                step,
                references.size(),
                stated.figure().unit(),
                relation,
                suggestion);
    }
}
