package org.gongkai.core.audit.rules.arith;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.gongkai.core.amount.Amount;
import org.gongkai.core.audit.Location;
import org.gongkai.core.audit.facts.Claim;
import org.gongkai.core.audit.facts.Fact;
import org.gongkai.core.audit.facts.Figure;

/** Comparisons between stated facts (table cells or narrative figures) that may use different units. */
final class FactChecks {
    private FactChecks() {}

    /** The coarser display step of two figures: a 万元 figure cannot be checked finer than 0.01 万元. */
    static Amount coarser(Figure a, Figure b) {
        return a.step().compareTo(b.step()) >= 0 ? a.step() : b.step();
    }

    /**
     * A narrative figure against table cells or against the same quantity stated elsewhere in the text
     * ({@code statedWith}: the other narrative figures among the references), each side at the precision it
     * was printed in ({@link Figure#printedStep()}): "328,661万元" agrees with 328,661.81 (cut off) and with
     * 328,660.50 (rounded HALF_UP), not with 328,600.
     */
    static Comparison printed(
            Claim stated,
            List<Fact> references,
            List<Claim> statedWith,
            String what,
            String against,
            String suggestion,
            Comparison.Relation relation) {
        return printed(stated, references, statedWith, what, () -> against, suggestion, relation);
    }

    /** {@link #printed}, with the description of the other side written only when the comparison is reported. */
    static Comparison printed(
            Claim stated,
            List<Fact> references,
            List<Claim> statedWith,
            String what,
            Supplier<String> against,
            String suggestion,
            Comparison.Relation relation) {
        Comparison c = compare(Narratives.fact(stated), references, what, against, suggestion, relation);
        Amount printed = stated.figure().printedStep();
        for (Claim other : statedWith) {
            printed = printed.compareTo(other.figure().printedStep()) >= 0
                    ? printed
                    : other.figure().printedStep();
        }
        if (printed.compareTo(c.step()) <= 0) {
            return c;
        }
        return new Comparison(
                LazyValues.with(c.values(), "what", what + "（正文按整" + c.unit().label() + "列示）"),
                c.locations(),
                c.expected(),
                c.actual(),
                printed,
                c.parts(),
                c.unit(),
                relation,
                suggestion,
                true);
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
        return compare(stated, references, what, () -> against, suggestion, relation);
    }

    private static Comparison compare(
            Fact stated,
            List<Fact> references,
            String what,
            Supplier<String> against,
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
        List<Fact> refs = List.copyOf(references);
        Map<String, String> values = LazyValues.of(() -> {
            Map<String, String> v = new LinkedHashMap<>();
            v.put("where", stated.location().describe());
            v.put("what", what);
            v.put("against", against.get());
            v.put(
                    "others",
                    String.join(
                            "、", refs.stream().map(r -> r.location().describe()).toList()));
            return v;
        });
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
