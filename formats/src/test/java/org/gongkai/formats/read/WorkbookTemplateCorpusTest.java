package org.gongkai.formats.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.core.SharedDir;
import org.gongkai.core.audit.AuditContext;
import org.gongkai.core.audit.Auditor;
import org.gongkai.core.audit.Finding;
import org.gongkai.core.audit.rules.arith.ArithRules;
import org.gongkai.core.classification.ReferenceData;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.Paragraph;
import org.gongkai.core.disclosure.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The blank Shanghai Excel templates (one sheet per section and table) read without false sums. */
class WorkbookTemplateCorpusTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "008_putuo_bumenyusuan_moban_2026_template.xlsx",
                "009_putuo_danweiyusuan_moban_2026_template.xlsx",
                "010_putuo_danweiyusuan_moban_2026_template.xls"
            })
    void blankTemplateReadsCodesUnitsAndText(String name) throws Exception {
        Disclosure d = Readers.read(SharedDir.corpus(name)).disclosure();

        Table income = d.tables().filter(t -> t.key().equals("T2")).findFirst().orElseThrow();
        assertThat(income.unitLabel()).isEqualTo("元");
        assertThat(income.rows()).extracting(Table.Row::key).contains("205", "20502", "2050205");
        assertThat(income.columns().subList(0, 3))
                .extracting(Table.Column::type)
                .containsOnly(Table.ColumnType.CODE);
        assertThat(income.rows()).noneMatch(r -> r.cells().stream().anyMatch(c -> c.matches("[…]+")));
        Table basic = d.tables().filter(t -> t.key().equals("T6")).findFirst().orElseThrow();
        assertThat(basic.unitLabel()).isEqualTo("元");
        assertThat(basic.rows()).extracting(Table.Row::key).contains("301", "30101", "303", "30304");
        assertThat(basic.columns())
                .extracting(Table.Column::key)
                .startsWith("code.class", "code.section", "name", "total");
        // the narrative sheets are text, not one-column tables
        assertThat(d.blocks())
                .filteredOn(b -> b instanceof Paragraph p && p.text().contains("因公出国（境）费"))
                .isNotEmpty();

        List<Finding> sums = new Auditor(ArithRules.all())
                .audit(AuditContext.of(d, ReferenceData.forYear(2026))).stream()
                        .filter(f ->
                                f.ruleId().endsWith("ROW-SUM") || f.ruleId().endsWith("COL-SUM"))
                        .toList();
        assertThat(sums).isEmpty();
    }
}
