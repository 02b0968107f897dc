package org.gongkai.core.audit.rules.conformity;

import static org.gongkai.core.audit.Category.CONFORMITY;
import static org.gongkai.core.audit.Severity.ERROR;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.audit.Rule;

/**
 * Drafting instructions of the template left in the published text: the bracketed notes a template puts after
 * a sentence to tell the preparer what to write ("（说明项目的总体情况、立项目的等）", "（绩效目标管理工作情况，以及
 * 编报绩效目标的项目数量、单位数量、预算金额等）", "（若无，则写……）"). They are no part of the disclosure.
 */
final class TemplateNoteRules {
    /** A bracketed note of 6 to 120 characters, no nested brackets. */
    private static final Pattern NOTE = Pattern.compile("[（(]([^（）()]{6,120})[）)]");
    /** An instruction opens with what to do: 说明…, 列举…, 若无…, 无…的部门…. */
    private static final Pattern INSTRUCTION =
            Pattern.compile("^(?:说明|列举|填写|请[填写列说按]|若无|若有|如无|如有|无[^，。；]{1,20}的(?:部门|单位)|根据实际情况填)");
    /** …or it lists what to state and ends with 等: "项目数量、单位数量、预算金额等". */
    private static final List<String> CONTENT_WORDS = List.of("情况", "数量", "金额", "名称", "内容", "依据", "职责", "周期");

    private static final int MIN_CONTENT_WORDS = 2;

    private TemplateNoteRules() {}

    static List<Rule> all() {
        return List.of(ConformityRule.of(
                "TXT.TEMPLATE-NOTE",
                ERROR,
                CONFORMITY,
                "残留模板填写说明",
                "“{context}”中留有模板的填写说明“{text}”",
                "括注以“说明”“列举”“若无”等填写指示开头，或列举应写内容（两个以上“情况、数量、金额、名称、内容、依据”等）并以“等”结尾，且不含数字",
                "文字规范",
                (c, r) -> {
                    for (DocText.Piece piece : DocText.pieces(c)) {
                        if (piece.isHeading() || !TextLintRules.hasAny(piece.text(), "（(")) {
                            continue;
                        }
                        Matcher m = NOTE.matcher(piece.text());
                        while (m.find()) {
                            if (isInstruction(m.group(1))) {
                                r.at(piece.span(m.start(), m.end()))
                                        .with("text", m.group())
                                        .with("context", TextLintRules.context(piece.text(), m.start(), m.end()))
                                        .actual(m.group())
                                        .suggest("删除模板的填写说明，按说明填写实际内容")
                                        .report();
                            }
                        }
                    }
                }));
    }

    /** True for the text inside brackets that tells the preparer what to write. */
    static boolean isInstruction(String inside) {
        String t = inside.strip();
        if (INSTRUCTION.matcher(t).find()) {
            return true;
        }
        if (!t.endsWith("等") || TextLintRules.firstIn(t, '0', '9') >= 0) {
            return false;
        }
        int words = 0;
        for (String w : CONTENT_WORDS) {
            if (t.contains(w)) {
                words++;
            }
        }
        return words >= MIN_CONTENT_WORDS;
    }
}
