package org.gongkai.core.derive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.core.testing.DisplayedCells.at;
import static org.gongkai.core.testing.DisplayedCells.codeRows;
import static org.gongkai.core.testing.DisplayedCells.number;
import static org.gongkai.core.testing.DisplayedCells.side;
import static org.gongkai.core.testing.DisplayedCells.sum;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gongkai.core.budget.Budget;
import org.gongkai.core.classification.ReferenceData;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.Table;
import org.gongkai.core.template.TableSpec;
import org.gongkai.core.template.Template;
import org.gongkai.core.template.Templates;
import org.gongkai.core.testing.BudgetGenerator;
import org.gongkai.core.testing.DisplayedCells;

/**
 * Every table identity of {@code identities.csv} (I-01 … I-36 where they concern tables) holds on the
 * derived disclosure of any valid budget, at display precision, checked on the displayed cells.
 */
class TableIdentitiesProperties {

    @Provide
    Arbitrary<Budget> budgets() {
        return Arbitraries.of(Templates.all()).flatMap(t -> BudgetGenerator.budgets(t.id()));
    }

    @Property(tries = 300)
    void identitiesHoldOnDisplayedCells(@ForAll("budgets") Budget budget) {
        Template template = Templates.byId(budget.templateId());
        Disclosure d =
                Deriver.derive(budget, ReferenceData.forYear(2021), template).disclosure();
        Table t1 = d.table("T1").orElseThrow();
        Table t2 = d.table("T2").orElseThrow();
        Table t3 = d.table("T3").orElseThrow();
        Table t4 = d.table("T4").orElseThrow();
        Table t5 = d.table("T5").orElseThrow();
        Table t6 = d.table("T6").orElseThrow();
        Table t8 = d.table("T8").orElseThrow();
        Table t9 = d.table("T9").orElseThrow();
        Optional<Table> t7 = d.table("T7");
        Optional<Table> t10 = d.table("T10");

        BigDecimal incomeTotal = at(t1, "total|total", "income.amount");
        BigDecimal expenditureTotal = at(t1, "total|total", "expenditure.amount");
        assertThat(incomeTotal).as("I-01").isEqualByComparingTo(expenditureTotal);
        twoSidedAdds(t1, template.table("T1").orElseThrow(), "expenditure.amount", "I-02/I-03/I-04");
        for (String c : codeRows(t3, 3)) {
            assertThat(side(t1, false, c, "expenditure.amount"))
                    .as("I-05 %s", c)
                    .isEqualByComparingTo(at(t3, c, "total"));
        }
        for (Table.Column col : amountColumns(t2)) {
            if (!col.key().equals("total")) {
                assertThat(side(t1, true, col.key(), "income.amount"))
                        .as("I-08 %s", col.key())
                        .isEqualByComparingTo(at(t2, "total", col.key()));
            }
        }
        rowsAdd(
                t2,
                "total",
                amountColumns(t2).stream()
                        .map(Table.Column::key)
                        .filter(k -> !k.equals("total"))
                        .toList(),
                "I-06");
        assertThat(at(t2, "total", "total")).as("I-08 total").isEqualByComparingTo(incomeTotal);
        for (Table t : codeTables(d)) {
            hierarchyAdds(t, "I-07");
        }
        rowsAdd(t3, "total", List.of("basic", "project"), "I-09");
        assertThat(at(t3, "total", "total")).as("I-10").isEqualByComparingTo(expenditureTotal);

        twoSidedAdds(t4, template.table("T4").orElseThrow(), "expenditure.total", "I-12");
        rowsAdd(
                t4,
                "expenditure.total",
                List.of("expenditure.GENERAL_BUDGET", "expenditure.GOVERNMENT_FUND", "expenditure.STATE_CAPITAL"),
                "I-12");
        for (String src : List.of("GP_APPROP", "GF_APPROP", "SOE_APPROP")) {
            assertThat(side(t4, true, src, "income.amount"))
                    .as("I-14 %s", src)
                    .isEqualByComparingTo(side(t1, true, src, "income.amount"));
        }
        assertThat(side(t4, true, "GP_APPROP", "income.amount"))
                .as("I-13")
                .isEqualByComparingTo(at(t4, "total|total", "expenditure.GENERAL_BUDGET"));
        for (String c : codeRows(t5, 3)) {
            assertThat(side(t4, false, c, "expenditure.GENERAL_BUDGET"))
                    .as("I-15 %s", c)
                    .isEqualByComparingTo(at(t5, c, "total"));
        }
        assertThat(at(t4, "total|total", "expenditure.GOVERNMENT_FUND"))
                .as("I-15/I-35")
                .isEqualByComparingTo(at(t9, "total", "total"));
        assertThat(at(t4, "total|total", "expenditure.total")).as("I-16").isLessThanOrEqualTo(expenditureTotal);

        rowsAdd(t5, "total", List.of("basic", "project"), "I-17");
        assertThat(at(t5, "total", "total"))
                .as("I-18")
                .isEqualByComparingTo(at(t4, "total|total", "expenditure.GENERAL_BUDGET"));
        assertThat(at(t6, "total", "total")).as("I-19/I-25").isEqualByComparingTo(at(t5, "total", "basic"));
        for (Table.Row r : t5.rows()) {
            assertThat(at(t5, r.key(), "total")).as("I-20 %s", r.key()).isLessThanOrEqualTo(at(t3, r.key(), "total"));
        }
        rowsAdd(t6, "total", List.of("personnel", "public"), "I-22");
        economicAdds(t6, "I-23");

        t7.ifPresent(t -> {
            assertThat(at(t, "total", "total")).as("I-19").isEqualByComparingTo(at(t5, "total", "project"));
            rowsAdd(
                    t,
                    "total",
                    amountColumns(t).stream()
                            .map(Table.Column::key)
                            .filter(k -> k.startsWith("econ."))
                            .toList(),
                    "I-28");
            for (String c : codeRows(t, 7)) {
                assertThat(at(t, c, "total")).as("I-29 %s", c).isEqualByComparingTo(at(t5, c, "project"));
            }
        });

        // I-30: Σ 年度资金总额 of the target tables ≤ 项目支出 (all funds: a target covers the whole project).
        BigDecimal targets = d.targetTables().map(tt -> number(tt.total())).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (d.targetTables().allMatch(tt -> tt.unitLabel().equals(t3.unitLabel()))) {
            assertThat(targets).as("I-30").isLessThanOrEqualTo(at(t3, "total", "project"));
        }

        for (Table.Row r : t8.rows()) {
            String row = r.key();
            assertThat(at(t8, row, "total"))
                    .as("I-31 %s", row)
                    .isEqualByComparingTo(
                            at(t8, row, "ABROAD").add(at(t8, row, "vehicles")).add(at(t8, row, "RECEPTION")));
            assertThat(at(t8, row, "vehicles"))
                    .as("I-32 %s", row)
                    .isEqualByComparingTo(at(t8, row, "VEHICLE_PURCHASE").add(at(t8, row, "VEHICLE_OPERATION")));
        }

        rowsAdd(t9, "total", List.of("basic", "project"), "I-35");
        // I-36, and the same for every table: an empty table says so, a filled one carries no empty note.
        for (Table t : d.tables().toList()) {
            if (t.isEmpty()) {
                assertThat(t.notes()).as("I-36 %s", t.key()).isNotEmpty();
            } else {
                assertThat(t.notes()).as("I-36 %s", t.key()).isEmpty();
            }
        }
        t10.ifPresent(t -> assertThat(at(t4, "total|total", "expenditure.STATE_CAPITAL"))
                .as("T10 = T4 国有资本经营")
                .isEqualByComparingTo(at(t, "total", "total")));
    }

