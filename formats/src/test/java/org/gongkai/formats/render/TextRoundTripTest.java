package org.gongkai.formats.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.core.classification.ReferenceData;
import org.gongkai.core.derive.Deriver;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.Table;
import org.gongkai.core.disclosure.TargetTable;
import org.gongkai.core.examples.Examples;
import org.gongkai.formats.read.Readers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Invariant 2 for plain text: the text reader gives back every table cell of the rendered example. Two
 * reader habits are tolerated and named here: it collapses white space inside a cell, and it does not keep
 * the all-blank 合计 row of an empty table.
 */
class TextRoundTripTest {
    private static Disclosure derived;
    private static Disclosure read;

    @BeforeAll
    static void renderAndRead(@TempDir Path dir) throws Exception {
        derived = Deriver.derive(Examples.kezhou2021(), ReferenceData.forYear(2021))
                .disclosure();
        Path file = dir.resolve("示例.txt");
        Files.writeString(file, RenderFormat.TXT.render(derived), StandardCharsets.UTF_8);
        read = Readers.read(file).disclosure();
    }

    private static List<List<String>> cells(Table t) {
        return t.rows().stream()
                .filter(r -> !(t.isEmpty() && r.type() == Table.Row.Type.TOTAL))
                .map(r -> r.cells().stream().map(TextRoundTripTest::squeeze).toList())
                .toList();
    }

    private static List<List<String>> cells(TargetTable t) {
        return t.indicators().stream()
                .map(r -> List.of(r.level1(), r.level2(), squeeze(r.name()), squeeze(r.value())))
                .toList();
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Test
    void everyTableComesBackWithTheSameCells() {
        List<Table> want = derived.tables().toList();
        List<Table> got = read.tables().toList();
        assertThat(got).hasSameSizeAs(want);
        for (int i = 0; i < want.size(); i++) {
            Table w = want.get(i);
            Table g = got.get(i);
            assertThat(g.number() + g.title()).isEqualTo(w.number() + w.title());
            assertThat(g.preparer()).as(w.number()).isEqualTo(w.preparer());
            assertThat(g.unitLabel()).as(w.number()).isEqualTo(w.unitLabel());
            assertThat(cells(g)).as(w.number()).isEqualTo(cells(w));
            assertThat(g.notes()).as(w.number()).isEqualTo(w.notes());
        }
    }

    @Test
    void everyTargetTableComesBack() {
        List<TargetTable> want = derived.targetTables().toList();
        List<TargetTable> got = read.targetTables().toList();
        assertThat(got).hasSize(6).hasSameSizeAs(want);
        for (int i = 0; i < want.size(); i++) {
            TargetTable w = want.get(i);
            TargetTable g = got.get(i);
            assertThat(g.projectName()).isEqualTo(w.projectName());
            assertThat(List.of(g.total(), g.fiscal(), g.other())).isEqualTo(List.of(w.total(), w.fiscal(), w.other()));
            assertThat(g.goal()).isEqualTo(w.goal());
            assertThat(cells(g)).as(w.projectName()).isEqualTo(cells(w));
        }
    }

    @Test
    void headingsComeBackInOrder() {
        assertThat(read.headings().map(h -> h.number() + h.text()).toList())
                .containsSubsequence(derived.headings()
                        .filter(h -> h.level() == 1)
                        .map(h -> h.number() + h.text())
                        .toList());
    }
}
