package org.gongkai.core.audit.rules.arith;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.core.audit.AuditContext;
import org.gongkai.core.audit.Auditor;
import org.gongkai.core.audit.Finding;
import org.gongkai.core.audit.Severity;
import org.gongkai.core.classification.Classifications;
import org.gongkai.core.classification.ReferenceData;
import org.gongkai.core.derive.Deriver;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.examples.Examples;
import org.junit.jupiter.api.Test;

/** audit(derive(b)) has no arithmetic error: the derived example is consistent in every table and sentence. */
class DerivedExampleTest {
    @Test
    void derivedExampleHasNoArithmeticFinding() {
        Classifications codes = ReferenceData.forYear(2021);
        Disclosure d = Deriver.derive(Examples.kezhou2021(), codes).disclosure();
        AuditContext ctx = AuditContext.of(d, codes);
        for (String concept : List.of(
                "T1|GP_APPROP|amount",
                "T1|expense.total|amount",
                "T4|expense.total|GP_APPROP",
                "T5|2010504|basic",
                "T6|total|public",
                "T7|total|total",
                "T8|current|reception")) {
            assertThat(ctx.facts().first(concept)).as(concept).isPresent();
        }
        assertThat(ctx.claims().all().stream().map(c -> c.subject().key()))
                .contains(
                        "general.basic",
                        "expense.project",
                        "threePublic.RECEPTION",
                        "procurement.goods",
                        "operatingCosts");
        List<Finding> findings = new Auditor(ArithRules.all()).audit(ctx);
        assertThat(findings.stream().filter(f -> f.severity() != Severity.INFO).toList())
                .as(Fixture.describe(findings))
                .isEmpty();
        assertThat(findings).as(Fixture.describe(findings)).isEmpty();
    }
}
