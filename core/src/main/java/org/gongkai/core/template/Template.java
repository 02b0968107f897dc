package org.gongkai.core.template;

import java.util.List;
import java.util.Optional;
import org.gongkai.core.amount.DisplayUnit;
import org.gongkai.core.disclosure.DisclosureInfo;

/**
 * A disclosure template as data: which tables (titles, columns, rows, units), which parts and section
 * headings, the glossary, the wording of part one and the narrative style. Loaded from JSON resources by
 * {@link Templates}; adding a template needs no Java.
 *
 * @param id stable id, e.g. {@code xinjiang-2021-dept-budget}
 * @param aliases other ids budgets may name it by (e.g. {@code xinjiang-2021})
 * @param name Chinese name for people
 * @param kind budget or final accounts
 * @param title document title pattern ({unit}, {year})
 * @param textUnit unit of amounts in the narrative and target tables
 * @param narrativeStyle wording style id passed to the narrative writer
 * @param parts the document's parts in order
 * @param tables the tables of the tables part, in order
 * @param glossary 名词解释 entries
 * @param glossaryNumbering numbering pattern of glossary entries ("{cn}、", "（{cn}）")
 * @param wording sentence patterns of part one and the signature (see {@code ProfileWriter})
 * @param split which economic codes are 人员经费 and which 公用经费
 * @param targets layout of the performance-target tables
 */
public record Template(
        String id,
        List<String> aliases,
        String name,
        DisclosureInfo.Kind kind,
        String title,
        DisplayUnit textUnit,
        String narrativeStyle,
        List<Part> parts,
        List<TableSpec> tables,
        List<GlossaryEntry> glossary,
        String glossaryNumbering,
        java.util.Map<String, String> wording,
        ExpenseSplit split,
        TargetLayout targets) {

    public Template {
        aliases = List.copyOf(aliases);
        parts = List.copyOf(parts);
        tables = List.copyOf(tables);
        glossary = List.copyOf(glossary);
        wording = java.util.Map.copyOf(wording);
    }

    public Optional<TableSpec> table(String key) {
        return tables.stream().filter(t -> t.key().equals(key)).findFirst();
    }

    /** A wording pattern of part one; "" when the template has none. */
    public String wording(String name) {
        return wording.getOrDefault(name, "");
    }

    /** What a part or section holds. */
    public enum Content {
        /** Nothing but its heading and sub-sections. */
        NONE,
        /** 主要职能 list. */
        FUNCTIONS,
        /** 机构设置 (divisions, subordinate units) and staffing. */
        ORGANISATION,
        /** The template's tables. */
        TABLES,
        /** The narrative explanation (情况说明). */
        NARRATIVE,
        /** The performance-target tables. */
        TARGETS,
        /** 名词解释. */
        GLOSSARY,
        /** Unit name and date. */
        SIGNATURE
    }

    /**
     * A part of the document (or a section inside a part).
     *
     * @param heading the heading; null for a part without one (the signature)
     * @param content what it holds
     * @param sections sub-sections, after the content
     * @param narrativeFrom for {@link Content#NARRATIVE}: start at the narrative's level-1 heading with this
     *     number ("" = from the beginning), so a template can place other parts between narrative sections
     *     (Shanghai prints 五、预算表 between the style's 四 and 六)
     * @param narrativeUntil stop before the level-1 heading with this number ("" = to the end)
     */
    public record Part(
            Heading heading, Content content, List<Part> sections, String narrativeFrom, String narrativeUntil) {
        public Part {
            sections = List.copyOf(sections);
            narrativeFrom = narrativeFrom == null ? "" : narrativeFrom;
            narrativeUntil = narrativeUntil == null ? "" : narrativeUntil;
        }
    }

    /** A heading pattern ({unit}, {year}). */
    public record Heading(int level, String number, String text) {}

    /** One 名词解释 entry. */
    public record GlossaryEntry(String term, String definition) {}

    /**
     * 人员经费/公用经费 by economic code prefix; the longest matching prefix decides, and a code no
     * personnel prefix claims is 公用经费, so 人员经费 + 公用经费 always covers all of 基本支出. Xinjiang: 301,
     * 303 personnel; 302, 310 public.
     */
    public record ExpenseSplit(List<String> personnel, List<String> publicExpenses) {
        public ExpenseSplit {
            personnel = List.copyOf(personnel);
            publicExpenses = List.copyOf(publicExpenses);
        }

        /** {@code personnel} or {@code public} for an economic code. */
        public String roleOf(String economicCode) {
            int personnelMatch = longestMatch(personnel, economicCode);
            int publicMatch = longestMatch(publicExpenses, economicCode);
            return personnelMatch > publicMatch ? "personnel" : "public";
        }

        private static int longestMatch(List<String> prefixes, String code) {
            int best = 0;
            for (String p : prefixes) {
                if (code.startsWith(p) && p.length() > best) {
                    best = p.length();
                }
            }
            return best;
        }
    }

    /**
     * Layout of the 项目支出绩效目标表.
     *
     * @param unit money unit of the header block
     * @param trimZeros print "6" and "50.4" rather than "6.00" and "50.40" (as the Xinjiang example)
     */
    public record TargetLayout(DisplayUnit unit, boolean trimZeros) {}
}
