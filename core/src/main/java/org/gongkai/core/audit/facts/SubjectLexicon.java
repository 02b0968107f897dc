package org.gongkai.core.audit.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that name a quantity in a narrative, and what they mean in a topic. The document's own
 * tables add the names of its 功能分类 and 经济分类 rows, so "一般公共服务支出" or "办公费" are recognised
 * without a hard-coded list.
 */
public final class SubjectLexicon {
    private static final Pattern THREE_PUBLIC = Pattern.compile("[“\"‘'「]?三公[”\"’'」]?经费");
    private static final PatternScan.Gate THREE_PUBLIC_GATE = PatternScan.Gate.chars("“\"‘'「三");
    private static final PatternScan.Gate DIGIT_GATE = PatternScan.Gate.chars("0123456789");
    /** A 类/款/项 name; it may hold a bracketed part of its own (党委办公厅（室）及相关机构事务). */
    private static final String LEVEL_NAME = "((?:[\\u4e00-\\u9fa5、]|[（(][\\u4e00-\\u9fa5]{1,4}[)）])+)";

    static final Pattern CODED = Pattern.compile(LEVEL_NAME + "[（(]类[：:]?\\s*(\\d{3})[)）]"
            + "(?:" + LEVEL_NAME + "[（(]款[：:]?\\s*(\\d{2})[)）])?"
            + "(?:" + LEVEL_NAME + "[（(]项[：:]?\\s*(\\d{2})[)）])?");
    private static final Pattern CODE_NAME =
            Pattern.compile("(?<!\\d)(\\d{3}(?:\\d{2}){0,2})(?!\\d)\\s*([\\u4e00-\\u9fa5]{2,})");

    /**
     * Words that make a code's name part of a body's name: "文化和旅游局" names the unit, not 款 文化和旅游.
     */
    /** What may stand between a parent's name and its child's: the level marks "（款）", quotes, spaces. */
    private static final Pattern LEVEL_MARK = Pattern.compile("[\\s（()）类款项：:“”\"]*");

    private static final String[] BODY_WORDS = {"局", "委", "厅", "署", "中心", "办公室", "办事处", "大队"};

