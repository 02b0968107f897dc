package org.gongkai.core.audit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the catalogue over a context. A rule that fails unexpectedly becomes an INFO finding, not a crash. A
 * {@link CauseRule} that diagnoses a cause has the findings it explains dropped and counted in its message. The
 * rules of one document may run on several lanes (threads); the findings and their order do not depend on it.
 */
public final class Auditor {
    /** More lanes than this gain nothing on one document: the views most rules share are computed first. */
    private static final int MAX_LANES = 4;

    private final List<Rule> rules;
    private final int lanes;
    /**
     * For each rule of {@link #rules}, the longest view it read in the last audit ({@link ViewUse}); null before the
     * first. It only orders the running of the next audit's rules, so a stale or racing value is harmless.
     */
    private volatile int[] viewLevels;

    public Auditor(List<Rule> rules) {
        this(rules, Math.min(MAX_LANES, Runtime.getRuntime().availableProcessors()));
    }

    private Auditor(List<Rule> rules, int lanes) {
        this.rules = List.copyOf(rules);
        this.lanes = Math.max(1, Math.min(MAX_LANES, lanes)); // the helper pool has MAX_LANES - 1 threads
    }

    /**
     * This auditor with the rules of one document run on up to {@code lanes} threads (1: all on the calling
     * thread). The findings are the same whatever the number: each rule's findings keep their catalogue place.
     */
    public Auditor withLanes(int lanes) {
        return new Auditor(rules, lanes);
    }

    /** The standard catalogue; built once, since rules are stateless and the auditor is immutable. */
    public static Auditor standard() {
        return Standard.INSTANCE;
    }

    /** Lazy holder: the catalogue is built on first use, once per JVM. */
    private static final class Standard {
        static final Auditor INSTANCE = new Auditor(RuleCatalogue.all());
    }

    /** Daemon threads that help the calling thread through a document's rules; idle ones end after a while. */
    private static final class Helpers {
        static final ThreadPoolExecutor POOL = pool();

