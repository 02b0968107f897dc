package org.gongkai.core.audit.rules.conformity;

import java.util.List;
import org.gongkai.core.disclosure.DisclosureInfo;

/**
 * A template family as data: the tables and narrative sections a disclosure of that family must have. Loaded
 * from {@code template-families.txt} by {@link TemplateFamilies}.
 *
 * @param id stable ID, compared with {@link DisclosureInfo#templateId()}
 * @param aliases other template IDs of the same family (e.g. the 单位 variant of a 部门 template)
 * @param label Chinese name for messages
 * @param kind budget or final accounts
 * @param ordered true when the template fixes the order of its tables (numbered 表一…表九)
 * @param tables required tables in template order
 * @param sections required narrative sections
 */
record TemplateFamily(
        String id,
        List<String> aliases,
        String label,
        DisclosureInfo.Kind kind,
        boolean ordered,
        List<RequiredTable> tables,
        List<RequiredSection> sections) {

    /**
     * A required table: its key, standard name and title matcher (alternatives of word lists, "!" = must not
     * contain).
     */
    record RequiredTable(String key, String name, List<List<String>> matcher) {
        boolean matches(String title) {
            return matchesKey(Texts.key(title));
        }

        /** {@link #matches} for a title already passed through {@link Texts#key}. */
        boolean matchesKey(String t) {
            if (t.isEmpty()) {
                return false;
            }
            for (List<String> words : matcher) {
                boolean all = true;
                for (String w : words) {
                    boolean negated = w.startsWith("!");
                    String word = negated ? w.substring(1) : w;
                    if (t.contains(word) == negated) {
                        all = false;
                        break;
                    }
                }
                if (all) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A required narrative section: present when a heading or paragraph contains one of the keywords. */
    record RequiredSection(String name, List<String> keywords) {}
}
