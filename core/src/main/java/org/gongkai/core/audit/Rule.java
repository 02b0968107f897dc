package org.gongkai.core.audit;

/** One check of the catalogue: a small named object over the in-memory disclosure. */
public interface Rule {
    RuleInfo info();

    /** Reports every violation in the context to the sink; never throws on odd documents. */
    void check(AuditContext context, FindingSink sink);
}
