package org.gongkai.core.audit.rules.conformity;

import static org.gongkai.core.audit.Category.COMPLETENESS;
import static org.gongkai.core.audit.Severity.WARNING;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.audit.Rule;
import org.gongkai.core.disclosure.DisclosureInfo;

/** The 项目经费情况说明 of a budget: its 年度预算安排 must say what the project gets in the budget year. */
final class ProjectNoteRules {
    private static final String MARKER = "年度预算安排";

    private static final Pattern NUMBERED_LINE =
            Pattern.compile("^\\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])\\s*\\S{2,12}\\s*$");

    private static final Pattern AMOUNT = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?\\s*(?:亿元|万元|元)");

    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");

    private static final Pattern THIS_YEAR = Pattern.compile("本年|本年度|当年|今年");

    private static final Pattern BUDGET_WORD = Pattern.compile("安排|预算");

    private ProjectNoteRules() {}

    static List<Rule> all() {
        return List.of(amountMissing());
    }

    private static Rule amountMissing() {
        return ConformityRule.of(
                "DOC.PROJECT-AMOUNT-MISSING",
                WARNING,
                COMPLETENESS,
                "项目经费情况说明的年度预算安排未写明本年预算金额",
                "{where}：“年度预算安排”没有写明{fiscal}年安排的金额{detail}",
                "写有金额、且注明预算年度（或“本年度”），或不带年份但说“安排”“预算”的句子即视为已写明",
                "参考资料 §1.4（项目经费情况说明）",
                (c, r) -> {
                    DisclosureInfo info = c.disclosure().info();
                    if (info.kind() != DisclosureInfo.Kind.BUDGET || info.fiscalYear() <= 0) {
                        return;
                    }
                    List<DocText.Piece> pieces = DocText.pieces(c);
                    for (int i = 0; i < pieces.size(); i++) {
                        DocText.Piece head = pieces.get(i);
                        if (!isPartTitle(head)) {
                            continue;
                        }
                        String body = body(pieces, i + 1);
                        List<String> otherYears = new ArrayList<>();
                        if (body.isBlank() || statesYearAmount(body, info.fiscalYear(), otherYears)) {
                            continue;
                        }
                        var where = head.where();
                        r.at(where)
                                .with("where", where.describe())
                                .with("fiscal", String.valueOf(info.fiscalYear()))
                                .with(
                                        "detail",
                                        otherYears.isEmpty()
                                                ? "（未写任何金额）"
                                                : "（写的是“" + otherYears.get(0) + "”，年份与预算年度不符）")
                                .actual(otherYears.isEmpty() ? Texts.clip(body.strip(), 40) : otherYears.get(0))
                                .suggest("写明本项目" + info.fiscalYear() + "年预算安排的金额")
                                .report();
                    }
                });
    }

    private static boolean isPartTitle(DocText.Piece p) {
        String t = p.text().strip();
        return t.contains(MARKER)
                && (p.isHeading() ? t.length() <= 12 : NUMBERED_LINE.matcher(t).matches());
    }

    /** The text of the part: the lines after its title up to the next heading or numbered title line. */
    private static String body(List<DocText.Piece> pieces, int from) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < pieces.size(); k++) {
            DocText.Piece p = pieces.get(k);
            if (p.isHeading() || NUMBERED_LINE.matcher(p.text()).matches()) {
                break;
            }
            sb.append(p.text().strip());
        }
        return sb.toString();
    }

    /**
     * True when a sentence of the body gives an amount for the budget year; sentences that give one for another
     * year are collected.
     */
    private static boolean statesYearAmount(String body, int fiscalYear, List<String> otherYears) {
        for (Texts.Span s : Texts.sentences(body)) {
            String text = s.text();
            Matcher amount = AMOUNT.matcher(text);
            if (!amount.find()) {
                continue;
            }
            List<Integer> years = new ArrayList<>();
            Matcher y = YEAR.matcher(text);
            while (y.find()) {
                years.add(Integer.parseInt(y.group(1)));
            }
            if (years.contains(fiscalYear) || THIS_YEAR.matcher(text).find()) {
                return true;
            }
            if (years.isEmpty() && BUDGET_WORD.matcher(text).find()) {
                return true;
            }
            if (!years.isEmpty()) {
                otherYears.add(Texts.clip(text.strip(), 30));
            }
        }
        return false;
    }
}
