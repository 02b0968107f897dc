package org.gongkai.core.audit;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.gongkai.core.audit.facts.Claims;
import org.gongkai.core.audit.facts.Facts;
import org.gongkai.core.classification.Classifications;
import org.gongkai.core.disclosure.Disclosure;

/**
 * Everything a rule may look at: the disclosure, the classification lists of its year and the audit
 * profile. Derived views (facts, claims) are computed once per context and shared by all rules.
 */
public final class AuditContext {
    private final Disclosure disclosure;
    private final Classifications classifications;
    private final AuditProfile profile;
    private Facts facts;
    private Claims claims;
    private final Map<Object, Object> memo = new HashMap<>();

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
    public synchronized Facts facts() {
        if (facts == null) {
            facts = Facts.of(disclosure);
        }
        return facts;
    }

    /** Every narrative claim (amounts, shares, changes, rates, lists, reasons), computed on first use. */
    public synchronized Claims claims() {
        if (claims == null) {
            claims = Claims.of(disclosure, facts());
        }
        return claims;
    }

    /**
     * A derived view of this context, computed on first use under {@code key} and shared by all rules (so a
     * rule set parses the disclosure once per audit, not once per rule). Keys are compared with equals; use a
     * dedicated constant per view. A computation that throws stores nothing.
     */
    @SuppressWarnings("unchecked")
    public synchronized <T> T memo(Object key, Function<? super AuditContext, ? extends T> compute) {
        Objects.requireNonNull(key);
        if (memo.containsKey(key)) {
            return (T) memo.get(key);
        }
        T value = compute.apply(this); // may itself use memo (re-entrant), hence no computeIfAbsent
        memo.put(key, value);
        return value;
    }
}
