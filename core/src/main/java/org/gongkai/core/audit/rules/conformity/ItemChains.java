package org.gongkai.core.audit.rules.conformity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.audit.AuditContext;
import org.gongkai.core.audit.Location;
import org.gongkai.core.audit.facts.Claim;
import org.gongkai.core.audit.facts.TableKind;
import org.gongkai.core.audit.facts.TableView;
import org.gongkai.core.audit.facts.Topic;

/**
 * The numbered items of a narrative that name a 项 by its 类/款/项 names ("文化旅游体育与传媒支出（类）文化和旅游
 * （款）行政运行（项）…年初预算为511.66万元，支出决算为457.86万元。决算数小于预算数…"), read across the printed lines
 * of a section, with the code the names stand for.
 */
public final class ItemChains {
    private static final Object KEY = new Object();
    private static final String NUM = "(\\d[\\d,，]*(?:\\.\\d+)?)";
    static final Pattern CHAIN = Pattern.compile("(\\p{IsHan}{2,30}?)\\s*[（(]类[）)]\\s*([\\p{IsHan}、“”]{2,40}?)\\s*"
            + "[（(]款[）)]\\s*([\\p{IsHan}、“”]{2,40}?)\\s*[（(]项[）)]");
    private static final Pattern LEAD_AMOUNT = Pattern.compile("^[\\s。，,：:]*" + NUM + "\\s*万元");
    private static final Pattern BUDGET = Pattern.compile("年初预算(?:数)?(?:为)?\\s*" + NUM + "\\s*万元");
    private static final Pattern FINAL = Pattern.compile("决算(?:数)?(?:为)?\\s*" + NUM + "\\s*(?:万元)?");
    private static final Pattern WORD =
            Pattern.compile("决算数(?:(大于|高于|多于|小于|低于|少于|等于)(?:年初)?预算数|与(?:年初)?预算数(持平|相等|一致))");

    /** Words before a list that say it names only some of the items. */
    private static final Pattern PARTIAL = Pattern.compile("主要项目|重点项目|其中主要|主要有|列举|部分科目");

    /** A figure of an item with where it is printed. */
    public record Stated(BigDecimal value, Location location, int end) {
        Stated(BigDecimal value, Location location) {
            this(value, location, -1);
        }
    }

    /**
     * One item.
     *
     * @param className the 类 name as printed
     * @param code the 7-digit code its 款 and 项 names stand for; empty when not found in the tables
     * @param lead the amount printed right after the chain, if any
     * @param budget the 年初预算 figure, if any
     * @param actual the 决算 figure, if any
     * @param word the comparison word (大于, 小于, 等于, 持平 …) and its location, if any
     */
    public record Item(
            String className,
            String code,
            Topic topic,
            Location chain,
            Stated lead,
            Stated budget,
            Stated actual,
            String word,
            Location wordAt) {}

    /**
     * The items of one section with the totals its text states before the first of them ("一般公共预算财政拨款支出
     * 年初预算为 4628.17 万元，支出决算为 4733.14 万元…其中：1.…").
     *
     * @param budget the 年初预算 total, or null
     * @param actual the 决算 total, or null
     * @param items the items of the section, in order
     * @param partial true when the words before the list say it names only some items (主要项目…)
     */
    public record Listing(Stated budget, Stated actual, List<Item> items, boolean partial) {}

    private record Parsed(List<Item> items, List<Listing> listings) {}

    private ItemChains() {}

    public static List<Item> of(AuditContext c) {
        return parsed(c).items();
    }

    /** The sections that list items, with their stated totals (computed once per audit with {@link #of}). */
    public static List<Listing> listings(AuditContext c) {
        return parsed(c).listings();
    }

    private static Parsed parsed(AuditContext c) {
        return c.memo(KEY, ItemChains::read);
    }

    private static Parsed read(AuditContext c) {
        Map<Integer, Topic> topics = new HashMap<>();
        for (Claim claim : c.claims().all()) {
            topics.putIfAbsent(claim.paragraph(), claim.topic());
        }
        Map<String, Set<String>> names = codeNames(c);
        List<Item> out = new ArrayList<>();
        List<Listing> listings = new ArrayList<>();
        for (SectionText section : SectionText.of(c)) {
            int before = out.size();
            Listing lead = read(section, topics, names, out);
            if (lead != null) {
                listings.add(new Listing(
                        lead.budget(), lead.actual(), List.copyOf(out.subList(before, out.size())), lead.partial()));
            }
        }
        return new Parsed(List.copyOf(out), List.copyOf(listings));
    }