    private static List<Table> codeTables(Disclosure d) {
        return d.tables()
                .filter(t -> List.of("T2", "T3", "T5", "T7", "T9", "T10").contains(t.key()))
                .toList();
    }

    private static List<Table.Column> amountColumns(Table t) {
        return t.columns().stream()
                .filter(c -> c.type() == Table.ColumnType.AMOUNT)
                .toList();
    }

    /** In every row, the whole column equals the sum of the part columns. */
    private static void rowsAdd(Table t, String whole, List<String> parts, String id) {
        int w = t.columnIndex(whole).orElseThrow();
        for (Table.Row r : t.rows()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (String p : parts) {
                sum = sum.add(number(r.cell(t.columnIndex(p).orElseThrow())));
            }
            assertThat(number(r.cell(w)))
                    .as("%s %s row %s", id, t.key(), r.key())
                    .isEqualByComparingTo(sum);
        }
    }

    /** 合计 = Σ 类, 类 = Σ 款, 款 = Σ 项 in every amount column. */
    private static void hierarchyAdds(Table t, String id) {
        for (Table.Column c : amountColumns(t)) {
            List<String> classes = codeRows(t, 3);
            assertThat(at(t, "total", c.key()))
                    .as("%s %s 合计 %s", id, t.key(), c.key())
                    .isEqualByComparingTo(sum(t, classes, c.key()));
            for (int len : new int[] {3, 5}) {
                for (String parent : codeRows(t, len)) {
                    List<String> kids = codeRows(t, len + 2).stream()
                            .filter(k -> k.startsWith(parent))
                            .toList();
                    if (!kids.isEmpty()) {
                        assertThat(at(t, parent, c.key()))
                                .as("%s %s %s %s", id, t.key(), parent, c.key())
                                .isEqualByComparingTo(sum(t, kids, c.key()));
                    }
                }
            }
        }
    }

