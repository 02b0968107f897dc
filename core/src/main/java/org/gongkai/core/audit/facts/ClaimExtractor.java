package org.gongkai.core.audit.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.audit.Location;
import org.gongkai.core.audit.facts.SubjectLexicon.Mention;
import org.gongkai.core.disclosure.Paragraph;

/**
 * The claim grammar: finds amounts, shares, changes, rates, direction words, counts and reasons in one
 * paragraph and attributes each to the subject named in its clause (or, failing that, in its sentence).
 * Figures inside a stated reason ("主要原因是追加测评费12万元") are part of the reason, not claims.
 */
final class ClaimExtractor {
    /**
     * A figure; thousands may be separated by a full-width comma as well ("3，518.85万元"), and a figure never
     * starts inside a longer run of digits (the rest of "12345，678万元" is not "345，678").
     */
    private static final String NUM = "(?<![\\d.．])(-?\\d{1,3}(?:[,，]\\d{3})+(?:[.．]\\d+)?|-?\\d+(?:[.．]\\d+)?)";

    private static final String UNIT = "(亿元|万元|元)";
    private static final Pattern CHANGE =
            Pattern.compile("(?:比上年(?:预算数?|年初预算|预算)?)?(增加|减少|增长|下降|上升|降低|减)\\s*" + NUM + "\\s*" + UNIT + "(?!/)");
    private static final Pattern RATE = Pattern.compile("(增加|减少|增长|下降|上升|降低|增幅为?|降幅为?)\\s*" + NUM + "\\s*[%％]");
    private static final Pattern SHARE = Pattern.compile("占[^，。；%％\\d]{0,20}?" + NUM + "\\s*[%％]");
    static final Pattern AMOUNT = Pattern.compile(NUM + "\\s*" + UNIT + "(?![/／])");
    private static final Pattern FLAT = Pattern.compile("持平|无变化|没有变化");
    private static final Pattern NEW = Pattern.compile("新增(?:预算|安排|项目)?");
    private static final Pattern REASON = Pattern.compile("(?:主要)?原因(?:是|为|主要是|在于)?[：:]?");
    private static final Pattern COUNT = Pattern.compile("(\\d+)\\s*个");
    private static final PatternScan.Gate REASON_GATE = PatternScan.Gate.chars("主原");
    private static final PatternScan.Gate CHANGE_GATE = PatternScan.Gate.chars("比增减下上降");
    private static final PatternScan.Gate RATE_GATE = PatternScan.Gate.chars("增减下上降");
    private static final PatternScan.Gate SHARE_GATE = PatternScan.Gate.chars("占");
    private static final PatternScan.Gate FLAT_GATE = PatternScan.Gate.chars("持无没");
    private static final PatternScan.Gate NEW_GATE = PatternScan.Gate.chars("新");
    private static final PatternScan.Gate DIGIT_GATE = PatternScan.Gate.chars("0123456789");
    /** Where {@link #AMOUNT} may start: see {@link #mayStartAmount}. */
    static final PatternScan.Gate AMOUNT_GATE =
            PatternScan.Gate.chars("0123456789-").and(ClaimExtractor::mayStartAmount);

    private static final String CLAUSE_END = "，,。；;：:、\n";
    private static final String SENTENCE_END = "。；;\n";

    /** Words before a figure that make it a budget figure inside a 决算 text (年初预算为…), not the 决算数. */
    /** A paragraph that is a numbered item: "9." "9、" "（九）". */
    private static final Pattern NUMBERED_ITEM =
            Pattern.compile("\\s*(?:\\d{1,2}\\s*[.．、]|[（(][一二三四五六七八九十\\d]{1,3}[)）])");

    /** A sentence that opens with its comparison: "与2025年预算持平", "比上年增加…". */
    private static final Pattern COMPARISON_START =
            Pattern.compile("\\s*(?:与|比|较|同)\\s*(?:上年|上一年|去年|(?:19|20)\\d{2}\\s*年)");

