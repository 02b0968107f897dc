package org.gongkai.core.audit.rules.arith;

import java.util.function.BiConsumer;
import org.gongkai.core.audit.AuditContext;
import org.gongkai.core.audit.FindingSink;
import org.gongkai.core.audit.Rule;
import org.gongkai.core.audit.RuleInfo;

/** A rule given as its description and a check (for findings that are not a sum or an equality). */
final class SimpleRule implements Rule {
    private final RuleInfo info;
    private final BiConsumer<AuditContext, FindingSink> check;

    SimpleRule(RuleInfo info, BiConsumer<AuditContext, FindingSink> check) {
        this.info = info;
        this.check = check;
    }

    @Override
    public RuleInfo info() {
        return info;
    }

    @Override
    public void check(AuditContext context, FindingSink sink) {
        check.accept(context, sink);
    }
}