    private static void economicAdds(Table t, String id) {
        for (Table.Column c : amountColumns(t)) {
            assertThat(at(t, "total", c.key()))
                    .as("%s 合计 %s", id, c.key())
                    .isEqualByComparingTo(sum(t, codeRows(t, 3), c.key()));
            for (String cls : codeRows(t, 3)) {
                List<String> kids =
                        codeRows(t, 5).stream().filter(k -> k.startsWith(cls)).toList();
                assertThat(at(t, cls, c.key()))
                        .as("%s %s %s", id, cls, c.key())
                        .isEqualByComparingTo(sum(t, kids, c.key()));
            }
        }
    }

    /** Two-sided table: income total = Σ top-level rows, groups = Σ parts, expenditure total = Σ 类. */
    private static void twoSidedAdds(Table t, TableSpec spec, String expColumn, String id) {
        BigDecimal top = BigDecimal.ZERO;
        for (TableSpec.FixedRow r : spec.leftRows()) {
            BigDecimal v = side(t, true, r.key(), "income.amount");
            if (r.partOf().isEmpty()) {
                top = top.add(v);
            }
        }
        assertThat(at(t, "total|total", "income.amount"))
                .as("%s %s 收入总计", id, t.key())
                .isEqualByComparingTo(top);
        for (TableSpec.FixedRow g : spec.leftRows()) {
            List<TableSpec.FixedRow> parts = spec.leftRows().stream()
                    .filter(r -> r.partOf().equals(g.key()))
                    .toList();
            if (!parts.isEmpty()
                    && parts.stream()
                                    .map(TableSpec.FixedRow::sources)
                                    .distinct()
                                    .count()
                            == parts.size()) {
                BigDecimal s = parts.stream()
                        .map(p -> side(t, true, p.key(), "income.amount"))
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(side(t, true, g.key(), "income.amount"))
                        .as("%s %s %s", id, t.key(), g.key())
                        .isEqualByComparingTo(s);
            }
        }
        BigDecimal classes = t.rows().stream()
                .filter(r -> r.type() != Table.Row.Type.TOTAL
                        && !DisplayedCells.right(r.key()).isEmpty())
                .map(r -> number(r.cell(t.columnIndex(expColumn).orElseThrow())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(at(t, "total|total", expColumn))
                .as("%s %s 支出总计", id, t.key())
                .isEqualByComparingTo(classes);
        assertThat(at(t, "total|total", "income.amount"))
                .as("%s %s 收入总计 = 支出总计", id, t.key())
                .isEqualByComparingTo(at(t, "total|total", expColumn));
    }
}
