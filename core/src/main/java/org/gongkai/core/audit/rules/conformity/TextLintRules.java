package org.gongkai.core.audit.rules.conformity;

import static org.gongkai.core.audit.Category.CONFORMITY;
import static org.gongkai.core.audit.Category.CONSISTENCY;
import static org.gongkai.core.audit.Severity.ERROR;
import static org.gongkai.core.audit.Severity.INFO;
import static org.gongkai.core.audit.Severity.WARNING;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.audit.Rule;
import org.gongkai.core.audit.Severity;
import org.gongkai.core.disclosure.DisclosureInfo;

/** Text lint over headings and paragraphs: copy-paste residue, placeholders, wrong years, formatting. */
final class TextLintRules {
    /**
     * A run of 3 to 8 Han characters written twice, or a two-character budget word written twice ("增加增加"):
     * two-character verbs may be written twice on purpose ("研究研究"), these words never do.
     */
    static final Pattern REPEATED = Pattern.compile("(\\p{IsHan}{3,8})\\1|(" + TextLintGuards.DOUBLED_WORDS + ")\\2");

    static final Pattern PLACEHOLDER = Pattern.compile(
            "(?<![A-Za-z])[Xx×]{2,}(?![A-Za-z])|(?<![A-Za-z])[Xx×]+(?:[,.][Xx×]+)+|【\\s*】|\\[\\s*]|（\\s*）|\\(\\s*\\)|_{3,}|＿{2,}");
    static final Pattern EMPTY_REASON = Pattern.compile("(主要原因(是|为|在于)?|原因(是|为|在于))\\s*[：:]?\\s*(?=[。；;，,])");
    static final Pattern PERCENT_SPACE = Pattern.compile("\\d+(?:\\.\\d+)?[ \\u3000\\u00a0]+[%％]");
    static final Pattern DOUBLE_PUNCT = Pattern.compile("[，。；、]{2,}");
    /** A Chinese opening quote closed by a straight or full-width straight quote (“…＂). */
    private static final Pattern QUOTE_MISMATCH = Pattern.compile("“[^“”\"＂\n]{1,80}[\"＂]");

    private static final Pattern SENTENCE_YEAR =
            Pattern.compile("^(?:[（(]?[一二三四五六七八九十0-9]+[)）、.．]\\s*)?((?:19|20)\\d{2})年(?!底|末|年底|年末|初|以来|以前|前)度?");
    private static final Pattern YEAR_IN_TITLE = Pattern.compile("(?<![比较与至上])((?:19|20)\\d{2})年");

    private TextLintRules() {}

    /** A rule that looks for a pattern in every heading and paragraph. */
    private static Rule pattern(
            String id,
            Severity severity,
            String title,
            String message,
            Pattern p,
            String suggestion,
            boolean headings) {
        return pattern(id, severity, title, message, p, suggestion, headings, text -> true);
    }

    /** As above; {@code mayMatch} is a cheap necessary condition that spares the regex on most texts. */
    private static Rule pattern(
            String id,
            Severity severity,
            String title,
            String message,
            Pattern p,
            String suggestion,
            boolean headings,
            java.util.function.Predicate<String> mayMatch) {
        return ConformityRule.of(id, severity, CONFORMITY, title, message, "", "文字规范", (c, r) -> {
            for (DocText.Piece piece : DocText.pieces(c)) {
                if (piece.isHeading() && !headings || !mayMatch.test(piece.text())) {
                    continue;
                }
                Matcher m = p.matcher(piece.text());
                while (m.find()) {
                    r.at(piece.span(m.start(), m.end()))
                            .with("text", m.group())
                            .with("context", context(piece.text(), m.start(), m.end()))
                            .actual(m.group())
                            .suggest(suggestion)
                            .report();
                }
            }
        });
    }

    /** True when a digit or point is followed by 元 or 万元, white space between allowed ("12.5 万元"). */
    static boolean hasAmountInYuan(String text) {
        for (int i = text.indexOf('元'); i >= 0; i = text.indexOf('元', i + 1)) {
            int j = i - 1;
            if (j >= 0 && text.charAt(j) == '万') {
                j--;
            }
            while (j >= 0 && isRegexSpace(text.charAt(j))) {
                j--;
            }
            if (j >= 0 && (text.charAt(j) >= '0' && text.charAt(j) <= '9' || text.charAt(j) == '.')) {
                return true;
            }
        }
        return false;
    }