    /** A clause that only says "(当年)支出决算为" before its figure. */
    private static final Pattern FINAL_FIGURE = Pattern.compile("\\s*(?:当年)?(?:支出)?决算数?(?:为|是)?\\s*");

    private static final Pattern BUDGET_FIGURE = Pattern.compile("年初预算|调整预算|调整后预算|预算数为|预算为");

    private final SubjectLexicon lexicon;
    private final boolean finalAccounts;

    ClaimExtractor(SubjectLexicon lexicon, boolean finalAccounts) {
        this.lexicon = lexicon;
        this.finalAccounts = finalAccounts;
    }

    /** One paragraph being read: where its claims go and what every claim of it shares. */
    private static final class Reading {
        final Paragraph p;
        final String text;
        final int index;
        final Topic topic;
        final String section;
        final List<Mention> mentions;
        final List<int[]> reasons = new ArrayList<>();
        final List<Claim> claims = new ArrayList<>();
        /** Where each sentence after the first starts; a claim's sentence is found by binary search. */
        private int[] sentenceStarts;

        Reading(Paragraph p, int index, Topic topic, String section, List<Mention> mentions) {
            this.p = p;
            this.text = p.text();
            this.index = index;
            this.topic = topic;
            this.section = section;
            this.mentions = mentions;
        }

        /** The subject of a figure at {@code at}, from the mentions and the claims read so far. */
        Subject subjectAt(int at) {
            return subject(mentions, text, at, claims);
        }

        /** True when {@code at} lies in a stated reason (主要原因是…), whose figures are not claims. */
        boolean inReason(int at) {
            return inside(reasons, at);
        }

        Claim claim(
                Claim.Kind kind,
                Subject subject,
                Figure figure,
                BigDecimal percent,
                int direction,
                String word,
                int start,
                int end) {
            Location where = Location.span(section, text.substring(start, end), start, end, p.ref());
            return new Claim(
                    kind,
                    subject,
                    Period.CURRENT,
                    figure,
                    percent,
                    direction,
                    word,
                    topic,
                    index,
                    sentenceAt(start),
                    where);
        }

        /** The number of sentence ends (。；;\n) before {@code at}. */
        private int sentenceAt(int at) {
            if (sentenceStarts == null) {
                int n = 0;
                int[] starts = new int[8];
                for (int i = 0; i < text.length(); i++) {
                    if (SENTENCE_END.indexOf(text.charAt(i)) >= 0) {
                        if (n == starts.length) {
                            starts = java.util.Arrays.copyOf(starts, n * 2);
                        }
                        starts[n++] = i + 1;
                    }
                }
                sentenceStarts = java.util.Arrays.copyOf(starts, n);
            }
            int k = java.util.Arrays.binarySearch(sentenceStarts, at);
            return k >= 0 ? k + 1 : -k - 1;
        }

        void add(
                Claim.Kind kind,
                Subject subject,
                Figure figure,
                BigDecimal percent,
                int direction,
                String word,
                Matcher m) {
            claims.add(claim(kind, subject, figure, percent, direction, word, m.start(), m.end()));
        }
    }

