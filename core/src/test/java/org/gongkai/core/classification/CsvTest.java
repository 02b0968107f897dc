package org.gongkai.core.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class CsvTest {
    @Test
    void readsQuotedCommasQuotesAndLineBreaks() {
        Csv.Table t = Csv.parse("t.csv", "a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\n2,\"two\nlines\",\n3,,\n");
        assertThat(t.problems()).isEmpty();
        assertThat(t.header()).containsExactly("a", "b", "c");
        assertThat(t.rows()).extracting(Csv.Row::line).containsExactly(2, 3, 5);
        assertThat(t.rows().get(0).fields()).containsExactly("1", "x, y", "say \"hi\"");
        assertThat(t.rows().get(1).fields()).containsExactly("2", "two\nlines", "");
        assertThat(t.rows().get(2).fields()).containsExactly("3", "", "");
    }

    @Test
    void ignoresBomBlankLinesAndMissingFinalNewline() {
        Csv.Table t = Csv.parse("t.csv", "\ufeffa,b\n\n1,2\n\n3,4");
        assertThat(t.problems()).isEmpty();
        assertThat(t.header()).containsExactly("a", "b");
        assertThat(t.rows()).extracting(Csv.Row::line).containsExactly(3, 5);
        assertThat(t.asMap(t.rows().get(1))).containsEntry("a", "3").containsEntry("b", "4");
    }

    @Test
    void reportsSyntaxProblemsWithLines() {
        Csv.Table t = Csv.parse("t.csv", "a,b\n1,2\n3,x\"y\n4,\"open\n5,6\n");
        assertThat(t.problems()).extracting(LoadProblem::line).containsExactly(3, 4);
        assertThat(t.problems().get(0).message()).contains("引号");
        assertThat(t.problems().get(1).message()).contains("未闭合");
    }

    @Test
    void fieldCountMismatchIsReported() {
        Csv.Table t = Csv.parse("t.csv", "a,b\n1,2,3\n4\n");
        assertThat(t.problems()).extracting(LoadProblem::line).containsExactly(2, 3);
        assertThat(t.rows()).hasSize(2);
    }

    /** Whatever the fields hold, quoting them RFC-4180 style and parsing gives them back. */
    @Property(tries = 300)
    void quotedFieldsRoundTrip(@ForAll @Size(min = 1, max = 5) List<@StringLength(max = 12) String> fields) {
        String line = String.join(",", fields.stream().map(CsvTest::quote).toList());
        Csv.Table t = Csv.parse("p.csv", line + "\n" + line + "\n");
        assertThat(t.problems()).isEmpty();
        assertThat(t.rows()).singleElement().extracting(Csv.Row::fields).isEqualTo(fields);
    }

    private static String quote(String field) {
        return "\"" + field.replace("\"", "\"\"") + "\"";
    }
}
