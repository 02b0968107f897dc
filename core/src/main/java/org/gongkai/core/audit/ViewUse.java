package org.gongkai.core.audit;

/**
 * Which of the two long shared views (table facts, narrative claims) the rule running on this thread has asked for.
 * The auditor learns it from one audit and, in the next, hands out the rules that need no view first, then those
 * that read the facts, then those that read the claims: while one lane builds the claims, the others run rules that
 * do not wait for them. Only the order of running changes, never the findings.
 */
final class ViewUse {
    static final int FACTS = 1;
    static final int CLAIMS = 2;

    /** The level noted on this thread while a lane runs a rule; absent outside an audit's lanes. */
    private static final ThreadLocal<int[]> CURRENT = new ThreadLocal<>();

    private ViewUse() {}

    /** Notes that the running rule reads {@code level} (a no-op when no lane is recording). */
    static void note(int level) {
        int[] slot = CURRENT.get();
        if (slot != null && slot[0] < level) {
            slot[0] = level;
        }
    }

    /**
     * Starts noting what a view being computed on this thread reads; returns the slot noted before (null if none),
     * to pass to {@link #end}.
     */
    static int[] begin() {
        int[] outer = CURRENT.get();
        CURRENT.set(new int[1]);
        return outer;
    }

    /** Ends {@link #begin}: returns the level the view read, and notes it for the rule or view that asked for it. */
    static int end(int[] outer) {
        int level = CURRENT.get()[0];
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
            if (outer[0] < level) {
                outer[0] = level;
            }
        }
        return level;
    }

    /** Starts recording on this thread; returns the slot {@link #note} fills. */
    static int[] record() {
        int[] slot = new int[1];
        CURRENT.set(slot);
        return slot;
    }

    /** Stops recording on this thread. */
    static void stop() {
        CURRENT.remove();
    }
}