    /** {@code \\s} of java.util.regex without UNICODE_CHARACTER_CLASS. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** True when the text holds one of the characters; a necessary condition for most lint patterns. */
    static boolean hasAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The first index of a character in [from, to], or -1. */
    static int firstIn(String text, char from, char to) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch >= from && ch <= to) {
                return i;
            }
        }
        return -1;
    }

    static String context(String text, int start, int end) {
        int from = Math.max(0, start - 8);
        int to = Math.min(text.length(), end + 8);
        return text.substring(from, to).strip();
    }

    static List<Rule> all() {
        List<Rule> rules = new ArrayList<>(UnitNameRules.all());
        rules.add(pattern(
                "TXT.REPEATED-PHRASE",
                WARNING,
                "词语重复",
                "“{context}”中“{text}”重复",
                REPEATED,
                "删除重复的词语",
                true,
                TextLintGuards::mayRepeat));
        rules.add(pattern(
                "TXT.PLACEHOLDER",
                ERROR,
                "残留模板占位符",
                "“{context}”中有未替换的占位符“{text}”",
                PLACEHOLDER,
                "填写实际内容",
                true,
                TextLintGuards::mayPlaceholder));
        rules.add(pattern(
                "TXT.EMPTY-REASON",
                ERROR,
                "原因说明为空",
                "“{context}”只写了“{text}”，没有写明原因",
                EMPTY_REASON,
                "写明增减变化的具体原因",
                false,
                TextLintGuards::mayEmptyReason));
        rules.add(pattern(
                "TXT.PERCENT-SPACE",
                INFO,
                "百分号前有空格",
                "“{context}”中数字与百分号之间有空格",
                PERCENT_SPACE,
                "去掉空格，如“5.27%”",
                false,
                TextLintGuards::mayPercentSpace));
        rules.add(pattern(
                "TXT.DOUBLE-PUNCT",
                INFO,
                "标点重复",
                "“{context}”中标点“{text}”重复或连用",
                DOUBLE_PUNCT,
                "删除多余的标点",
                true,
                TextLintGuards::mayDoublePunct));
        rules.add(pattern(
                "TXT.QUOTE-MISMATCH",
                INFO,
                "引号不配对",
                "“{context}”中的引号不配对：以“开头，却以直引号结尾",
                QUOTE_MISMATCH,
                "改用配对的中文引号“”",
                false,
                t -> t.indexOf('“') >= 0 && hasAny(t, "\"＂")));
        rules.add(fullWidthDigits());
        rules.add(percentSignMix());
        rules.add(sentenceYear());
        rules.add(titleYear());
        rules.addAll(DocumentLintRules.all());
        rules.addAll(TemplateNoteRules.all());
        return rules;
    }

    private static Rule fullWidthDigits() {
        return ConformityRule.of(
                "TXT.FULLWIDTH-DIGITS",
                WARNING,
                CONFORMITY,
                "全角数字与半角数字混用",
                "“{context}”中用了全角数字“{text}”，文中其他数字为半角",
                "",
                "GB/T 9704 数字用阿拉伯数字（半角）",
                (c, r) -> {
                    List<DocText.Piece> pieces = DocText.pieces(c);
                    boolean halfWidth = pieces.stream().anyMatch(p -> firstIn(p.text(), '0', '9') >= 0);
                    if (!halfWidth) {
                        return;
                    }
                    for (DocText.Piece p : pieces) {
                        String text = p.text();
                        int start = firstIn(text, '０', '９');
                        if (start >= 0) {
                            int end = start + 1;
                            while (end < text.length() && text.charAt(end) >= '０' && text.charAt(end) <= '９') {
                                end++;
                            }
                            String digits = text.substring(start, end);
                            r.at(p.span(start, end))
                                    .with("text", digits)
                                    .with("context", context(text, start, end))
                                    .actual(digits)
                                    .suggest("改为半角数字")
                                    .report();
                        }
                    }
                });
    }

    private static Rule percentSignMix() {
        return ConformityRule.of(
                "TXT.PERCENT-SIGN-MIX",
                INFO,
                CONFORMITY,
                "全角与半角百分号混用",
                "文中用了{minorityCount}处“{minority}”，其余{majorityCount}处用“{majority}”",
                "",
                "文字规范",
                (c, r) -> {
                    List<DocText.Piece> pieces = DocText.pieces(c);
                    int half = 0;
                    int full = 0;
                    for (DocText.Piece p : pieces) {
                        String text = p.text();
                        for (int i = 0; i < text.length(); i++) {
                            char ch = text.charAt(i);
                            if (ch == '%') {
                                half++;
                            } else if (ch == '％') {
                                full++;
                            }
                        }
                    }
                    if (half == 0 || full == 0) {
                        return;
                    }
                    char minority = full <= half ? '％' : '%';
                    for (DocText.Piece p : pieces) {
                        int at = p.text().indexOf(minority);
                        if (at >= 0) {
                            r.at(p.span(at, at + 1))
                                    .with("minority", String.valueOf(minority))
                                    .with("minorityCount", String.valueOf(Math.min(half, full)))
                                    .with("majority", minority == '％' ? "%" : "％")
                                    .with("majorityCount", String.valueOf(Math.max(half, full)))
                                    .actual(String.valueOf(minority))
                                    .suggest("统一使用半角“%”")
                                    .report();
                            return;
                        }
                    }
                });
    }

    private static Rule sentenceYear() {
        return ConformityRule.of(
                "TXT.WRONG-YEAR",
                WARNING,
                CONSISTENCY,
                "说明预算年度数字的句子写错年份",
                "“{context}”说的是{fiscal}年预算的数字，却写作{year}年",
                "只检查以年份开头、含“预算”和金额的句子；“截至…年底”“…年年底追加”等不检查",
                "文字规范",
                (c, r) -> {
                    DisclosureInfo info = c.disclosure().info();
                    if (info.kind() != DisclosureInfo.Kind.BUDGET || info.fiscalYear() <= 0) {
                        return;
                    }
                    for (DocText.Piece p : DocText.pieces(c)) {
                        // necessary for some sentence of it: a year, 预算 and an amount in 元
                        if (p.isHeading()
                                || p.text().indexOf('年') < 0
                                || !p.text().contains("预算")
                                || !hasAmountInYuan(p.text())) {
                            continue;
                        }
                        for (Texts.Span s : Texts.sentences(p.text())) {
                            String text = s.text().stripLeading();
                            int lead = s.text().length() - text.length();
                            if (!text.contains("预算") || !hasAmountInYuan(text)) {
                                continue;
                            }
                            Matcher m = SENTENCE_YEAR.matcher(text);
                            if (!m.lookingAt()) { // the pattern is anchored at the start
                                continue;
                            }
                            int year = Integer.parseInt(m.group(1));
                            if (year != info.fiscalYear()) {
                                int start = s.start() + lead + m.start(1);
                                r.at(p.span(start, start + 5))
                                        .with("context", Texts.clip(text, 30))
                                        .with("fiscal", String.valueOf(info.fiscalYear()))
                                        .with("year", String.valueOf(year))
                                        .expected(info.fiscalYear() + "年")
                                        .actual(year + "年")
                                        .suggest("改为" + info.fiscalYear() + "年")
                                        .report();
                            }
                        }
                    }
                });
    }

    private static Rule titleYear() {
        return ConformityRule.of(
                "TXT.TITLE-YEAR",
                WARNING,
                CONSISTENCY,
                "标题或表名中的年份与文件年度不符",
                "“{title}”中的年份{year}与文件年度{fiscal}不符",
                "",
                "文字规范",
                (c, r) -> {
                    int fiscal = c.disclosure().info().fiscalYear();
                    if (fiscal <= 0) {
                        return;
                    }
                    for (DocText.Piece p : DocText.pieces(c)) {
                        if (p.isHeading()) {
                            checkTitle(r, p.text(), fiscal, p.where());
                        }
                    }
                    c.disclosure().tables().forEach(t -> checkTitle(r, t.title(), fiscal, Where.table(t)));
                });
    }

    private static void checkTitle(Reporter r, String title, int fiscal, org.gongkai.core.audit.Location where) {
        if (title.indexOf('年') < 0) {
            return;
        }
        Matcher m = YEAR_IN_TITLE.matcher(title);
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            if (year != fiscal) {
                r.at(where)
                        .with("title", title.strip())
                        .with("year", String.valueOf(year))
                        .with("fiscal", String.valueOf(fiscal))
                        .expected(fiscal + "年")
                        .actual(year + "年")
                        .suggest("核对年份")
                        .report();
                return;
            }
        }
    }
}
