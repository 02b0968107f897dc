package org.gongkai.core.audit.rules.arith;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.core.audit.Finding;
import org.gongkai.core.audit.Fires;
import org.gongkai.core.audit.RuleProbe;
import org.gongkai.core.audit.Severity;
import org.gongkai.core.audit.Silent;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.testing.TestCodes;
import org.junit.jupiter.api.Test;

/** NARR.COMPONENT-EMPTY over the fixture: the items 公用经费 "mainly includes" must have money in 表六. */
class ComponentEmptyFixtureTest {
    private static final String LISTED = "公用经费7.32万元，主要包括：办公费1.62万元、邮电费0.58万元、差旅费2.50万元、工会经费0.76万元、福利费1.36万元。";

    private static List<Finding> run(Disclosure d) {
        return RuleProbe.run("NARR.COMPONENT-EMPTY", d, TestCodes.INSTANCE);
    }

    @Test
    @Fires("NARR.COMPONENT-EMPTY")
    void itemsWithoutMoneyInTheTable() {
        Disclosure d = Fixture.withText(Fixture.disclosure(), LISTED, "公用经费7.32万元，主要包括：办公费、咨询费、差旅费、工会经费、上下班交通补贴等。");
        // 差旅费 (row 10 of 表六) printed as 0
        d = Fixture.withCell(d, "表六", 10, 3, "0");
        List<Finding> found = run(d);
        assertThat(found).hasSize(2).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(found).anySatisfy(f -> {
            assertThat(f.location().quote()).isEqualTo("咨询费");
            assertThat(f.message()).contains("没有金额");
        });
        assertThat(found).anySatisfy(f -> {
            assertThat(f.location().quote()).isEqualTo("差旅费");
            assertThat(f.message()).contains("30211").contains("为0");
        });
    }

    @Test
    @Silent("NARR.COMPONENT-EMPTY")
    void itemsWithMoneyAmountsAndDefinitions() {
        Disclosure d = Fixture.withText(Fixture.disclosure(), LISTED, "公用经费7.32万元，主要包括：办公费、邮电费、差旅费、上下班交通补贴等。");
        assertThat(run(d)).isEmpty();
        // a definition names no table: no amount, no check
        Disclosure glossary =
                Fixture.withText(Fixture.disclosure(), LISTED, "机关运行经费：指为保障行政单位运行的公用经费，包括办公及印刷费、咨询费、会议费。");
        assertThat(run(glossary)).isEmpty();
        // the fixture's own list names amounts with each item
        assertThat(run(Fixture.disclosure())).isEmpty();
    }
}
