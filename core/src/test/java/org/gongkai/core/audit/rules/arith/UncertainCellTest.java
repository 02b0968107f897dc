package org.gongkai.core.audit.rules.arith;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.gongkai.core.audit.facts.Facts;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.Table;
import org.junit.jupiter.api.Test;

/**
 * A cell whose column a reader could not settle (page text without blank cells) proves nothing: the sums
 * leave it out instead of reporting the misread as an error, and it states no fact.
 */
class UncertainCellTest {

    /** 表五 row 1 (20105), 基本支出 column 5. */
    private static final int ROW = 1;

    private static final int COLUMN = 5;

    private static Disclosure uncertain(Disclosure d) {
        return Fixture.withRow(d, "表五", ROW, r -> new Table.Row(r.key(), r.type(), r.cells(), r.ref(), Set.of(COLUMN)));
    }

    @Test
    void aWrongCertainCellIsReportedAnUncertainOneIsNot() {
        Disclosure wrong = Fixture.withCell(Fixture.disclosure(), "表五", ROW, COLUMN, "174.00");
        assertThat(Fixture.findings(wrong, "T5.ROW-SUM")).isNotEmpty();
        assertThat(Fixture.findings(wrong, "T5.HIER")).isNotEmpty();
        Disclosure unsure = uncertain(wrong);
        assertThat(Fixture.findings(unsure, "T5.ROW-SUM")).isEmpty();
        assertThat(Fixture.findings(unsure, "T5.HIER")).isEmpty();
    }

    @Test
    void anUncertainCellStatesNoFact() {
        Disclosure d = Fixture.disclosure();
        long before = Facts.of(d).all().size();
        long after = Facts.of(uncertain(d)).all().size();
        assertThat(after).isEqualTo(before - 1);
    }
}
