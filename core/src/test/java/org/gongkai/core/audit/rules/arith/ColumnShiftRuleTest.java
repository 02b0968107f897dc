package org.gongkai.core.audit.rules.arith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.core.audit.rules.arith.RowShiftRuleTest.ROWS;
import static org.gongkai.core.audit.rules.arith.RowShiftRuleTest.TOTAL;

import java.util.List;
import org.gongkai.core.audit.AuditContext;
import org.gongkai.core.audit.Auditor;
import org.gongkai.core.audit.Finding;
import org.gongkai.core.audit.Fires;
import org.gongkai.core.audit.Silent;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.Table;
import org.gongkai.core.testing.TestCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * T.COLUMN-SHIFT: one column's amounts printed a row off their codes over a run of rows, the other columns
 * right, is one finding naming that column, not a cascade of sum failures.
 */
class ColumnShiftRuleTest {
    private static final String[] COLUMNS = {"合计", "基本支出", "项目支出"};

    /**
     * 表五 (the figures of {@link RowShiftRuleTest}) with the amounts of one column, within code rows [from, to],
     * printed {@code k} rows above their codes (k > 0) or below; the rows at one end of the run are left blank.
     */
    static Table t5(int column, int from, int to, int k) {
        TableBuilder b = TableBuilder.table("", "表五", "一般公共预算支出情况表")
                .code("科目编码")
                .label("科目名称")
                .amounts(COLUMNS);
        b.total("", "合计", TOTAL[0], TOTAL[1], TOTAL[2]);
        for (int q = 0; q < ROWS.length; q++) {
            String[] cells = {ROWS[q][0], ROWS[q][1], ROWS[q][2], ROWS[q][3], ROWS[q][4]};
            if (q >= from && q <= to) {
                int p = q + k; // the code row whose amount is printed on row q
                cells[2 + column] = p >= from && p <= to ? ROWS[p][2 + column] : "";
            }
            b.row(cells);
        }
        return b.build();
    }

    private static Disclosure doc(Table t5) {
        return Fixture.of(List.of(RowShiftRuleTest.t3(), t5));
    }

    private static List<Finding> ofRule(List<Finding> findings, String id) {
        return findings.stream().filter(f -> f.ruleId().equals(id)).toList();
    }

    /** The findings of every arithmetic rule but the two shift diagnoses: the cascade as it would be listed. */
    private static List<Finding> cascade(Disclosure d) {
        return new Auditor(ArithRules.all().stream()
                        .filter(r -> !(r instanceof RowShiftRule) && !(r instanceof ColumnShiftRule))
                        .toList())
                .audit(AuditContext.of(d, TestCodes.INSTANCE));
    }

    @Test
    @Silent("T.COLUMN-SHIFT")
    void consistentTablesHaveNoFinding() {
        List<Finding> findings = Fixture.audit(doc(t5(1, 0, ROWS.length - 1, 0)));
        assertThat(findings).as(Fixture.describe(findings)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "1, 7, 19, 1, 208 社会保障和就业支出, 高1行",
        "1, 0, 19, 1, 201 一般公共服务支出, 高1行",
        "0, 7, 19, -1, 208 社会保障和就业支出, 低1行",
        "2, 0, 15, 1, 201 一般公共服务支出, 高1行"
    })
    @Fires("T.COLUMN-SHIFT")
    void aShiftedColumnIsOneFindingNamingIt(int column, int from, int to, int k, String row, String how) {
        Disclosure shifted = doc(t5(column, from, to, k));
        assertThat(ofRule(cascade(shifted), "T5.HIER")).isNotEmpty();

        List<Finding> findings = Fixture.audit(shifted);
        assertThat(ofRule(findings, "T.ROW-SHIFT")).isEmpty();
        assertThat(ofRule(findings, "T.COLUMN-SHIFT"))
                .as(Fixture.describe(findings))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.location().row()).isEqualTo(row);
                    assertThat(f.location().column()).isEqualTo(COLUMNS[column]);
                    assertThat(f.message())
                            .contains("表五 一般公共预算支出情况表／" + COLUMNS[column] + "：自" + row + "起", how, "由此引起的其他");
                });
        // the consequences in the shifted column are counted in the diagnosis, not listed
        assertThat(findings)
                .as(Fixture.describe(findings))
                .noneMatch(f ->
                        f.ruleId().startsWith("T5.") && f.location().column().equals(COLUMNS[column]));
    }

    @Test
    @Silent("T.COLUMN-SHIFT")
    void aWholeTableShiftIsLeftToTheRowShift() {
        List<Finding> findings = Fixture.audit(doc(RowShiftRuleTest.t5(7, 2)));
        assertThat(ofRule(findings, "T.ROW-SHIFT"))
                .as(Fixture.describe(findings))
                .hasSize(1);
        assertThat(ofRule(findings, "T.COLUMN-SHIFT")).isEmpty();
    }

    @Test
    @Silent("T.COLUMN-SHIFT")
    void aFewWrongCellsOfOneColumnAreNoShift() {
        Disclosure d = doc(t5(1, 0, ROWS.length - 1, 0));
        d = Fixture.withCell(d, "表五", 3, 3, "50.01");
        d = Fixture.withCell(d, "表五", 10, 3, "12.43");
        d = Fixture.withCell(d, "表五", 14, 3, "9.03");
        d = Fixture.withCell(d, "表五", 19, 3, "17.05");
        List<Finding> findings = Fixture.audit(d);
        assertThat(ofRule(findings, "T5.HIER")).isNotEmpty();
        assertThat(ofRule(findings, "T.COLUMN-SHIFT"))
                .as(Fixture.describe(findings))
                .isEmpty();
    }

    @Test
    @Silent("T.COLUMN-SHIFT")
    void aShortRunIsNoShift() {
        // three rows moved: too few to tell a slipped column from three wrong figures
        List<Finding> findings = Fixture.audit(doc(t5(1, 9, 11, 1)));
        assertThat(ofRule(findings, "T.COLUMN-SHIFT"))
                .as(Fixture.describe(findings))
                .isEmpty();
    }
}