    List<Claim> extract(Paragraph p, int index, Topic topic, String section, Subject project) {
        String text = p.text();
        List<Mention> mentions = lexicon.mentions(text, topic);
        if (!project.isNone()) {
            int at = text.indexOf("预算安排规模");
            if (at >= 0) {
                mentions.add(new Mention(at, at + 6, project, 9));
            }
        }
        Reading r = new Reading(p, index, topic, section, mentions);
        PatternScan reasonScan = PatternScan.of(REASON, text.contains("原因") ? text : "", REASON_GATE);
        while (reasonScan.find()) {
            Matcher rm = reasonScan.match();
            int end = nextOf(text, rm.end(), SENTENCE_END);
            if (r.inReason(rm.start())) {
                continue;
            }
            r.reasons.add(new int[] {rm.start(), end});
            String reason = text.substring(rm.end(), end).trim();
            r.claims.add(r.claim(Claim.Kind.REASON, Subject.NONE, null, null, 0, reason, rm.start(), end));
        }
        List<int[]> taken = new ArrayList<>();
        // cheap necessary conditions spare the figure patterns on texts that cannot match them
        String withYuan = text.indexOf('元') >= 0 ? text : "";
        String withPercent = text.indexOf('%') >= 0 || text.indexOf('％') >= 0 ? text : "";
        // every direction word of CHANGE and RATE holds one of these characters
        boolean directed = hasAny(text, "增减降升");
        PatternScan scan = PatternScan.of(CHANGE, directed ? withYuan : "", CHANGE_GATE);
        while (scan.find()) {
            Matcher m = scan.match();
            if (r.inReason(m.start())) {
                continue;
            }
            Figure f = new Figure(Numbers.parse(m.group(2)), unit(m.group(3)));
            r.add(Claim.Kind.CHANGE, r.subjectAt(m.start()), f, null, direction(m.group(1)), m.group(1), m);
            taken.add(new int[] {m.start(), m.end()});
        }
        scan = PatternScan.of(RATE, directed ? withPercent : "", RATE_GATE);
        while (scan.find()) {
            Matcher m = scan.match();
            if (!r.inReason(m.start())) {
                r.add(
                        Claim.Kind.RATE,
                        r.subjectAt(m.start()),
                        null,
                        Numbers.parse(m.group(2)),
                        direction(m.group(1)),
                        m.group(1),
                        m);
            }
        }
        scan = PatternScan.of(SHARE, withPercent.indexOf('占') >= 0 ? text : "", SHARE_GATE);
        while (scan.find()) {
            Matcher m = scan.match();
            if (!r.inReason(m.start())) {
                r.add(Claim.Kind.SHARE, r.subjectAt(m.start()), null, Numbers.parse(m.group(1)), 0, "占", m);
            }
        }
        scan = PatternScan.of(AMOUNT, withYuan, AMOUNT_GATE);
        while (scan.find()) {
            Matcher m = scan.match();
            int s = m.start();
            if (r.inReason(s) || inside(taken, s)) {
                continue;
            }
            r.claims.add(amount(r, m));
        }
        // Words that state a direction without a figure: 持平 (0) and 新增 (+1).
        if (text.contains("持平") || text.contains("变化")) {
            wordClaims(r, FLAT, FLAT_GATE, Claim.Kind.FLAT, 0);
        }
        if (text.contains("新增")) {
            wordClaims(r, NEW, NEW_GATE, Claim.Kind.NEW, 1);
        }
        if (topic == Topic.PERFORMANCE && text.indexOf('个') >= 0) {
            scan = PatternScan.of(COUNT, text, DIGIT_GATE);
            while (scan.find()) {
                Matcher m = scan.match();
                if (!r.inReason(m.start())
                        && text.substring(lastOf(text, m.start(), CLAUSE_END), m.start())
                                .contains("项目")) {
                    r.add(
                            Claim.Kind.COUNT,
                            new Subject("performance.count", "项目个数"),
                            null,
                            new BigDecimal(m.group(1)),
                            0,
                            "",
                            m);
                }
            }
        }
        r.claims.sort(java.util.Comparator.comparingInt(Claim::start));
        return r.claims;
    }

