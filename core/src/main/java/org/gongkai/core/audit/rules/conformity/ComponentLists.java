package org.gongkai.core.audit.rules.conformity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.audit.AuditContext;
import org.gongkai.core.audit.Location;
import org.gongkai.core.audit.facts.PatternScan;
import org.gongkai.core.classification.CodeEntry;

/**
 * The components the narrative names for 人员经费 and 公用经费 ("人员经费8055.07万元，主要包括：基本工资、津贴补贴、
 * 奖金…") that are economic 款 by their exact name: each one must have money in the 基本支出 table. Read once per
 * audit; {@link ComponentListRules} reports the empty ones, and the column-shift diagnosis counts them among the
 * identities of that table.
 */
public final class ComponentLists {
    private static final Pattern LIST = Pattern.compile("(人员经费|公用经费)[^。；;]{0,40}?(?:主要)?包括[：:]([^。；;]+)");
    private static final PatternScan.Gate LIST_GATE = PatternScan.Gate.chars("人公");
    // Not 和 or 及 alone: they occur inside names (对个人和家庭的补助).
    private static final Pattern SEPARATOR = Pattern.compile("、|以及|，|,");
    private static final Object KEY = new Object();

    private ComponentLists() {}

    /**
     * One listed component.
     *
     * @param kind "人员经费" or "公用经费"
     * @param name the name as the narrative writes it
     * @param code the 5-digit economic code of that name
     * @param at where the narrative names it
     */
    public record Listed(String kind, String name, String code, Location at) {}

    /** The listed components of the disclosure's narrative, in reading order. */
    public static List<Listed> of(AuditContext c) {
        return c.memo(KEY, ComponentLists::read);
    }

    private static List<Listed> read(AuditContext c) {
        List<Listed> out = new ArrayList<>();
        for (SectionText section : SectionText.of(c)) {
            if (!section.text().contains("包括")) {
                continue;
            }
            PatternScan scan = PatternScan.of(LIST, section.text(), LIST_GATE);
            while (scan.find()) {
                Matcher m = scan.match();
                int offset = m.start(2);
                for (String raw : SEPARATOR.split(m.group(2), -1)) {
                    String name = raw.strip();
                    int at = section.text().indexOf(name, offset);
                    offset = at >= 0 ? at + name.length() : offset;
                    if (name.isEmpty() || at < 0 || TextLintRules.firstIn(name, '0', '9') >= 0) {
                        continue;
                    }
                    Optional<String> code = econCode(c, name);
                    code.ifPresent(k -> out.add(new Listed(m.group(1), name, k, section.at(at, at + name.length()))));
                }
            }
        }
        return List.copyOf(out);
    }

    /** The 款 (5-digit) code of the department economic classification with exactly this name. */
    private static Optional<String> econCode(AuditContext c, String name) {
        List<CodeEntry> found = c.classifications().departmentEconomicList().byName(name).stream()
                .filter(e -> e.code().length() == 5)
                .toList();
        return found.size() == 1 ? Optional.of(found.get(0).code()) : Optional.empty();
    }
}
