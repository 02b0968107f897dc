package org.gongkai.core.audit.rules.arith;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.gongkai.core.audit.AuditContext;
import org.gongkai.core.audit.Location;
import org.gongkai.core.audit.facts.Fact;
import org.gongkai.core.audit.facts.Figure;
import org.gongkai.core.audit.facts.MoneyUnit;
import org.gongkai.core.audit.facts.Numbers;
import org.gongkai.core.audit.facts.Period;
import org.gongkai.core.disclosure.TargetTable;

/** The 年度资金总额 of each performance-target table as a fact, by project name. */
final class TargetFacts {
    private static final java.util.regex.Pattern UNIT_SUFFIX = java.util.regex.Pattern.compile("(万元|元)$");

    private TargetFacts() {}

    static Map<String, Fact> totals(AuditContext ctx) {
        Map<String, Fact> out = new LinkedHashMap<>();
        for (TargetTable t : ctx.disclosure().targetTables().toList()) {
            String text = UNIT_SUFFIX.matcher(Numbers.clean(t.total())).replaceAll("");
            Optional<java.math.BigDecimal> v = Numbers.cell(text);
            if (v.isEmpty()) {
                continue;
            }
            MoneyUnit unit = MoneyUnit.fromLabel(t.unitLabel()).orElse(MoneyUnit.WAN);
            String name = Numbers.clean(t.projectName());
            Location where = Location.cell("绩效目标表“" + name + "”", "年度资金总额", "", t.ref());
            out.putIfAbsent(name, new Fact("target|" + name, Period.CURRENT, new Figure(v.get(), unit), where));
        }
        return out;
    }
}