    /** An amount claim: its subject, unless its clause names something else, and its period (上年 or 本年). */
    private Claim amount(Reading r, Matcher m) {
        String text = r.text;
        int s = m.start();
        Figure f = new Figure(Numbers.parse(m.group(1)), unit(m.group(2)));
        Subject subject = r.subjectAt(s);
        int clause = lastOf(text, s, CLAUSE_END);
        String before = text.substring(clause, s);
        if (finalAccounts && BUDGET_FIGURE.matcher(before).find()) {
            subject = Subject.NONE;
        }
        // A clause that names an item the lexicon does not know ("财政专户管理资金0.00万元") is about that
        // item, not about the subject named earlier in the sentence.
        if (!mentionedIn(r.mentions, clause, s) && namesSomething(before)) {
            subject = Subject.NONE;
        }
        if (finalAccounts && subject.isNone() && FINAL_FIGURE.matcher(before).matches()) {
            // "9.节能环保支出（类）…行政运行（项），主要用于…。年初预算为…，支出决算为 1,293.60 万元。": the
            // 决算数 of a numbered item belongs to the item the paragraph opens with
            subject = leadingItem(r);
        }
        Claim c = r.claim(Claim.Kind.AMOUNT, subject, f, null, 0, "", s, m.end());
        if (before.contains("上年") && !before.contains("比上年")) {
            c = new Claim(
                    c.kind(),
                    c.subject(),
                    Period.LAST_YEAR,
                    c.figure(),
                    null,
                    0,
                    "",
                    r.topic,
                    r.index,
                    c.sentence(),
                    c.location());
        }
        return c;
    }

    /** The subject a numbered paragraph ("9.…（项），主要用于…") names before its first comma, or none. */
    private static Subject leadingItem(Reading r) {
        Matcher number = NUMBERED_ITEM.matcher(r.text);
        if (!number.lookingAt()) {
            return Subject.NONE;
        }
        int end = r.text.length();
        for (int i = number.end(); i < r.text.length(); i++) {
            if ("，,。；;".indexOf(r.text.charAt(i)) >= 0) {
                end = i;
                break;
            }
        }
        Mention best = null;
        for (Mention m : r.mentions) {
            if (m.end() <= end && (best == null || m.priority() >= best.priority())) {
                best = m;
            }
        }
        return best == null ? Subject.NONE : best.subject();
    }

    /** Claims of a word that states a direction without a figure (持平, 新增). */
    private static void wordClaims(Reading r, Pattern word, PatternScan.Gate gate, Claim.Kind kind, int direction) {
        PatternScan scan = PatternScan.of(word, r.text, gate);
        while (scan.find()) {
            Matcher m = scan.match();
            if (!r.inReason(m.start())) {
                r.add(kind, r.subjectAt(m.start()), null, null, direction, m.group(), m);
            }
        }
    }

    /**
     * The subject of a figure at {@code at}: the most specific mention in its clause; else the subject
     * of the last amount of its sentence; else the last mention of its sentence.
     */
    private static Subject subject(List<Mention> mentions, String text, int at, List<Claim> sofar) {
        int clause = lastOf(text, at, CLAUSE_END);
        Mention best = null;
        for (Mention m : mentions) {
            if (m.start() >= clause && m.end() <= at && (best == null || m.priority() >= best.priority())) {
                best = m;
            }
        }
        if (best != null) {
            return best.subject();
        }
        int sentence = lastOf(text, at, SENTENCE_END);
        Subject fromAmount = null;
        int fromAmountAt = -1;
        for (Claim c : sofar) {
            if (c.kind() == Claim.Kind.AMOUNT
                    && c.start() >= sentence
                    && c.start() < at
                    && c.start() > fromAmountAt
                    && !c.subject().isNone()) {
                fromAmount = c.subject();
                fromAmountAt = c.start();
            }
        }
        Mention last = null;
        for (Mention m : mentions) {
            if (m.start() >= sentence && m.end() <= at) {
                last = m;
            }
        }
        if (fromAmount != null && (last == null || last.start() < fromAmountAt)) {
            return fromAmount;
        }
        if (last == null && fromAmount == null) {
            return continuedSubject(text, sentence, at, sofar);
        }
        return last == null ? fromAmount : last.subject();
    }

