package org.gongkai.formats.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.classification.ReferenceData;
import org.gongkai.core.derive.Deriver;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.Paragraph;
import org.gongkai.core.disclosure.Table;
import org.gongkai.core.disclosure.TargetTable;
import org.gongkai.core.examples.Examples;
import org.gongkai.formats.render.TextRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** read(render(d)) gives back every table cell, row key and narrative number of a derived disclosure. */
class RenderRoundTripTest {
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");

    static Disclosure derived;
    static Disclosure read;

    @BeforeAll
    static void roundTrip() throws Exception {
        derived = Deriver.derive(Examples.kezhou2021(), ReferenceData.forYear(2021))
                .disclosure();
        String text = new TextRenderer().render(derived);
        RawDocument raw = new TextExtractor().extract("rendered.txt", text.getBytes(StandardCharsets.UTF_8));
        read = Readers.assemble(raw, "文本").disclosure();
    }

    @Test
    void everyTableCellComesBack() {
        List<Table> expected = derived.tables().toList();
        List<Table> actual = read.tables().toList();
        assertThat(actual)
                .extracting(Table::number)
                .isEqualTo(expected.stream().map(Table::number).toList());
        for (int i = 0; i < expected.size(); i++) {
            Table e = expected.get(i);
            Table a = actual.get(i);
            assertThat(a.title()).as(e.number()).isEqualTo(e.title());
            assertThat(a.unitLabel()).as(e.number()).isEqualTo(e.unitLabel());
            assertThat(a.notes()).as(e.number()).isEqualTo(e.notes());
            assertThat(cells(a)).as(e.number() + " cells").isEqualTo(cells(e));
        }
    }

    @Test
    void columnAndRowKeysComeBack() {
        List<Table> expected = derived.tables().toList();
        List<Table> actual = read.tables().toList();
        for (int i = 0; i < expected.size(); i++) {
            Table e = expected.get(i);
            Table a = actual.get(i);
            assertThat(a.columns()).extracting(Table.Column::key).as(e.number()).isEqualTo(keys(e));
            List<Table.Row> nonBlank = e.rows().stream()
                    .filter(r -> r.cells().stream().anyMatch(c -> !c.isBlank()))
                    .toList();
            assertThat(a.rows())
                    .extracting(Table.Row::key)
                    .as(e.number())
                    .isEqualTo(nonBlank.stream().map(Table.Row::key).toList());
            assertThat(a.rows())
                    .extracting(Table.Row::type)
                    .as(e.number())
                    .isEqualTo(nonBlank.stream().map(Table.Row::type).toList());
        }
    }

    @Test
    void targetTablesComeBack() {
        List<TargetTable> expected = derived.targetTables().toList();
        List<TargetTable> actual = read.targetTables().toList();
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            TargetTable e = expected.get(i);
            TargetTable a = actual.get(i);
            assertThat(List.of(a.projectName(), a.unitName(), a.total(), a.fiscal(), a.other(), a.goal()))
                    .isEqualTo(List.of(e.projectName(), e.unitName(), e.total(), e.fiscal(), e.other(), e.goal()));
            assertThat(a.indicators())
                    .extracting(r -> List.of(r.level1(), r.level2(), r.name(), r.value()))
                    .isEqualTo(e.indicators().stream()
                            .map(r -> List.of(r.level1(), r.level2(), r.name(), r.value()))
                            .toList());
        }
    }

    @Test
    void everyNarrativeNumberComesBackInItsSection() {
        assertThat(numbers(read, false)).isEqualTo(numbers(derived, false));
        // the closing signature stands outside any heading in the model; read back it follows the last one
        List<String> sectioned =
                numbers(derived, true).stream().filter(n -> !n.startsWith(":")).toList();
        assertThat(numbers(read, true).subList(0, sectioned.size())).isEqualTo(sectioned);
    }

    @Test
    void theRenderersHashLineIsTheOnlyExtraParagraph() {
        List<Paragraph> extra =
                read.paragraphs().skip(derived.paragraphs().count()).toList();
        assertThat(extra).singleElement().satisfies(p -> assertThat(p.text()).startsWith("内容哈希"));
    }

    private static List<List<String>> cells(Table t) {
        return t.rows().stream()
                .map(Table.Row::cells)
                .filter(c -> c.stream().anyMatch(s -> !s.isBlank()))
                .toList();
    }

    private static List<String> keys(Table t) {
        return t.columns().stream().map(Table.Column::key).toList();
    }

    /** Every number of every paragraph (the renderer's hash line left out), with its section if asked. */
    private static List<String> numbers(Disclosure d, boolean withSection) {
        List<String> out = new ArrayList<>();
        for (Paragraph p : d.paragraphs().toList()) {
            if (p.text().startsWith("内容哈希")) {
                continue;
            }
            Matcher m = NUMBER.matcher(p.text());
            while (m.find()) {
                out.add((withSection ? p.section() + ":" : "") + m.group());
            }
        }
        return out;
    }
}
