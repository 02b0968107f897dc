package org.gongkai.core.audit.facts;

import java.util.List;
import org.gongkai.core.disclosure.Disclosure;

/** Every claim of a disclosure's narrative, in reading order. */
public final class Claims {
    private final List<Claim> all;

    private Claims(List<Claim> all) {
        this.all = List.copyOf(all);
    }

    public static Claims of(Disclosure disclosure, Facts facts) {
        return new Claims(List.of());
    }

    public List<Claim> all() {
        return all;
    }
}
