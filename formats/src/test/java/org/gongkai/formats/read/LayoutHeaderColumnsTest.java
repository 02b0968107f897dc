package org.gongkai.formats.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.core.SharedDir;
import org.gongkai.core.audit.AuditContext;
import org.gongkai.core.audit.Auditor;
import org.gongkai.core.audit.Finding;
import org.gongkai.core.classification.ReferenceData;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.Table;
import org.junit.jupiter.api.Test;

/**
 * Header words of a two-sided pdftotext -layout table that sit over no body column: a parent centred
 * between its children (本年支出) and a label header centred over a left-aligned label cell (项目) must
 * not add columns of their own.
 */
class LayoutHeaderColumnsTest {

    private static Disclosure read(String name) throws Exception {
        return Readers.read(SharedDir.corpus(name)).disclosure();
    }

    private static Table summary(Disclosure d) {
        return d.tables().filter(t -> t.key().equals("T1")).findFirst().orElseThrow();
    }

    private static int columnHolding(Table t, String amount) {
        for (Table.Row row : t.rows()) {
            int i = row.cells().indexOf(amount);
            if (i >= 0) {
                return i;
            }
        }
        throw new AssertionError("没有找到金额：" + amount);
    }

    @Test
    void expenditureTotalStandsUnderTheExpenditureColumn() throws Exception {
        Disclosure d = read("011_putuo_zhengfuban_2025_dept_budget.txt");
        Table t = summary(d);
        assertThat(t.columns()).hasSize(4);
        int expenditure = columnHolding(t, "82,096,797.42");
        int income = columnHolding(t, "91,016,775.35");
        assertThat(expenditure).isNotEqualTo(income);
        Table.Row totals = t.rows().stream()
                .filter(r -> String.join("", r.cells()).contains("支出总计"))
                .findFirst()
                .orElseThrow();
        assertThat(totals.cell(expenditure)).isEqualTo("91,016,775.35");
        assertThat(totals.cell(income)).isEqualTo("91,016,775.35");
        List<Finding> findings = Auditor.standard()
                .audit(AuditContext.of(d, ReferenceData.forYear(d.info().fiscalYear())));
        assertThat(findings).extracting(Finding::ruleId).doesNotContain("T1.BALANCE");
    }

    @Test
    void parentHeaderOfATemplateAddsNoColumn() throws Exception {
        Table t = summary(read("007_shanghai_bumenjuesuan_moban_2024_template.txt"));
        assertThat(t.columns()).extracting(Table.Column::label).noneMatch(l -> l.equals("收入") || l.equals("支出"));
    }
}
