package org.gongkai.core.audit.rules.arith;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.amount.Amount;
import org.gongkai.core.audit.AuditContext;
import org.gongkai.core.audit.Auditor;
import org.gongkai.core.audit.Finding;
import org.gongkai.core.audit.facts.TableKind;
import org.gongkai.core.audit.facts.TableView;
import org.gongkai.core.budget.Budget;
import org.gongkai.core.budget.ExpenditureKind;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.budget.FundSource;
import org.gongkai.core.budget.IncomeLine;
import org.gongkai.core.budget.IncomeSource;
import org.gongkai.core.classification.Classifications;
import org.gongkai.core.classification.ReferenceData;
import org.gongkai.core.derive.Deriver;
import org.gongkai.core.disclosure.Block;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.Table;
import org.gongkai.core.examples.Examples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Mutation self-check: in a derived (valid) disclosure, moving the amounts of one column of 表五 one row against
 * their codes from some row on makes T.COLUMN-SHIFT name that column and row; moving nothing leaves both shift
 * diagnoses silent.
 */
class ColumnShiftMutationTest {
    private static final Classifications CODES = ReferenceData.forYear(2021);

    /** The example budget with more 一般公共预算 基本支出 lines, so that 表五 has several classes. */
    private static Disclosure derived() {
        Budget b = Examples.kezhou2021();
        String[][] extra = {
            {"2010101", "30101", "12.50"},
            {"2010101", "30201", "3.20"},
            {"2010102", "30211", "1.75"},
            {"2080501", "30302", "6.48"},
            {"2080505", "30108", "9.31"},
            {"2101101", "30110", "4.27"},
            {"2101102", "30110", "2.05"},
            {"2210201", "30113", "7.66"},
            {"2210203", "30199", "1.10"},
        };
        List<ExpenditureLine> lines = new ArrayList<>(b.expenditure());
        List<IncomeLine> income = new ArrayList<>(b.income());
        for (String[] e : extra) {
            Amount a = Amount.ofWan(e[2]);
            lines.add(new ExpenditureLine(e[0], e[1], ExpenditureKind.BASIC, FundSource.GENERAL_BUDGET, a, null));
            income.add(new IncomeLine(IncomeSource.GP_APPROP, e[0], a));
        }
        Budget more = new Budget(
                b.fiscalYear(),
                b.classificationYear(),
                b.templateId(),
                b.unit(),
                income,
                lines,
                b.projects(),
                b.threePublic(),
                b.operatingCosts(),
                b.procurement(),
                b.assets(),
                java.util.Map.of(),
                b.otherMatters(),
                b.issueDate());
        return Deriver.derive(more, CODES).disclosure();
    }

    /** The disclosure with column {@code column} of 表五 read {@code k} rows down from the row of {@code code} on. */
    private static Disclosure shifted(Disclosure d, String code, String column, int k) {
        List<Block> blocks = new ArrayList<>();
        for (Block block : d.blocks()) {
            if (block instanceof Table t
                    && new TableView(t).kind().filter(x -> x == TableKind.T5).isPresent()) {
                block = shift(t, code, column, k);
            }
            blocks.add(block);
        }
        return new Disclosure(d.info(), blocks);
    }

    private static Table shift(Table t, String code, String column, int k) {
        TableView v = new TableView(t);
        int c = -1;
        for (int i = 0; i < t.columns().size(); i++) {
            c = v.columnLabel(i).endsWith(column) ? i : c;
        }
        int from = v.rows().stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElseThrow()
                .index();
        int to = v.rows().stream()
                .filter(r -> !r.code().isEmpty())
                .mapToInt(TableView.ViewRow::index)
                .max()
                .orElseThrow();
        List<Table.Row> rows = new ArrayList<>(t.rows());
        for (int q = from; q <= to; q++) {
            int p = q + k;
            List<String> cells = new ArrayList<>(rows.get(q).cells());
            cells.set(c, p >= from && p <= to ? t.rows().get(p).cell(c) : "");
            Table.Row r = rows.get(q);
            rows.set(q, new Table.Row(r.key(), r.type(), cells, r.ref(), r.uncertain()));
        }
        return new Table(
                t.key(), t.number(), t.title(), t.preparer(), t.unitLabel(), t.columns(), rows, t.notes(), t.ref());
    }

    private static List<Finding> audit(Disclosure d) {
        return Auditor.standard().audit(AuditContext.of(d, CODES));
    }

    private static List<Finding> shifts(List<Finding> findings) {
        return findings.stream()
                .filter(f -> f.ruleId().equals("T.COLUMN-SHIFT") || f.ruleId().equals("T.ROW-SHIFT"))
                .toList();
    }

    @ParameterizedTest
    @CsvSource({"208, 基本支出, 1", "20101, 基本支出, 1", "210, 合计, 1", "2010101, 合计, -1"})
    void oneShiftedColumnIsNamed(String code, String column, int k) {
        Disclosure d = derived();
        assertThat(shifts(audit(d))).as("unshifted").isEmpty();

        List<Finding> findings = audit(shifted(d, code, column, k));
        assertThat(shifts(findings))
                .as(Fixture.describe(findings))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.ruleId()).isEqualTo("T.COLUMN-SHIFT");
                    assertThat(f.location().column()).endsWith(column);
                    assertThat(f.location().row()).startsWith(code + " ");
                    assertThat(f.message()).contains(k > 0 ? "高" + k + "行" : "低" + -k + "行");
                });
    }
}
