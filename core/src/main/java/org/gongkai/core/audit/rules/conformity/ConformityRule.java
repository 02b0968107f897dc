package org.gongkai.core.audit.rules.conformity;

import java.util.Objects;
import org.gongkai.core.audit.AuditContext;
import org.gongkai.core.audit.Category;
import org.gongkai.core.audit.FindingSink;
import org.gongkai.core.audit.Rule;
import org.gongkai.core.audit.RuleInfo;
import org.gongkai.core.audit.Severity;

/**
 * A conformity rule as a small named object: its catalogue entry and its check. The check reports through a
 * {@link Reporter} bound to this rule, so a finding can never carry another rule's ID or message.
 */
final class ConformityRule implements Rule {
    /** The check of one rule. */
    @FunctionalInterface
    interface Check {
        void run(AuditContext context, Reporter reporter);
    }

    private final RuleInfo info;
    private final Check check;

    private ConformityRule(RuleInfo info, Check check) {
        this.info = Objects.requireNonNull(info);
        this.check = Objects.requireNonNull(check);
    }

    static ConformityRule of(
            String id,
            Severity severity,
            Category category,
            String title,
            String message,
            String tolerance,
            String basis,
            Check check) {
        return new ConformityRule(new RuleInfo(id, severity, category, title, message, tolerance, basis), check);
    }

    @Override
    public RuleInfo info() {
        return info;
    }

    @Override
    public void check(AuditContext context, FindingSink sink) {
        check.run(context, new Reporter(info, sink));
    }

    @Override
    public String toString() {
        return info.id();
    }
}