    /**
     * The matches of {@link #CHAIN} in a text, as {@code Matcher.find} gives them, tried only where they can start:
     * a chain starts in the run of Han characters before a "（类）" mark (at most 30 back), so the pattern is tried
     * once per mark instead of at every place of a long section.
     */
    static List<java.util.regex.MatchResult> chains(String text) {
        List<java.util.regex.MatchResult> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) { // a Han code point may then be two chars: plain find
                Matcher m = CHAIN.matcher(text);
                while (m.find()) {
                    out.add(m.toMatchResult());
                }
                return out;
            }
        }
        Matcher m = null;
        int from = 0; // matches do not overlap: the next starts at or after the last one's end
        for (int k = text.indexOf('类'); k >= 0; k = text.indexOf('类', k + 1)) {
            int open = k - 1;
            if (open < from
                    || k + 1 >= text.length()
                    || "（(".indexOf(text.charAt(open)) < 0
                    || "）)".indexOf(text.charAt(k + 1)) < 0) {
                continue;
            }
            int hanEnd = open;
            while (hanEnd > from && " \t\n\u000B\f\r".indexOf(text.charAt(hanEnd - 1)) >= 0) {
                hanEnd--;
            }
            int runStart = hanEnd;
            while (runStart > from && Texts.isHan(text.charAt(runStart - 1))) {
                runStart--;
            }
            int start = Math.max(runStart, hanEnd - 30);
            if (hanEnd - start < 2) {
                continue;
            }
            if (m == null) {
                m = CHAIN.matcher(text).useTransparentBounds(true);
            }
            m.region(start, text.length());
            if (m.lookingAt()) {
                out.add(m.toMatchResult());
                from = m.end();
            }
        }
        return out;
    }

    /** Adds the items of a section to {@code out}; returns its totals (items left empty), or null without items. */
    private static Listing read(
            SectionText section, Map<Integer, Topic> topics, Map<String, Set<String>> names, List<Item> out) {
        String text = section.text();
        List<int[]> chains = new ArrayList<>();
        List<String[]> parts = new ArrayList<>();
        for (java.util.regex.MatchResult m : chains(text)) {
            chains.add(new int[] {m.start(), m.end()});
            parts.add(new String[] {m.group(1), m.group(2), m.group(3)});
        }
        for (int k = 0; k < chains.size(); k++) {
            int from = chains.get(k)[1];
            int to = k + 1 < chains.size() ? chains.get(k + 1)[0] : text.length();
            String seg = text.substring(from, to);
            int para = section.paragraphAt(chains.get(k)[0]);
            Location chainAt = section.at(chains.get(k)[0], chains.get(k)[1]);
            Stated lead = stated(LEAD_AMOUNT, seg, from, section);
            Stated budget = stated(BUDGET, seg, from, section);
            Stated actual = null;
            Matcher fm = FINAL.matcher(seg);
            int after = budget == null ? 0 : budget.end() - from;
            if (fm.find(Math.max(0, after))) {
                actual = new Stated(number(fm.group(1)), section.at(from + fm.start(1), from + fm.end(1)));
            }
            Matcher w = WORD.matcher(seg);
            String word = "";
            Location wordAt = null;
            if (w.find()) {
                word = w.group(1) != null ? w.group(1) : w.group(2);
                wordAt = section.at(from + w.start(), from + w.end());
            }
            String code = resolve(names, parts.get(k)[1], parts.get(k)[2]);
            out.add(new Item(
                    parts.get(k)[0],
                    code,
                    topics.getOrDefault(para, Topic.OTHER),
                    chainAt,
                    lead,
                    budget,
                    actual,
                    word,
                    wordAt));
        }
        if (chains.isEmpty()) {
            return null;
        }
        String head = text.substring(0, chains.get(0)[0]);
        Stated budget = stated(BUDGET, head, 0, section);
        Stated actual = null;
        Matcher fm = FINAL.matcher(head);
        if (fm.find(budget == null ? 0 : budget.end())) {
            actual = new Stated(number(fm.group(1)), section.at(fm.start(1), fm.end(1)));
        }
        return new Listing(budget, actual, List.of(), PARTIAL.matcher(head).find());
    }

    private static Stated stated(Pattern p, String seg, int from, SectionText section) {
        Matcher m = p.matcher(seg);
        if (!m.find()) {
            return null;
        }
        return new Stated(number(m.group(1)), section.at(from + m.start(1), from + m.end()), from + m.end());
    }

    static BigDecimal number(String printed) {
        return new BigDecimal(printed.replace(",", "").replace("，", ""));
    }

    /** Names of every function code the tables show (as printed) and the official name of each. */
    private static Map<String, Set<String>> codeNames(AuditContext c) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (TableView v : c.facts().views()) {
            Optional<TableKind> kind = v.kind();
            if (kind.isEmpty() || kind.get() == TableKind.T6) {
                continue;
            }
            for (TableView.ViewRow r : v.rows()) {
                if (r.code().length() == 3 || r.code().length() == 5 || r.code().length() == 7) {
                    Set<String> set = out.computeIfAbsent(r.code(), k -> new LinkedHashSet<>());
                    if (!r.name().isBlank()) {
                        set.add(key(r.name()));
                    }
                }
            }
        }
        for (Map.Entry<String, Set<String>> e : out.entrySet()) {
            c.classifications().function(e.getKey()).ifPresent(x -> e.getValue().add(key(x.name())));
        }
        return out;
    }

    /** The only 7-digit code whose 项 and 款 names are the printed ones; empty if none or several. */
    private static String resolve(Map<String, Set<String>> names, String kuan, String xiang) {
        String k = key(kuan);
        String x = key(xiang);
        String found = "";
        for (Map.Entry<String, Set<String>> e : names.entrySet()) {
            String code = e.getKey();
            if (code.length() != 7 || !e.getValue().contains(x)) {
                continue;
            }
            Set<String> parent = names.getOrDefault(code.substring(0, 5), Set.of());
            if (!parent.contains(k)) {
                continue;
            }
            if (!found.isEmpty()) {
                return "";
            }
            found = code;
        }
        return found;
    }

    /** The names of a code the tables and the code list give. */
    static Set<String> namesOf(AuditContext c, String code) {
        return codeNames(c).getOrDefault(code, Set.of());
    }

    /** A name for comparison: no white space, brackets or quotes. */
    static String key(String name) {
        return Texts.norm(name).replaceAll("[()（）“”\"]", "");
    }
}
