package org.gongkai.formats.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.gongkai.formats.render.HtmlRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * read(render_html(d)) through the real reader (sniffing, HTML extractor, assembler) gives back every cell of
 * every disclosure table, every target table (printed as two HTML tables) and every narrative number.
 */
class HtmlRoundTripTest {
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");

    @TempDir
    static Path dir;

    static Disclosure derived;
    static Disclosure read;

    @BeforeAll
    static void roundTrip() throws Exception {
        derived = Deriver.derive(Examples.kezhou2021(), ReferenceData.forYear(2021))
                .disclosure();
        Path file = dir.resolve("rendered.html");
        Files.writeString(file, new HtmlRenderer().render(derived), StandardCharsets.UTF_8);
        read = Readers.read(file).disclosure();
    }

    @Test
    void everyTableCellComesBack() {
        List<Table> expected = derived.tables().toList();
        List<Table> actual = read.tables().toList();
        assertThat(actual)
                .extracting(Table::title)
                .isEqualTo(expected.stream().map(Table::title).toList());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(cells(actual.get(i))).as(expected.get(i).title()).isEqualTo(cells(expected.get(i)));
        }
    }

    @Test
    void targetTablesComeBackFromTheirTwoHtmlTables() {
        List<TargetTable> expected = derived.targetTables().toList();
        List<TargetTable> actual = read.targetTables().toList();
        assertThat(expected).isNotEmpty();
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            TargetTable e = expected.get(i);
            TargetTable a = actual.get(i);
            assertThat(List.of(
                            a.year(),
                            a.projectName(),
                            a.unitName(),
                            a.unitLabel(),
                            a.total(),
                            a.fiscal(),
                            a.other(),
                            a.goal()))
                    .as(e.projectName())
                    .isEqualTo(List.of(
                            e.year(),
                            e.projectName(),
                            e.unitName(),
                            e.unitLabel(),
                            e.total(),
                            e.fiscal(),
                            e.other(),
                            e.goal()));
            assertThat(a.indicators())
                    .extracting(r -> List.of(r.level1(), r.level2(), r.name(), r.value()))
                    .as(e.projectName())
                    .isEqualTo(e.indicators().stream()
                            .map(r -> List.of(r.level1(), r.level2(), r.name(), r.value()))
                            .toList());
        }
    }

    @Test
    void captionsOfTheTargetTablePartsAreNotNarrative() {
        assertThat(read.paragraphs())
                .noneMatch(p -> p.text().equals("项目概况") || p.text().equals("绩效指标"));
    }

    @Test
    void everyNarrativeNumberComesBack() {
        assertThat(numbers(read)).containsSubsequence(numbers(derived));
    }

    private static List<List<String>> cells(Table t) {
        return t.rows().stream()
                .map(Table.Row::cells)
                .filter(c -> c.stream().anyMatch(s -> !s.isBlank()))
                .toList();
    }

    private static List<String> numbers(Disclosure d) {
        List<String> out = new ArrayList<>();
        for (Paragraph p : d.paragraphs().toList()) {
            Matcher m = NUMBER.matcher(p.text());
            while (m.find()) {
                out.add(m.group());
            }
        }
        return out;
    }
}
