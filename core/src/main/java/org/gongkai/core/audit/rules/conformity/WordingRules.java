package org.gongkai.core.audit.rules.conformity;

import static org.gongkai.core.audit.Category.ACCURACY;
import static org.gongkai.core.audit.Category.CONFORMITY;
import static org.gongkai.core.audit.Severity.ERROR;
import static org.gongkai.core.audit.Severity.WARNING;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.audit.Rule;
import org.gongkai.core.disclosure.Paragraph;

/** Wording a reader notices at once: a change said to be both up and flat, a passage printed twice. */
final class WordingRules {
    /** "增加持平": a direction word glued to 持平 in one phrase. */
    private static final Pattern GLUED = Pattern.compile("(增加|减少|增长|下降|上升)了?\\s*持平");

    /** "减少为 0.00 万元，与 2024 年持平": a change, then in the next clause "flat against last year". */
    private static final Pattern THEN_FLAT =
            Pattern.compile("(增加|减少|增长|下降|上升)(?:为|到|至)?\\s*\\d[\\d,]*(?:\\.\\d+)?\\s*[万亿]?元"
                    + "\\s*[，,]\\s*(?:与|和|同)\\s*(?:上年|上一年|去年|(?:19|20)\\d{2}\\s*年)[^，,。；;]{0,12}?持平");

    /** A repeated passage counts when it holds at least this many Han characters. */
    private static final int MIN_REPEATED_HAN = 30;

    /** Longest run of pieces compared when looking for a passage printed twice in a row. */
    private static final int MAX_RUN = 40;

    private WordingRules() {}

    static List<Rule> all() {
        return List.of(directionClash(), repeatedPassage());
    }

    private static Rule directionClash() {
        return ConformityRule.of(
                "NARR.DIRECTION-CLASH",
                ERROR,
                ACCURACY,
                "增减用词与“持平”自相矛盾",
                "{where}：“{text}”既说“{word}”又说“持平”",
                "同一短语，或增减额后紧接的“与上年（某年）持平”",
                "N-01",
                (c, r) -> {
                    for (Paragraph p : c.claims().paragraphs()) {
                        String text = p.text();
                        if (!text.contains("持平")) {
                            continue;
                        }
                        for (Pattern pattern : List.of(GLUED, THEN_FLAT)) {
                            Matcher m = pattern.matcher(text);
                            while (m.find()) {
                                var where = Where.span(p, m.start(), m.end());
                                r.at(where)
                                        .with("where", where.describe())
                                        .with("text", m.group())
                                        .with("word", m.group(1))
                                        .actual(m.group())
                                        .suggest("增减额为零时写“持平”，不为零时写增减额，二者只留其一")
                                        .report();
                            }
                        }
                    }
                });
    }

    private static Rule repeatedPassage() {
        return ConformityRule.of(
                "DOC.TEXT-REPEATED",
                WARNING,
                CONFORMITY,
                "同一段文字紧接着重复印了一遍",
                "{where}：自“{first}”起的{count}段文字与紧挨在前面的{count}段完全相同{hint}",
                "连续重复的文字至少" + MIN_REPEATED_HAN + "个汉字、含成句的文字（有逗号或句号）",
                "文字规范",
                (c, r) -> {
                    List<DocText.Piece> pieces = DocText.pieces(c);
                    int i = 0;
                    while (i < pieces.size()) {
                        int run = repeatedRun(pieces, i);
                        if (run == 0) {
                            i++;
                            continue;
                        }
                        DocText.Piece first = pieces.get(i + run);
                        var where = first.where();
                        r.at(List.of(where, pieces.get(i).where()))
                                .with("where", where.describe())
                                .with("first", Texts.clip(first.text().strip(), 20))
                                .with("count", String.valueOf(run))
                                .with("hint", acrossPages(pieces.get(i), first))
                                .actual(Texts.clip(first.text().strip(), 40))
                                .suggest("删去重复的一遍")
                                .report();
                        i += 2 * run;
                    }
                });
    }

    /**
     * The length of the shortest run of pieces starting at {@code i} that is followed at once by the same run
     * (equal texts, same kinds), when the run is long enough to matter; 0 when there is none.
     */
    private static int repeatedRun(List<DocText.Piece> pieces, int i) {
        for (int run = 1; run <= MAX_RUN && i + 2 * run <= pieces.size(); run++) {
            boolean same = true;
            int han = 0;
            for (int k = 0; k < run && same; k++) {
                DocText.Piece a = pieces.get(i + k);
                DocText.Piece b = pieces.get(i + run + k);
                same = a.isHeading() == b.isHeading()
                        && (a.norm().equals(b.norm()) || k == run - 1 && run >= 2 && cutShort(a, b));
                if (same) { // counting is for runs that repeat; most attempts fail at their first piece
                    han += hanCount(a.text());
                }
            }
            if (same && han >= MIN_REPEATED_HAN && hasProse(pieces, i, run)) {
                return run;
            }
        }
        return 0;
    }

    /**
     * The last paragraph of the first copy stops where its page ended ("…复核以及数"), the copy goes on to the end
     * of the sentence ("…复核以及数据库销项、法律顾问费等。"): the same passage, once paragraphs are read whole.
     */
    private static boolean cutShort(DocText.Piece a, DocText.Piece b) {
        String first = a.norm();
        return !a.isHeading()
                && first.length() >= 10
                && b.norm().length() > first.length()
                && b.norm().startsWith(first)
                && "。；;！!？?".indexOf(first.charAt(first.length() - 1)) < 0;
    }

    /** Table header lines repeat on every page; a repeated passage must hold running text. */
    private static boolean hasProse(List<DocText.Piece> pieces, int from, int run) {
        for (int k = from; k < from + run; k++) {
            if (TextLintRules.hasAny(pieces.get(k).text(), "，。；")) {
                return true;
            }
        }
        return false;
    }

    /** A copy that starts a new page may also be the page break of the source file read twice. */
    private static String acrossPages(DocText.Piece original, DocText.Piece copy) {
        int a = original.where().source() == null
                ? -1
                : original.where().source().page();
        int b = copy.where().source() == null ? -1 : copy.where().source().page();
        return a > 0 && b > a ? "（第" + b + "页开头重复了第" + a + "页末尾的文字；如原文件并无重复，则是跨页时的提取问题）" : "，重复印了一遍";
    }

    private static int hanCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Texts.isHan(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
