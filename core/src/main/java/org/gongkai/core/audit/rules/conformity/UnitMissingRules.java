package org.gongkai.core.audit.rules.conformity;

import static org.gongkai.core.audit.Category.CONFORMITY;
import static org.gongkai.core.audit.Severity.WARNING;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.audit.Rule;
import org.gongkai.core.audit.facts.PatternScan;

/**
 * Figures printed without their unit: "国内公务接待支出0.3万。" (万 without 元), "支出决算为4.19。" (an amount with no
 * unit at all), "占76.23；" (a share without %). The reader cannot tell what the figure is.
 */
final class UnitMissingRules {
    /** A whole number, "1,293.50" style thousands included; never stops inside a number. */
    private static final String NUMBER = "\\d(?:[\\d,，]*\\d)?(?:\\.\\d+)?(?![\\d.]|[,，]\\d)";

    private static final String END = "(?=[。，；;,、（(）)：:]|$)";

    private static final PatternScan.Gate DIGIT = PatternScan.Gate.chars("0123456789");

    /** A form of a figure without its unit; {@code gate} is where a match can start (spares the other places). */
    record Form(Pattern pattern, PatternScan.Gate gate, String lack, String fix) {}

    static final List<Form> FORMS = List.of(
            new Form(
                    Pattern.compile(NUMBER + "\\s*万\\s*" + END),
                    DIGIT.and(UnitMissingRules::mayStartWan),
                    "“万”后缺少“元”",
                    "写作“万元”"),
            new Form(
                    Pattern.compile("(?:预算|决算|支出|金额|合计|总计)数?为\\s*" + NUMBER + "\\s*" + END),
                    PatternScan.Gate.chars("预决支金合总").and(UnitMissingRules::mayStartStatedAs),
                    "金额没有单位",
                    "在金额后加上单位（如“万元”）"),
            new Form(
                    Pattern.compile("占[^，。；;,0-9%％]{0,12}?" + NUMBER + "\\s*" + END),
                    PatternScan.Gate.chars("占").and(UnitMissingRules::mayStartShare),
                    "占比没有百分号",
                    "在占比后加上“%”"));

    private UnitMissingRules() {}

    /**
     * Necessary for a figure followed by 万 to start at {@code at}: a digit that does not continue a run of digits
     * (the run's first digit reaches every end an inner one does), whose run of figure characters is followed,
     * after white space, by 万.
     */
    static boolean mayStartWan(String text, int at) {
        char c = text.charAt(at);
        if (c < '0' || c > '9' || at > 0 && text.charAt(at - 1) >= '0' && text.charAt(at - 1) <= '9') {
            return false;
        }
        int i = at + 1;
        while (i < text.length() && "0123456789,，.".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        while (i < text.length() && " \t\n\u000B\f\r".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i < text.length() && text.charAt(i) == '万';
    }

    /**
     * Necessary for the "占76.23；" form to start at {@code at} (on 占): a digit within twelve characters that are no
     * stop mark, and a place where its figure may end before a mark of {@link #END} (a comma inside the figure is one).
     */
    static boolean mayStartShare(String text, int at) {
        int i = at + 1;
        int limit = Math.min(text.length(), at + 13);
        while (i < limit && !isDigit(text.charAt(i)) && "，。；;,%％".indexOf(text.charAt(i)) < 0) {
            i++;
        }
        if (i >= text.length() || !isDigit(text.charAt(i))) {
            return false;
        }
        while (i < text.length() && "0123456789,，.".indexOf(text.charAt(i)) >= 0) {
            if (text.charAt(i) == ',' || text.charAt(i) == '，') {
                return true;
            }
            i++;
        }
        while (i < text.length() && " \t\n\u000B\f\r".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i == text.length() || "。，；;,、（(）)：:".indexOf(text.charAt(i)) >= 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Necessary for the "预算为4.19。" form to start at {@code at}: one of its words, then 为 or 数为. */
    static boolean mayStartStatedAs(String text, int at) {
        if (at + 2 >= text.length() || "算出额计".indexOf(text.charAt(at + 1)) < 0) {
            return false;
        }
        char after = text.charAt(at + 2);
        return after == '为' || after == '数' && at + 3 < text.length() && text.charAt(at + 3) == '为';
    }

    private static Rule fullWidthGroups() {
        return ConformityRule.of(
                "TXT.NUMBER-COMMA",
                WARNING,
                CONFORMITY,
                "金额用全角逗号分节",
                "{where}：金额“{text}”用全角逗号“，”分节，易读成两个数",
                "只查后接“元”或“万元”、每节三位的金额",
                "GB/T 15835 数字用法；参考资料 §1.5",
                (c, r) -> {
                    for (SectionText section : SectionText.of(c)) {
                        if (section.text().indexOf('，') < 0) {
                            continue;
                        }
                        PatternScan scan = PatternScan.of(FULL_WIDTH_GROUPS, section.text(), GROUPS_GATE);
                        while (scan.find()) {
                            Matcher m = scan.match();
                            var at = section.at(m.start(), m.end());
                            r.at(at)
                                    .with("where", at.describe())
                                    .with("text", m.group())
                                    .expected(m.group().replace('，', ','))
                                    .actual(m.group())
                                    .suggest("改为半角逗号“" + m.group().replace('，', ',') + "”或不分节")
                                    .report();
                        }
                    }
                });
    }

    /** Necessary for {@link #FULL_WIDTH_GROUPS} at {@code at}: a figure's first digit, one to three digits, "，". */
    static boolean mayStartGroups(String text, int at) {
        if (at > 0 && "0123456789.，,".indexOf(text.charAt(at - 1)) >= 0) {
            return false;
        }
        int i = at;
        while (i < text.length() && i - at < 3 && isDigit(text.charAt(i))) {
            i++;
        }
        return i > at && i < text.length() && text.charAt(i) == '，';
    }

    private static final PatternScan.Gate GROUPS_GATE = DIGIT.and(UnitMissingRules::mayStartGroups);

    /** "3，518.85万元": a full-width comma between digit groups of an amount. */
    static final Pattern FULL_WIDTH_GROUPS =
            Pattern.compile("(?<![\\d.，,])\\d{1,3}(?:，\\d{3})+(?:\\.\\d+)?(?=\\s*万?元)");

    static List<Rule> all() {
        return List.of(
                fullWidthGroups(),
                ConformityRule.of(
                        "TXT.UNIT-MISSING",
                        WARNING,
                        CONFORMITY,
                        "数字缺少单位",
                        "{where}：此处数字{lack}",
                        "只查“数字+万”后接标点、“预算/决算/支出/金额为+数字”后接标点、“占…+数字”后接标点三种写法；按节连读，跨行的数字不误报",
                        "参考资料 §1.5",
                        (c, r) -> {
                            for (SectionText section : SectionText.of(c)) {
                                String text = section.text();
                                if (TextLintRules.firstIn(text, '0', '9') < 0) {
                                    continue;
                                }
                                for (Form form : FORMS) {
                                    PatternScan scan = PatternScan.of(form.pattern(), text, form.gate());
                                    while (scan.find()) {
                                        Matcher m = scan.match();
                                        var at = section.at(m.start(), m.end());
                                        r.at(at)
                                                .with("where", at.describe())
                                                .with("text", m.group().strip())
                                                .with("lack", form.lack())
                                                .actual(m.group().strip())
                                                .suggest(form.fix())
                                                .report();
                                    }
                                }
                            }
                        }));
    }
}