    private static boolean namesABody(String text, int at) {
        for (String w : BODY_WORDS) {
            if (text.startsWith(w, at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A word of the lexicon.
     *
     * @param priority a more specific word wins within one clause (小微企业 over 政府采购)
     */
    record Entry(String word, String key, int priority, boolean economic) {}

    /** A subject named at a place of a paragraph. */
    public record Mention(int start, int end, Subject subject, int priority) {}

    private final List<Entry> entries = new ArrayList<>();
    /** The keys of the rows that share a name, by name ("一般行政管理事务|function"). */
    private final java.util.Map<String, List<String>> shared = new java.util.HashMap<>();

    private SubjectLexicon() {}

    /** The lexicon of a document: fixed words plus the row names of its code tables. */
    public static SubjectLexicon of(Facts facts) {
        SubjectLexicon l = new SubjectLexicon();
        for (TableView v : facts.views()) {
            if (v.kind().isEmpty() || v.sides().size() > 1) {
                continue;
            }
            boolean economic = v.kind().get() == TableKind.T6;
            for (TableView.ViewRow r : v.rows()) {
                if (r.code().isEmpty() || r.name().length() < 2) {
                    continue;
                }
                String key = (economic ? "econ." : "function.") + r.code();
                l.addCodeName(new Entry(r.name(), key, 4, economic));
                if (!economic && r.name().endsWith("支出") && r.name().length() > 4) {
                    l.addCodeName(new Entry(r.name().substring(0, r.name().length() - 2), key, 4, false));
                }
            }
        }
        return l;
    }

    /**
     * Registers a code's name. When two codes of one list share a name (类 399 and 款 39999 are both
     * 其他支出), the more specific code keeps it: narrative breakdowns name the finer rows.
     */
    private void addCodeName(Entry e) {
        for (int i = 0; i < entries.size(); i++) {
            Entry old = entries.get(i);
            if (old.word().equals(e.word()) && old.economic() == e.economic() && old.priority() == e.priority()) {
                if (old.key().isEmpty()) {
                    shared.get(sharedKey(e)).add(e.key());
                    return;
                }
                if (old.key().equals(e.key())) {
                    return;
                }
                if (e.key().length() > old.key().length()) {
                    entries.set(i, e);
                } else if (e.key().length() == old.key().length()) {
                    // Two codes of the same level share the name (31199 and 31299 are both 其他对企业补助): the
                    // word alone cannot say which row is meant, so it names no subject — and it still covers
                    // the shorter names inside it (类 312 对企业补助 in 其他对企业补助).
                    entries.set(i, new Entry(e.word(), "", e.priority(), e.economic()));
                    shared.put(sharedKey(e), new ArrayList<>(List.of(old.key(), e.key())));
                }
                return;
            }
        }
        entries.add(e);
    }

    private static String sharedKey(Entry e) {
        return e.word() + (e.economic() ? "|econ" : "|function");
    }

    /**
     * A name shared by several rows, right after the name of their parent ("城乡社区管理事务（款）一般行政管理事务（项）"),
     * names the one row under that parent.
     */
    private List<Mention> resolveByParent(List<Mention> kept, String text) {
        for (int i = 1; i < kept.size(); i++) {
            Mention m = kept.get(i);
            Mention parent = kept.get(i - 1);
            String prefix = parent.subject().key().startsWith("econ.") ? "econ." : "function.";
            List<String> codes = m.subject().isNone()
                    ? shared.get(m.subject().name() + (prefix.equals("econ.") ? "|econ" : "|function"))
                    : null;
            if (codes == null
                    || !parent.subject().key().startsWith(prefix)
                    || !LEVEL_MARK
                            .matcher(text.substring(parent.end(), m.start()))
                            .matches()) {
                continue;
            }
            String under = parent.subject().key();
            List<String> children = codes.stream()
                    .filter(c -> c.startsWith(under) && c.length() > under.length())
                    .toList();
            if (children.size() == 1) {
                kept.set(
                        i,
                        new Mention(
                                m.start(),
                                m.end(),
                                new Subject(children.get(0), m.subject().name()),
                                m.priority()));
            }
        }
        return kept;
    }

    /** Every subject named in a text, in order; at one place the longest word wins. */
    public List<Mention> mentions(String text, Topic topic) {
        List<Mention> found = new ArrayList<>();
        Entries names = topic == Topic.GP_BASIC ? economicNames() : functionNames();
        names.index.find(text, (k, i) -> {
            Entry e = names.entries.get(k);
            if (!namesABody(text, i + e.word().length())) {
                found.add(new Mention(i, i + e.word().length(), new Subject(e.key(), e.word()), e.priority()));
            }
        });
        // CODED backtracks over every Han run; it can only match where "（类：201）" is written
        Matcher coded = hasClassCode(text) ? CODED.matcher(text) : null;
        while (coded != null && coded.find()) {
            String code = coded.group(2)
                    + (coded.group(4) == null ? "" : coded.group(4))
                    + (coded.group(6) == null ? "" : coded.group(6));
            found.add(new Mention(coded.start(), coded.end(), new Subject("function." + code, coded.group()), 7));
        }
        if (topic != Topic.GP_BASIC) {
            // only names holding 支出 count, so a text without 支出 cannot add a mention
            PatternScan codeNames =
                    PatternScan.of(CODE_NAME, hasDigit(text) && text.contains("支出") ? text : "", DIGIT_GATE);
            while (codeNames.find()) {
                Matcher cn = codeNames.match();
                if (cn.group(2).contains("支出")) {
                    found.add(new Mention(cn.start(), cn.end(), new Subject("function." + cn.group(1), cn.group()), 6));
                }
            }
        }
        PatternScan threePublic = PatternScan.of(THREE_PUBLIC, text.contains("三公") ? text : "", THREE_PUBLIC_GATE);
        while (threePublic.find()) {
            Matcher tp = threePublic.match();
            found.add(new Mention(tp.start(), tp.end(), new Subject("threePublic.total", tp.group()), 3));
        }
        FixedWords fixed = FIXED_WORDS.get(topic);
        fixed.index.find(text, (k, i) -> {
            String[] w = fixed.words.get(k);
            found.add(new Mention(i, i + w[0].length(), new Subject(w[1], w[0]), fixed.priorities[k]));
        });
        return shared.isEmpty() ? dropContained(found) : resolveByParent(dropContained(found), text);
    }

    /** Necessary for {@link #CODED}: "（类", an optional colon and white space, three digits and a closing bracket. */
    static boolean hasClassCode(String s) {
        for (int i = s.indexOf('类'); i > 0; i = s.indexOf('类', i + 1)) {
            if (s.charAt(i - 1) != '（' && s.charAt(i - 1) != '(') {
                continue;
            }
            int j = i + 1;
            if (j < s.length() && (s.charAt(j) == '：' || s.charAt(j) == ':')) {
                j++;
            }
            while (j < s.length() && " \t\n\u000B\f\r".indexOf(s.charAt(j)) >= 0) {
                j++;
            }
            if (j + 3 < s.length()
                    && isDigit(s.charAt(j))
                    && isDigit(s.charAt(j + 1))
                    && isDigit(s.charAt(j + 2))
                    && (s.charAt(j + 3) == ')' || s.charAt(j + 3) == '）')) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    /** {@link #fixedWords} of every topic, built once: the lists depend on the topic only. */
    private static final java.util.Map<Topic, FixedWords> FIXED_WORDS = new java.util.EnumMap<>(Topic.class);

    static {
        for (Topic t : Topic.values()) {
            FIXED_WORDS.put(t, new FixedWords(fixedWords(t)));
        }
    }

    /** A topic's fixed words with their index and parsed priorities. */
    private static final class FixedWords {
        final List<String[]> words;
        final WordIndex index;
        final int[] priorities;

        FixedWords(List<String[]> words) {
            this.words = List.copyOf(words);
            this.index = new WordIndex(words.stream().map(w -> w[0]).toList());
            this.priorities =
                    words.stream().mapToInt(w -> Integer.parseInt(w[2])).toArray();
        }
    }

    /** The code names of one classification with their index, built on first use (after {@link #of}). */
    private static final class Entries {
        final List<Entry> entries;
        final WordIndex index;

        Entries(List<Entry> entries) {
            this.entries = List.copyOf(entries);
            this.index = new WordIndex(entries.stream().map(Entry::word).toList());
        }
    }

    private Entries economicNames;
    private Entries functionNames;

    private Entries economicNames() {
        if (economicNames == null) {
            economicNames = new Entries(entries.stream().filter(Entry::economic).toList());
        }
        return economicNames;
    }

    private Entries functionNames() {
        if (functionNames == null) {
            functionNames =
                    new Entries(entries.stream().filter(e -> !e.economic()).toList());
        }
        return functionNames;
    }

    /** Fixed words and their keys in a topic: {word, key, priority}. */
    private static List<String[]> fixedWords(Topic topic) {
        boolean general = topic.isGeneralBudget();
        boolean allFunds = topic == Topic.EXPENSE || topic == Topic.OVERVIEW || topic == Topic.INCOME;
        List<String[]> w = new ArrayList<>();
        w.add(new String[] {"收支总预算", "total", "3"});
        // In 财政拨款收支 sections 收入预算/支出预算 mean the appropriations only, not the unit's whole budget.
        boolean approp = topic == Topic.APPROPRIATION;
        w.add(new String[] {"收入预算", approp ? "appropriation.income" : "income.total", "2"});
        w.add(new String[] {"本年收入合计", "income.total", "3"});
        w.add(new String[] {"本年支出合计", "expense.total", "3"});
        // A budget type named with 支出/收入 is the subject, not the 支出预算 that follows it.
        w.add(new String[] {"一般公共预算拨款支出", "general.total", "5"});
        w.add(new String[] {"一般公共预算财政拨款支出", "general.total", "5"});
        w.add(new String[] {"政府性基金拨款支出", "fund.total", "5"});
        w.add(new String[] {"政府性基金预算拨款支出", "fund.total", "5"});
        w.add(new String[] {"国有资本经营预算拨款支出", "stateCapital.total", "5"});
        w.add(new String[] {"支出预算", approp ? "appropriation.expense" : "expense.total", "2"});
        // "财政拨款支出预算" is the appropriations only, whatever the section (the unit may have other income).
        w.add(new String[] {"财政拨款支出预算", "appropriation.expense", "4"});
        w.add(new String[] {"一般公共预算拨款合计", "general.total", "4"});
        w.add(new String[] {"一般公共预算当年拨款", "general.total", "3"});
        w.add(new String[] {"一般公共预算拨款", general ? "general.total" : "income.GP_APPROP", "2"});
        w.add(new String[] {"一般公共预算", general ? "general.total" : "income.GP_APPROP", "1"});
        w.add(new String[] {"政府性基金预算", topic == Topic.FUND ? "fund.total" : "income.GF_APPROP", "1"});
        w.add(new String[] {"国有资本经营预算", "income.SOE_APPROP", "1"});
        w.add(new String[] {"基本支出", allFunds ? "expense.basic" : "general.basic", "2"});
        w.add(new String[] {"项目支出", allFunds ? "expense.project" : "general.project", "2"});
        w.add(new String[] {"人员经费", "personnel", "3"});
        w.add(new String[] {"公用经费", "public", "3"});
        w.add(new String[] {"机关运行经费", "operatingCosts", "4"});
        if (topic != Topic.GP_BASIC) {
            w.add(new String[] {"因公出国（境）费", "threePublic.ABROAD", "4"});
            w.add(new String[] {"因公出国(境)费", "threePublic.ABROAD", "4"});
            w.add(new String[] {"因公出国", "threePublic.ABROAD", "4"});
            w.add(new String[] {"公务用车购置及运行费", "threePublic.VEHICLES", "5"});
            w.add(new String[] {"公务用车购置及运行维护费", "threePublic.VEHICLES", "5"});
            w.add(new String[] {"公务用车购置", "threePublic.VEHICLE_PURCHASE", "4"});
            w.add(new String[] {"公务用车运行", "threePublic.VEHICLE_OPERATION", "4"});
            w.add(new String[] {"公务接待费", "threePublic.RECEPTION", "4"});
        }
        if (topic == Topic.PROCUREMENT) {
            w.add(new String[] {"政府采购", "procurement.total", "2"});
            for (String[] part : new String[][] {
                {"货物", "procurement.goods"}, {"工程", "procurement.works"}, {"服务", "procurement.services"}
            }) {
                // Bare 服务 would match unit names (…服务中心); the part is named next to 采购 or 预算.
                w.add(new String[] {"采购" + part[0], part[1], "4"});
                w.add(new String[] {part[0] + "预算", part[1], "4"});
                w.add(new String[] {part[0] + "类", part[1], "4"});
            }
            w.add(new String[] {"中小企业", "procurement.sme", "5"});
            w.add(new String[] {"小微企业", "procurement.smallMicro", "6"});
            w.add(new String[] {"小型和微型企业", "procurement.smallMicro", "6"});
            w.add(new String[] {"小型、微型企业", "procurement.smallMicro", "6"});
        }
        if (topic == Topic.PERFORMANCE) {
            w.add(new String[] {"预算金额", "performance.amount", "4"});
            w.add(new String[] {"资金", "performance.amount", "3"});
        }
        return w;
    }

    /** Keeps the longest mentions; a mention that overlaps a longer one is dropped. */
    private static List<Mention> dropContained(List<Mention> found) {
        found.sort(
                Comparator.comparingInt((Mention m) -> -(m.end() - m.start())).thenComparingInt(Mention::start));
        List<Mention> kept = new ArrayList<>();
        for (Mention m : found) {
            boolean overlaps = false;
            for (Mention k : kept) {
                if (k.start() < m.end() && m.start() < k.end()) {
                    overlaps = true;
                    break;
                }
            }
            if (!overlaps) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(Mention::start));
        return kept;
    }
}
