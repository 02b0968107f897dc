package org.gongkai.core.audit.rules.conformity;

import static org.gongkai.core.audit.Category.CONFORMITY;
import static org.gongkai.core.audit.Severity.INFO;

import java.util.List;
import org.gongkai.core.audit.AuditContext;
import org.gongkai.core.audit.Rule;
import org.gongkai.core.disclosure.Block;
import org.gongkai.core.disclosure.Heading;
import org.gongkai.core.disclosure.Paragraph;

/**
 * Quotation marks that do not pair within a sentence: "14.“城乡社区支出（类）…（项）3,518.85万元，主要用于…。" opens a
 * quote it never closes, and "新增“艺起 TOP 周周有戏”活动经费、百合之约 情定苏河”2025 年…" closes one it never
 * opened, so the reader cannot tell where the quoted name starts or ends.
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
                "按节连读、逐句（以。！？断句）计数弯引号；报完整句中左引号多于右引号的，以及前文（本节内）没有左引号与之" + "配对的右引号”（句首若接在前一行标题或段落未闭合的左引号之后，则是同一句，不报）",
                "GB/T 15834 标点符号用法",
                (c, r) -> {
                    for (SectionText section : SectionText.of(c)) {
                        String text = section.text();
                        if (text.indexOf('“') < 0 && text.indexOf('”') < 0) {
                            continue;
                        }
                        boolean[] unpaired = unpaired(text);
                        if (unpaired == null) {
                            continue; // every quote pairs: no sentence to look at
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
                            check(c, section, start, end, unpaired, r);
                            start = end;
                            i = end;
                        }
                    }
                }));
    }

    /**
     * The quotes of the text that pair with none: a closing quote that no earlier opening quote pairs with, and an
     * opening quote that no later closing quote closes. Quotes pair like brackets over the whole section text, so a
     * quotation of two sentences pairs; a straight quote closes an open quote and opens otherwise. Null when every
     * quote pairs.
     */
    static boolean[] unpaired(String text) {
        boolean[] unpaired = new boolean[text.length()];
        int[] open = new int[text.length()];
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            boolean straight = ch == '"' || ch == '＂';
            if (ch == '“' || straight && depth == 0) {
                open[depth++] = i;
            } else if (ch == '”' || straight) {
                if (depth > 0) {
                    depth--;
                } else {
                    unpaired[i] = true;
                }
            }
        }
        boolean any = false;
        for (int k = 0; k < depth; k++) {
            unpaired[open[k]] = text.charAt(open[k]) == '“';
            any |= unpaired[open[k]];
        }
        for (int i = 0; i < text.length() && !any; i++) {
            any = unpaired[i];
        }
        return any ? unpaired : null;
    }

    private static void check(AuditContext c, SectionText section, int start, int end, boolean[] unpaired, Reporter r) {
        String s = section.text().substring(start, end);
        int open = 0;
        int close = 0;
        int firstOrphan = -1;
        boolean openerLeftOpen = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            open += ch == '“' ? 1 : 0;
            // a straight quote after an open one closes it, wrongly: TXT.QUOTE-MISMATCH reports that, not this rule
            close += ch == '”' || (ch == '"' || ch == '＂') && open > close ? 1 : 0;
            if (unpaired[start + i]) {
                openerLeftOpen |= ch == '“';
                if (ch == '”' && firstOrphan < 0) {
                    firstOrphan = start + i;
                }
            }
        }
        int tail = s.length();
        while (tail > 0 && "”’）)".indexOf(s.charAt(tail - 1)) >= 0) {
            tail--;
        }
        boolean complete = tail > 0 && SENTENCE_ENDS.indexOf(s.charAt(tail - 1)) >= 0;
        if (!complete) {
            return;
        }
        boolean unclosed = open > close && openerLeftOpen;
        // A closing quote nothing opened: unless the sentence's head is the line before its paragraph, which the
        // reader took for a heading (四、其他收入：指…“事业 / 收入”、…), where the quote was opened
        boolean unopened = firstOrphan >= 0 && !openedInBlockBefore(c, section, start, firstOrphan);
        if (!unclosed && !unopened) {
            return;
        }
        int lead = start;
        while (lead < end && Character.isWhitespace(section.text().charAt(lead))) {
            lead++;
        }
        int from = unclosed ? lead : Math.max(lead, firstOrphan - 16);
        while (from < firstOrphan && Character.isWhitespace(section.text().charAt(from))) {
            from++;
        }
        var at = unclosed
                ? section.at(lead, Math.min(end, lead + 40))
                : section.at(from, Math.min(end, firstOrphan + 1));
        r.at(at)
                .with("where", at.describe())
                .with("open", Integer.toString(open))
                .with("close", Integer.toString(close))
                .expected("引号成对")
                .actual(open + "个左引号、" + close + "个右引号")
                .suggest(unclosed ? "在引文结束处补上右引号”" : "在引文开始处补上左引号“，或删去多余的右引号”")
                .report();
    }

    /**
     * True when the orphan closing quote stands in the first sentence of its paragraph and the block printed just
     * before that paragraph (a heading, or a line kept apart as one) leaves a quote open.
     */
    private static boolean openedInBlockBefore(AuditContext c, SectionText section, int sentenceStart, int at) {
        int k = 0;
        for (int i = 0; i < section.starts().size(); i++) {
            if (section.starts().get(i) <= at) {
                k = i;
            }
        }
        int paragraphStart = section.starts().get(k);
        if (sentenceStart != paragraphStart) {
            return false; // the sentence does not start with the paragraph: its head is in this section
        }
        Paragraph p = section.all().get(section.paragraphs().get(k));
        List<Block> blocks = c.disclosure().blocks();
        for (int b = 1; b < blocks.size(); b++) {
            if (blocks.get(b) instanceof Paragraph q
                    && q.ref().equals(p.ref())
                    && p.text().strip().startsWith(q.text().strip())) {
                Block before = blocks.get(b - 1);
                String text = before instanceof Paragraph bp ? bp.text() : before instanceof Heading h ? h.text() : "";
                return count(text, '“') > count(text, '”');
            }
        }
        return false;
    }

    private static int count(String text, char ch) {
        int n = 0;
        for (int i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) {
            n++;
        }
        return n;
    }
}
