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
import org.gongkai.core.examples.Examples;
import org.gongkai.formats.render.HtmlRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * read(render_html(d)) through the real reader (sniffing, HTML extractor, assembler) gives back every cell of
 * every disclosure table and every narrative number.
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
        // The HTML page prints each target table as two <table>s; the assembler does not yet turn them back
        // into TargetTable blocks (known gap), so only the titled disclosure tables are compared here.
        List<Table> actual = read.tables().filter(t -> !t.title().isEmpty()).toList();
        assertThat(actual)
                .extracting(Table::title)
                .isEqualTo(expected.stream().map(Table::title).toList());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(cells(actual.get(i))).as(expected.get(i).title()).isEqualTo(cells(expected.get(i)));
        }
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