    /**
     * "公务接待费0.46万元。与2025年预算持平": a sentence that opens with the comparison and names nothing goes on
     * about the subject of the last amount of the sentence before it.
     */
    private static Subject continuedSubject(String text, int sentence, int at, List<Claim> sofar) {
        if (sentence == 0
                || !COMPARISON_START.matcher(text.substring(sentence, at)).lookingAt()) {
            return Subject.NONE;
        }
        int previous = lastOf(text, sentence - 1, SENTENCE_END);
        Subject found = Subject.NONE;
        for (Claim c : sofar) {
            if (c.kind() == Claim.Kind.AMOUNT
                    && c.start() >= previous
                    && c.start() < sentence
                    && !c.subject().isNone()) {
                found = c.subject();
            }
        }
        return found;
    }

    static int direction(String word) {
        return switch (word) {
            case "增加", "增长", "上升", "增幅", "增幅为" -> 1;
            case "减少", "下降", "降低", "减", "降幅", "降幅为" -> -1;
            default -> 0;
        };
    }

    static MoneyUnit unit(String word) {
        return switch (word) {
            case "亿元" -> MoneyUnit.YI;
            case "万元" -> MoneyUnit.WAN;
            default -> MoneyUnit.YUAN;
        };
    }

    private static boolean mentionedIn(List<Mention> mentions, int from, int to) {
        for (Mention m : mentions) {
            if (m.start() >= from && m.end() <= to) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern FILLER =
            Pattern.compile("\\d{4}年度?|\\d+|预算数为|预算数|预算为|安排|合计|共计|总计|其中|预算|为|是|的|年|本年|全年|万元|元|[\\s（）()“”、.．]");

    /** True when the words before a figure (fillers removed) still name something. */
    private static boolean namesSomething(String before) {
        String rest = FILLER.matcher(before).replaceAll("");
        return rest.codePoints()
                        .filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                        .count()
                >= 2;
    }

    private static boolean inside(List<int[]> spans, int at) {
        for (int[] r : spans) {
            if (r[0] <= at && at < r[1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Necessary for {@link #AMOUNT} to match at {@code at}: a digit or minus that does not continue a number (the
     * figure's look-behind), whose run of figure characters is followed, after white space, by 元, 万 or 亿.
     */
    static boolean mayStartAmount(String text, int at) {
        char c = text.charAt(at);
        if (!(c >= '0' && c <= '9' || c == '-')) {
            return false;
        }
        if (at > 0) {
            char before = text.charAt(at - 1);
            if (before >= '0' && before <= '9' || before == '.' || before == '．') {
                return false;
            }
        }
        int i = at + 1;
        while (i < text.length() && isFigureChar(text.charAt(i))) {
            i++;
        }
        while (i < text.length() && isRegexSpace(text.charAt(i))) {
            i++;
        }
        if (i >= text.length()) {
            return false;
        }
        char unit = text.charAt(i);
        return unit == '元' || unit == '万' || unit == '亿';
    }

    private static boolean isFigureChar(char c) {
        return c >= '0' && c <= '9' || c == ',' || c == '，' || c == '.' || c == '．' || c == '-';
    }

    /** {@code \s} of java.util.regex without UNICODE_CHARACTER_CLASS. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** True when the text holds one of the characters: a cheap necessary condition before a pattern. */
    private static boolean hasAny(String text, String chars) {
        for (int i = 0; i < chars.length(); i++) {
            if (text.indexOf(chars.charAt(i)) >= 0) { // String.indexOf(char) is a vectorised intrinsic
                return true;
            }
        }
        return false;
    }

    /** Index just after the last delimiter before {@code at} (0 when none). */
    static int lastOf(String text, int at, String delimiters) {
        for (int i = at - 1; i >= 0; i--) {
            if (delimiters.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int nextOf(String text, int from, String delimiters) {
        for (int i = from; i < text.length(); i++) {
            if (delimiters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }
}