        private static ThreadPoolExecutor pool() {
            AtomicInteger n = new AtomicInteger();
            ThreadPoolExecutor pool = new ThreadPoolExecutor(
                    MAX_LANES - 1, MAX_LANES - 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
                        Thread t = new Thread(r, "gongkai-audit-" + n.incrementAndGet());
                        t.setDaemon(true);
                        return t;
                    });
            pool.allowCoreThreadTimeOut(true);
            return pool;
        }
    }

    public List<Finding> audit(AuditContext context) {
        AuditProfile profile = context.profile();
        List<Rule> active = new ArrayList<>();
        int[] positions = new int[rules.size()];
        int[] known = viewLevels;
        for (int i = 0; i < rules.size(); i++) {
            if (profile.runs(rules.get(i).info().id())) {
                positions[active.size()] = i;
                active.add(rules.get(i));
            }
        }
        int[] levels = new int[active.size()];
        for (int i = 0; known != null && i < levels.length; i++) {
            levels[i] = known[positions[i]];
        }
        RuleRun run = new RuleRun(context, active, levels, lanes > 1);
        for (int i = 1; i < Math.min(lanes, active.size()); i++) {
            boolean first = i == 1;
            Helpers.POOL.execute(() -> {
                if (first) {
                    // the narrative claims (which need the table facts) are the longest shared view and a third of
                    // the rules read them: one helper starts them at once while the caller runs table rules
                    warm(context);
                }
                run.work();
            });
        }
        run.work(); // the calling thread takes rules too, so the audit never waits for a busy pool
        run.awaitAll();
        if (run.seen != null) {
            int[] learned = known == null ? new int[rules.size()] : known.clone();
            for (int i = 0; i < active.size(); i++) {
                learned[positions[i]] = run.seen[i];
            }
            viewLevels = learned;
        }
        List<Finding> findings = new ArrayList<>();
        List<CauseRule> causes = new ArrayList<>();
        for (int i = 0; i < active.size(); i++) {
            findings.addAll(run.results[i]);
            if (run.completed[i] && active.get(i) instanceof CauseRule cause) {
                causes.add(cause);
            }
        }
        List<Finding> result = findings;
        for (CauseRule cause : causes) {
            result = dropConsequences(context, cause, result);
        }
        return result;
    }

    /**
     * Findings of other rules that refer to a cell of a diagnosed cascade, or compare one of its sums within the
     * table, are consequences: dropped, and counted by rule ID at the end of the cause's message.
     */
    private static List<Finding> dropConsequences(AuditContext context, CauseRule cause, List<Finding> findings) {
        String id = cause.info().id();
        List<Finding> out = new ArrayList<>(findings);
        for (CauseRule.Cascade cascade : cause.cascades(context)) {
            Set<String> cells = new HashSet<>();
            cascade.cells().forEach(l -> cells.add(cellKey(l)));
            Set<String> sums = new HashSet<>();
            cascade.sums().forEach(l -> sums.add(cellKey(l)));
            Map<String, Integer> dropped = new LinkedHashMap<>();
            List<Finding> kept = new ArrayList<>();
            for (Finding f : out) {
                boolean inTable = f.locations().stream()
                        .allMatch(l -> l.table().equals(f.location().table()));
                boolean consequence = !f.ruleId().equals(id)
                        && (f.locations().stream().anyMatch(l -> cells.contains(cellKey(l)))
                                || inTable && sums.contains(cellKey(f.location())));
                if (consequence) {
                    dropped.merge(f.ruleId(), 1, Integer::sum);
                } else {
                    kept.add(f);
                }
            }
            if (dropped.isEmpty()) {
                continue;
            }
            out = new ArrayList<>();
            for (Finding f : kept) {
                boolean isCause = f.ruleId().equals(id) && f.location().equals(cascade.at());
                out.add(isCause ? withConsequences(f, dropped) : f);
            }
        }
        return out;
    }

    private static String cellKey(Location l) {
        return l.table() + "\u0000" + l.row() + "\u0000" + l.column();
    }

    private static Finding withConsequences(Finding f, Map<String, Integer> dropped) {
        int total = dropped.values().stream().mapToInt(Integer::intValue).sum();
        List<String> parts = new ArrayList<>();
        dropped.forEach((rule, n) -> parts.add(rule + "×" + n));
        String message = f.message() + "；由此引起的其他" + total + "项问题不再逐项列出（" + String.join("、", parts) + "）";
        return new Finding(
                f.ruleId(),
                f.severity(),
                f.category(),
                message,
                f.locations(),
                f.expected(),
                f.actual(),
                f.difference(),
                f.suggestion());
    }

    private static void warm(AuditContext context) {
        try {
            context.startClaims();
        } catch (RuntimeException e) {
            // not kept: the rules that read claims meet the same failure and report it in their place
        }
    }

    /**
     * One audit's rules, handed out one at a time to whichever thread asks next; each rule's findings go to its
     * own slot, so the result does not depend on which thread ran it.
     */
    private static final class RuleRun {
        final AuditContext context;
        final List<Rule> rules;
        /** The order rules are handed out in: see {@link #spread}. */
        final int[] order;

        final List<Finding>[] results;
        final boolean[] completed;
        /** The longest view each rule read in this run, when the run records it (several lanes); else null. */
        final int[] seen;

        final AtomicInteger next = new AtomicInteger();
        final CountDownLatch done;
        volatile Throwable fatal;

        @SuppressWarnings("unchecked")
        RuleRun(AuditContext context, List<Rule> rules, int[] levels, boolean record) {
            this.context = context;
            this.rules = rules;
            this.order = spread(rules, levels);
            this.results = new List[rules.size()];
            this.completed = new boolean[rules.size()];
            this.seen = record ? new int[rules.size()] : null;
            this.done = new CountDownLatch(rules.size());
        }

        void work() {
            int[] slot = seen == null ? null : ViewUse.record();
            try {
                for (int n = next.getAndIncrement(); n < rules.size(); n = next.getAndIncrement()) {
                    int i = order[n];
                    try {
                        if (slot != null) {
                            slot[0] = 0;
                        }
                        runRule(i);
                    } catch (Throwable t) { // an Error on a helper thread must reach the caller, not hang it
                        fatal = t;
                        results[i] = List.of();
                    } finally {
                        if (slot != null) {
                            seen[i] = slot[0]; // published to the caller by the latch
                        }
                        done.countDown();
                    }
                }
            } finally {
                if (slot != null) {
                    ViewUse.stop();
                }
            }
        }

        private void runRule(int i) {
            Rule rule = rules.get(i);
            RuleInfo info = rule.info();
            Severity severity = context.profile().severityOf(info);
            List<Finding> out = new ArrayList<>();
            FindingSink sink = f -> out.add(f.severity() == severity ? f : withSeverity(f, severity));
            try {
                rule.check(context, sink);
                completed[i] = true;
                results[i] = out;
            } catch (RuntimeException e) {
                out.add(new Finding(
                        "AUDIT.RULE-FAILED",
                        Severity.INFO,
                        Category.CONFORMITY,
                        "规则 " + info.id() + " 未能完成检查：" + e,
                        List.of(Location.document()),
                        "",
                        "",
                        "",
                        "请向 Gongkai 报告此问题。"));
                results[i] = out;
            }
        }

        /**
         * The order rules are handed out in. Rules that read no long view come first, then those that read the table
         * facts, then those that read the narrative claims ({@code levels}, learned from the last audit; all 0 at
         * first), so the lanes run the first kind while one of them builds the claims. Within a level, the rules of
         * one family (the ID before its first dot: T5, NARR, CODE, TGT…) share the views they read and sit together
         * in the catalogue: handed out in that order, two lanes would take two rules of a family at once and one
         * would wait for the other to build the family's view. So the families are taken in turns, one rule of
         * each. Only the order of running changes; each rule's findings keep their catalogue place.
         */
        static int[] spread(List<Rule> rules, int[] levels) {
            int[] order = new int[rules.size()];
            int n = 0;
            for (int level = 0; level <= ViewUse.CLAIMS; level++) {
                Map<String, List<Integer>> families = new LinkedHashMap<>();
                for (int i = 0; i < rules.size(); i++) {
                    if (Math.min(Math.max(levels[i], 0), ViewUse.CLAIMS) != level) {
                        continue;
                    }
                    String id = rules.get(i).info().id();
                    int dot = id.indexOf('.');
                    families.computeIfAbsent(dot < 0 ? id : id.substring(0, dot), k -> new ArrayList<>())
                            .add(i);
                }
                int longest =
                        families.values().stream().mapToInt(List::size).max().orElse(0);
                for (int round = 0; round < longest; round++) {
                    for (List<Integer> family : families.values()) {
                        if (round < family.size()) {
                            order[n++] = family.get(round);
                        }
                    }
                }
            }
            return order;
        }

        /** Waits until every rule has run (the latch also publishes the slots to this thread). */
        void awaitAll() {
            boolean interrupted = false;
            while (true) {
                try {
                    done.await();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            Throwable t = fatal;
            if (t instanceof Error e) {
                throw e;
            }
            if (t instanceof RuntimeException e) {
                throw e;
            }
        }
    }

    private static Finding withSeverity(Finding f, Severity s) {
        return new Finding(
                f.ruleId(),
                s,
                f.category(),
                f.message(),
                f.locations(),
                f.expected(),
                f.actual(),
                f.difference(),
                f.suggestion());
    }
}
