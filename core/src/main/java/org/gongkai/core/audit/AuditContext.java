package org.gongkai.core.audit;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import org.gongkai.core.audit.facts.Claims;
import org.gongkai.core.audit.facts.Facts;
import org.gongkai.core.classification.Classifications;
import org.gongkai.core.disclosure.Disclosure;

/**
 * Everything a rule may look at: the disclosure, the classification lists of its year and the audit
 * profile. Derived views (facts, claims) are computed once per context and shared by all rules, which may run
 * on several threads: each view is computed by the first rule that asks, and the others wait for it.
 */
public final class AuditContext {
    private final Disclosure disclosure;
    private final Classifications classifications;
    private final AuditProfile profile;
    private final ConcurrentHashMap<Object, View> memo = new ConcurrentHashMap<>();
    private static final Object FACTS = new Object();
    private static final Object CLAIMS = new Object();

    private AuditContext(Disclosure disclosure, Classifications classifications, AuditProfile profile) {
        this.disclosure = Objects.requireNonNull(disclosure);
        this.classifications = Objects.requireNonNull(classifications);
        this.profile = Objects.requireNonNull(profile);
    }

    public static AuditContext of(Disclosure disclosure, Classifications classifications, AuditProfile profile) {
        return new AuditContext(disclosure, classifications, profile);
    }

    public static AuditContext of(Disclosure disclosure, Classifications classifications) {
        return of(disclosure, classifications, AuditProfile.DEFAULT);
    }

    public Disclosure disclosure() {
        return disclosure;
    }

    public Classifications classifications() {
        return classifications;
    }

    public AuditProfile profile() {
        return profile;
    }

    /** Every table cell as a fact, computed on first use and shared by all rules. */
    public Facts facts() {
        ViewUse.note(ViewUse.FACTS);
        return memo(FACTS, c -> Facts.of(c.disclosure));
    }

    /** Every narrative claim (amounts, shares, changes, rates, lists, reasons), computed on first use. */
    public Claims claims() {
        ViewUse.note(ViewUse.CLAIMS);
        return memo(CLAIMS, c -> Claims.of(c.disclosure, c.facts()));
    }

    /**
     * Starts the claims on this thread unless another thread has started them (then returns at once instead of
     * waiting, so a lane sent to build them early never idles behind a lane that got there first).
     */
    void startClaims() {
        if (!memo.containsKey(CLAIMS)) {
            claims();
        }
    }

    /**
     * A derived view of this context, computed on first use under {@code key} and shared by all rules (so a
     * rule set parses the disclosure once per audit, not once per rule). Keys are compared with equals; use a
     * dedicated constant per view. A computation may itself use other views; one that throws stores nothing
     * (the rules waiting for it get the same exception). The view must not be modified afterwards unless it is
     * safe for concurrent use.
     */
    @SuppressWarnings("unchecked")
    public <T> T memo(Object key, Function<? super AuditContext, ? extends T> compute) {
        Objects.requireNonNull(key);
        View task = memo.get(key);
        if (task == null) {
            View mine = new View(this, compute);
            task = memo.putIfAbsent(key, mine);
            if (task == null) {
                task = mine;
                mine.run(); // on this thread; nested views are computed the same way
            }
        }
        try {
            T value = (T) task.get();
            ViewUse.note(task.level()); // a rule reading a view waits for the long views it was built from
            return value;
        } catch (ExecutionException e) {
            memo.remove(key, task);
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("审核被中断", e);
        }
    }

    /** A view being computed or computed once, with the longest view ({@link ViewUse}) it was built from. */
    private static final class View extends FutureTask<Object> {
        /** Written before the task completes, so every thread that gets the value sees it. */
        private final int[] level;

        View(AuditContext context, Function<? super AuditContext, ?> compute) {
            this(context, compute, new int[1]);
        }

        private View(AuditContext context, Function<? super AuditContext, ?> compute, int[] level) {
            super(() -> {
                int[] outer = ViewUse.begin();
                try {
                    return compute.apply(context);
                } finally {
                    level[0] = ViewUse.end(outer);
                }
            });
            this.level = level;
        }

        int level() {
            return level[0];
        }
    }
}
