package org.gongkai.core.audit.rules.conformity;

import static org.gongkai.core.audit.Category.CONFORMITY;
import static org.gongkai.core.audit.Severity.INFO;

import java.util.List;
import org.gongkai.core.audit.Rule;

/**
 * Quotation marks that do not pair within a sentence: "14.“城乡社区支出（类）…（项）3,518.85万元，主要用于…。" opens a
 * quote it never closes, so the reader cannot tell where the quoted 科目 name ends.
 */
final class QuoteRules {
    private static final String SENTENCE_ENDS = "。！？";

    private QuoteRules() {}

    static List<Rule> all() {
        return List.of(ConformityRule.of(
                "TXT.QUOTE-UNPAIRED",
                INFO,
                CONFORMITY,
                "引号不成对",
                "{where}：句中有{open}个左引号“、{close}个右引号”，引号不成对",
                "按节连读、逐句（以。！？断句）计数弯引号；只报完整句中左引号多于右引号的",
                "GB/T 15834 标点符号用法",
                (c, r) -> {
                    for (SectionText section : SectionText.of(c)) {
                        String text = section.text();
                        if (text.indexOf('“') < 0 && text.indexOf('”') < 0) {
                            continue;
                        }
                        int start = 0;
                        int i = 0;
                        while (start < text.length()) {
                            while (i < text.length() && SENTENCE_ENDS.indexOf(text.charAt(i)) < 0) {
                                i++;
                            }
                            int end = Math.min(i + 1, text.length());
                            // A quoted sentence ends inside its quotes: “本部门无机关运行经费。”
                            while (end < text.length() && "”’）)".indexOf(text.charAt(end)) >= 0) {
                                end++;
                            }
                            check(section, start, end, r);
                            start = end;
                            i = end;
                        }
                    }
                }));
    }

    private static void check(SectionText section, int start, int end, Reporter r) {
        String s = section.text().substring(start, end);
        int open = 0;
        int close = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            open += ch == '“' ? 1 : 0;
            // a straight quote after an open one closes it, wrongly: TXT.QUOTE-MISMATCH reports that, not this rule
            close += ch == '”' || (ch == '"' || ch == '＂') && open > close ? 1 : 0;
        }
        // Only a complete sentence that opens more quotes than it closes: a sentence whose head the reader took
        // for a heading line (四、其他收入：指…“事业 / 收入”、…) shows only its tail, with more closing quotes.
        String tail = s.replaceAll("[”’）)]+$", "");
        boolean complete = !tail.isEmpty() && SENTENCE_ENDS.indexOf(tail.charAt(tail.length() - 1)) >= 0;
        if (open <= close || !complete) {
            return;
        }
        int lead = start;
        while (lead < end && Character.isWhitespace(section.text().charAt(lead))) {
            lead++;
        }
        var at = section.at(lead, Math.min(end, lead + 40));
        r.at(at)
                .with("where", at.describe())
                .with("open", Integer.toString(open))
                .with("close", Integer.toString(close))
                .expected("引号成对")
                .actual(open + "个左引号、" + close + "个右引号")
                .suggest("在引文结束处补上右引号”")
                .report();
    }
}
