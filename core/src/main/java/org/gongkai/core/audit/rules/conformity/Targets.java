package org.gongkai.core.audit.rules.conformity;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.audit.AuditContext;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.TargetTable;

/** Shared reading of target tables and of the project list of the narrative (§七). */
final class Targets {
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");
    private static final Pattern PROJECT_NAME = Pattern.compile("项目名称[：:]\\s*([^\\s，。；]{2,60})");

    private Targets() {}

    private static final Object INDICATORS = new Object();
    private static final Object FAMILIES = new Object();

    /** {@link IndicatorLexicon#familyOf} of an indicator's name, looked up once per audit. */
    static java.util.Optional<IndicatorLexicon.FamilyTerm> family(AuditContext c, Indicator i) {
        Map<Indicator, java.util.Optional<IndicatorLexicon.FamilyTerm>> byIndicator =
                c.memo(FAMILIES, x -> java.util.Collections.synchronizedMap(new IdentityHashMap<>()));
        return byIndicator.computeIfAbsent(i, x -> IndicatorLexicon.familyOf(x.name()));
    }

    /** {@link #indicators(TargetTable)}, parsed once per audit and shared by the target rules. */
    static List<Indicator> indicators(AuditContext c, TargetTable t) {
        Map<TargetTable, List<Indicator>> byTable =
                c.memo(INDICATORS, x -> java.util.Collections.synchronizedMap(new IdentityHashMap<>()));
        return byTable.computeIfAbsent(t, Targets::indicators);
    }

    /** Indicator rows that carry a name or a value. */
    static List<Indicator> indicators(TargetTable t) {
        List<Indicator> out = new ArrayList<>();
        for (TargetTable.IndicatorRow row : t.indicators()) {
            if (!Texts.isBlank(row.name()) || !Texts.isBlank(row.value())) {
                out.add(Indicator.of(row));
            }
        }
        return java.util.Collections.unmodifiableList(out);
    }

    /** Project names listed in the narrative ("项目名称：…"), in order, without "无". */
    static List<String> narrativeProjects(Disclosure d) {
        List<String> out = new ArrayList<>();
        d.paragraphs().forEach(p -> {
            if (!p.text().contains("项目名称")) {
                return; // the pattern's literal start: spares a matcher on every paragraph
            }
            Matcher m = PROJECT_NAME.matcher(p.text());
            while (m.find()) {
                String name = m.group(1).strip();
                if (!name.equals("无") && !out.contains(name)) {
                    out.add(name);
                }
            }
        });
        return out;
    }

    /** The unit the document is about: its info, else the most frequent table preparer. */
    static String documentUnit(Disclosure d) {
        if (!Texts.isBlank(d.info().unitName())) {
            return d.info().unitName().strip();
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        d.tables().forEach(t -> {
            if (!Texts.isBlank(t.preparer())) {
                counts.merge(t.preparer().strip(), 1, Integer::sum);
            }
        });
        return counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse("");
    }

    /** Percent of the title's character bigrams that occur in the text (0 when the title has none). */
    static int overlapPercent(String title, String text) {
        var a = Texts.hanBigrams(title);
        if (a.isEmpty()) {
            return 0;
        }
        // a title bigram is two Han characters: it is among the text's bigrams exactly when the text holds it
        String t = Texts.norm(text);
        long shared = a.stream().filter(t::contains).count();
        return (int) (shared * 100 / a.size());
    }

    /** The four-digit year printed with a target table ("（2021年）" → 2021), or 0. */
    static int year(TargetTable t) {
        Matcher m = YEAR.matcher(Texts.norm(t.year()));
        return m.find() ? Integer.parseInt(m.group()) : 0;
    }
}
