package org.gongkai.core.audit.rules.arith;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.core.audit.Fires;
import org.gongkai.core.audit.Silent;
import org.gongkai.core.disclosure.Disclosure;
import org.junit.jupiter.api.Test;

/** NT.PERF-EXCEEDS: the projects with performance targets are part of the year's project expenditure. */
class PerformanceExceedsTest {
    @Test
    @Fires("NT.PERF-EXCEEDS")
    void moreThanAllProjects() {
        Disclosure d = Fixture.withText(Fixture.disclosure(), "涉及预算金额93.4万元", "涉及预算金额100万元");
        assertThat(Fixture.findings(d, "NT.PERF-EXCEEDS")).singleElement().satisfies(f -> {
            assertThat(f.actual()).isEqualTo("100.00");
            assertThat(f.expected()).isEqualTo("93.40");
            assertThat(f.location().quote()).isEqualTo("100万元");
        });
    }

    @Test
    @Silent("NT.PERF-EXCEEDS")
    void allOrPartOfTheProjects() {
        assertThat(Fixture.findings(Fixture.disclosure(), "NT.PERF-EXCEEDS")).isEmpty();
        Disclosure part = Fixture.withText(Fixture.disclosure(), "涉及预算金额93.4万元", "涉及预算金额43万元");
        assertThat(Fixture.findings(part, "NT.PERF-EXCEEDS")).isEmpty();
    }
}
