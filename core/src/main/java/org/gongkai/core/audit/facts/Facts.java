package org.gongkai.core.audit.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.Table;

/**
 * Every table cell of a disclosure as a fact, indexed by concept, plus the table views the facts came
 * from. Computed once per audit (see {@code AuditContext.facts()}).
 */
public final class Facts {
    private final List<TableView> views;
    private final List<Fact> all;
    private final Map<String, List<Fact>> byConcept = new LinkedHashMap<>();

    private Facts(List<TableView> views, List<Fact> all) {
        this.views = List.copyOf(views);
        this.all = List.copyOf(all);
        for (Fact f : all) {
            byConcept.computeIfAbsent(f.concept(), k -> new ArrayList<>()).add(f);
        }
    }

    public static Facts of(Disclosure disclosure) {
        List<TableView> views = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        for (Table t : disclosure.tables().toList()) {
            TableView v = new TableView(t);
            views.add(v);
            facts.addAll(TableFacts.of(v));
        }
        return new Facts(views, facts);
    }

    public List<Fact> all() {
        return all;
    }

    public List<TableView> views() {
        return views;
    }

    /** The first table of a kind (a document has at most one of each in practice). */
    public Optional<TableView> view(TableKind kind) {
        return views.stream()
                .filter(v -> v.kind().filter(kind::equals).isPresent())
                .findFirst();
    }

    public List<Fact> facts(String concept) {
        return byConcept.getOrDefault(concept, Collections.emptyList());
    }

    /** The first current-year fact of a concept. */
    public Optional<Fact> first(String concept) {
        for (Fact f : facts(concept)) {
            if (f.period() == Period.CURRENT) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The first of several concepts that is present. */
    public Optional<Fact> firstOf(List<String> concepts) {
        for (String c : concepts) {
            Optional<Fact> f = first(c);
            if (f.isPresent()) {
                return f;
            }
        }
        return Optional.empty();
    }

    /** "T5|2010504|basic". */
    public static String concept(TableKind kind, String row, String column) {
        return kind.name() + "|" + row + "|" + column;
    }
}
