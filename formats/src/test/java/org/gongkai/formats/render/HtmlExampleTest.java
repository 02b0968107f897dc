package org.gongkai.formats.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.core.classification.ReferenceData;
import org.gongkai.core.derive.Deriver;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.Table;
import org.gongkai.core.disclosure.TargetTable;
import org.gongkai.core.examples.Examples;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The example rendered as HTML and parsed back with jsoup has every cell of every table. */
class HtmlExampleTest {
    private final Disclosure d =
            Deriver.derive(Examples.kezhou2021(), ReferenceData.forYear(2021)).disclosure();
    private final Document doc = Jsoup.parse(RenderFormat.HTML.render(d));

    private static List<List<String>> bodyCells(Element table) {
        return table.select("tbody > tr").stream()
                .map(tr ->
                        tr.select("> th, > td").stream().map(Element::wholeText).toList())
                .toList();
    }

    @Test
    void everyTableHasTheSameCells() {
        List<Table> tables = d.tables().toList();
        List<Element> html = doc.select("main > table");
        assertThat(html).hasSameSizeAs(tables);
        for (int i = 0; i < tables.size(); i++) {
            Table t = tables.get(i);
            assertThat(html.get(i).selectFirst("caption").ownText()).isEqualTo(t.number() + " " + t.title());
            assertThat(bodyCells(html.get(i)))
                    .as(t.number())
                    .isEqualTo(t.rows().stream().map(Table.Row::cells).toList());
        }
    }

    @Test
    void everyTargetTableHasItsIndicators() {
        List<TargetTable> targets = d.targetTables().toList();
        List<Element> sections = doc.select("main > section.target");
        assertThat(sections).hasSize(6).hasSameSizeAs(targets);
        for (int i = 0; i < targets.size(); i++) {
            TargetTable t = targets.get(i);
            Element indicators = sections.get(i).select("table").get(1);
            assertThat(bodyCells(indicators))
                    .as(t.projectName())
                    .isEqualTo(t.indicators().stream()
                            .map(r -> List.of(r.level1(), r.level2(), r.name(), r.value()))
                            .toList());
        }
    }
}
