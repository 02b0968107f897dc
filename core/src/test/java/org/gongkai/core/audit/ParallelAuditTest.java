package org.gongkai.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gongkai.core.budget.Budget;
import org.gongkai.core.classification.Classifications;
import org.gongkai.core.classification.ReferenceData;
import org.gongkai.core.derive.Deriver;
import org.gongkai.core.disclosure.Block;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.Paragraph;
import org.gongkai.core.examples.Examples;
import org.gongkai.core.testing.BudgetGenerator;
import org.junit.jupiter.api.Test;

/** Rules of one document run on several threads give exactly the findings, in the order, of one thread. */
class ParallelAuditTest {
    private static final Classifications CODES = ReferenceData.forYear(2021);

    @Provide
    Arbitrary<Budget> budgets() {
        return BudgetGenerator.budgets("national-dept-budget");
    }

    @Property(tries = 30)
    void lanesDoNotChangeTheFindings(@ForAll("budgets") Budget budget) {
        Disclosure d = withSlips(Deriver.derive(budget, CODES).disclosure());
        List<Finding> one = Auditor.standard().withLanes(1).audit(AuditContext.of(d, CODES));
        for (int i = 0; i < 3; i++) {
            assertThat(Auditor.standard().withLanes(4).audit(AuditContext.of(d, CODES)))
                    .isEqualTo(one);
        }
    }

    @Test
    void theExampleWithSlipsAuditsAlikeOnOneAndFourLanes() {
        Disclosure d = withSlips(Deriver.derive(Examples.kezhou2021(), CODES).disclosure());
        List<Finding> one = Auditor.standard().withLanes(1).audit(AuditContext.of(d, CODES));
        assertThat(one).hasSizeGreaterThan(3); // the slips below make rules fire
        for (int i = 0; i < 20; i++) {
            assertThat(Auditor.standard().withLanes(4).audit(AuditContext.of(d, CODES)))
                    .isEqualTo(one);
        }
    }

    /** A wrong share, a placeholder and a wrong year: findings from narrative, lint and year rules. */
    private static Disclosure withSlips(Disclosure d) {
        List<Block> blocks = new ArrayList<>();
        for (Block b : d.blocks()) {
            if (b instanceof Paragraph p && p.text().contains("占")) {
                blocks.add(new Paragraph(
                        p.section(), p.text().replaceFirst("占(\\d+)\\.(\\d+)%", "占$1.9$2%") + "XX单位2019年预算。", p.ref()));
            } else {
                blocks.add(b);
            }
        }
        return new Disclosure(d.info(), blocks);
    }

    @Test
    void aRuleThatFailsOnAHelperThreadBecomesAnInfoInItsPlace() {
        Disclosure d = Deriver.derive(Examples.kezhou2021(), CODES).disclosure();
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int k = i;
            rules.add(rule("TEST.R" + k, (c, sink) -> {
                if (k == 5) {
                    throw new IllegalStateException("boom");
                }
                sink.add(finding("TEST.R" + k));
            }));
        }
        List<Finding> out = new Auditor(rules).withLanes(4).audit(AuditContext.of(d, CODES));
        assertThat(out)
                .extracting(Finding::ruleId)
                .containsExactly(
                        "TEST.R0",
                        "TEST.R1",
                        "TEST.R2",
                        "TEST.R3",
                        "TEST.R4",
                        "AUDIT.RULE-FAILED",
                        "TEST.R6",
                        "TEST.R7");
        assertThat(out.get(5).message()).contains("TEST.R5").contains("boom");
    }

    @Test
    void rulesThatReadTheClaimsAreHandedOutLastOnceLearned() {
        Disclosure d = Deriver.derive(Examples.kezhou2021(), CODES).disclosure();
        AtomicInteger ticket = new AtomicInteger();
        int[] claimsTicket = new int[1];
        List<Rule> rules = new ArrayList<>();
        rules.add(rule("TEST.CLAIMS", (c, sink) -> {
            claimsTicket[0] = ticket.getAndIncrement();
            c.claims();
        }));
        for (int i = 0; i < 8; i++) {
            rules.add(rule("TEST.PLAIN" + i, (c, sink) -> ticket.getAndIncrement()));
        }
        Auditor auditor = new Auditor(rules).withLanes(2);
        auditor.audit(AuditContext.of(d, CODES));
        assertThat(claimsTicket[0]).as("first audit: catalogue order").isLessThanOrEqualTo(1);
        ticket.set(0);
        List<Finding> second = auditor.audit(AuditContext.of(d, CODES));
        // two lanes may swap neighbours between taking a rule and starting it, never more
        assertThat(claimsTicket[0])
                .as("second audit: after the rules that read no view")
                .isGreaterThanOrEqualTo(7);
        assertThat(second).isEmpty();
    }

    @Test
    void anErrorInARuleReachesTheCaller() {
        Disclosure d = Deriver.derive(Examples.kezhou2021(), CODES).disclosure();
        List<Rule> rules = List.of(rule("TEST.OK", (c, sink) -> {}), rule("TEST.ERR", (c, sink) -> {
            throw new AssertionError("fatal");
        }));
        assertThatThrownBy(() -> new Auditor(rules).withLanes(2).audit(AuditContext.of(d, CODES)))
                .isInstanceOf(AssertionError.class)
                .hasMessage("fatal");
    }

    @Test
    void aViewAskedForByTwoThreadsAtOnceIsComputedOnce() throws Exception {
        AuditContext c =
                AuditContext.of(Deriver.derive(Examples.kezhou2021(), CODES).disclosure(), CODES);
        AtomicInteger computed = new AtomicInteger();
        Object key = new Object();
        CountDownLatch start = new CountDownLatch(1);
        List<Object> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        Runnable ask = () -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            seen.add(c.memo(key, x -> {
                computed.incrementAndGet();
                sleep();
                return new Object();
            }));
        };
        Thread a = new Thread(ask);
        Thread b = new Thread(ask);
        a.start();
        b.start();
        start.countDown();
        a.join();
        b.join();
        assertThat(computed).hasValue(1);
        assertThat(seen).hasSize(2);
        assertThat(seen.get(0)).isSameAs(seen.get(1));
    }

    @Test
    void aViewThatFailsIsNotKept() {
        AuditContext c =
                AuditContext.of(Deriver.derive(Examples.kezhou2021(), CODES).disclosure(), CODES);
        Object key = new Object();
        assertThatThrownBy(() -> c.memo(key, x -> {
                    throw new IllegalArgumentException("bad");
                }))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(c.<String>memo(key, x -> "second try")).isEqualTo("second try");
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Finding finding(String id) {
        return new Finding(id, Severity.INFO, Category.CONFORMITY, id, List.of(Location.document()), "", "", "", "");
    }

    private static Rule rule(String id, java.util.function.BiConsumer<AuditContext, FindingSink> check) {
        RuleInfo info = new RuleInfo(id, Severity.INFO, Category.CONFORMITY, id, id, "", "");
        return new Rule() {
            @Override
            public RuleInfo info() {
                return info;
            }

            @Override
            public void check(AuditContext context, FindingSink sink) {
                check.accept(context, sink);
            }
        };
    }
}
