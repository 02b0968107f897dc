package org.gongkai.core.disclosure;

import java.util.List;
import java.util.stream.Stream;

/**
 * What gets published: an ordered document of headings, narrative paragraphs, tables and
 * performance-target tables. {@code derive} builds one from a budget; a reader builds one from any
 * published file. Both journeys meet here, so everything downstream (render, facts, audit) reads only
 * this model.
 */
public record Disclosure(DisclosureInfo info, List<Block> blocks) {
    public Disclosure {
        blocks = List.copyOf(blocks);
    }

    public Stream<Table> tables() {
        return blocks.stream().filter(Table.class::isInstance).map(Table.class::cast);
    }

    public Stream<Paragraph> paragraphs() {
        return blocks.stream().filter(Paragraph.class::isInstance).map(Paragraph.class::cast);
    }

    public Stream<Heading> headings() {
        return blocks.stream().filter(Heading.class::isInstance).map(Heading.class::cast);
    }

    public Stream<TargetTable> targetTables() {
        return blocks.stream().filter(TargetTable.class::isInstance).map(TargetTable.class::cast);
    }

    /** The table with a template key (e.g. {@code T1}), if present. */
    public java.util.Optional<Table> table(String key) {
        return tables().filter(t -> key.equals(t.key())).findFirst();
    }
}
