package org.gongkai.core.audit.rules.conformity;

import static org.gongkai.core.audit.Category.CONSISTENCY;
import static org.gongkai.core.audit.Severity.WARNING;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.audit.Rule;

/** 机构设置: the units counted by kind ("行政单位1家，事业单位3家") against the numbered list that follows. */
final class UnitCountRules {
    /** "行政单位1家" / "参公单位一家" / "行政执法机构一家". */
    private static final Pattern KIND_COUNT =
            Pattern.compile("([\\p{IsHan}]{1,8}?(?:单位|机构))\\s*([0-9]+|[一二两三四五六七八九十]+)\\s*家");

    /** "1、上海市…" / "2.下属事业单位…" / "（3）…". */
    private static final Pattern ITEM = Pattern.compile("^\\s*(?:([0-9]{1,2})\\s*[.．、]|[（(]([0-9]{1,2})[)）])");

    private static final String DIGITS = "零一二三四五六七八九";

    private UnitCountRules() {}

    static List<Rule> all() {
        return List.of(unitCount());
    }

    private static Rule unitCount() {
        return ConformityRule.of(
                "NARR.UNIT-COUNT",
                WARNING,
                CONSISTENCY,
                "机构设置中各类单位家数之和与所列单位个数不符",
                "{where}：各类单位合计{stated}家（{kinds}），其下逐一列出的单位为{listed}个",
                "说明句含“具体包括”且其后紧接编号列表时才检查",
                "参考资料 §1.4（机构设置）",
                (c, r) -> {
                    List<DocText.Piece> pieces = DocText.pieces(c);
                    for (int i = 0; i < pieces.size(); i++) {
                        DocText.Piece p = pieces.get(i);
                        String text = p.text();
                        int list = text.indexOf("具体包括");
                        if (p.isHeading() || list < 0) {
                            continue;
                        }
                        Matcher m = KIND_COUNT.matcher(text.substring(0, list));
                        int stated = 0;
                        StringBuilder kinds = new StringBuilder();
                        while (m.find()) {
                            stated += number(m.group(2));
                            kinds.append(kinds.length() == 0 ? "" : "、").append(m.group());
                        }
                        int listed = listedItems(pieces, i + 1);
                        if (stated == 0 || listed < 2 || listed == stated) {
                            continue;
                        }
                        var where = p.where();
                        r.at(where)
                                .with("where", where.describe())
                                .with("stated", String.valueOf(stated))
                                .with("kinds", kinds.toString())
                                .with("listed", String.valueOf(listed))
                                .expected(String.valueOf(listed))
                                .actual(String.valueOf(stated))
                                .difference(String.valueOf(stated - listed))
                                .suggest("核对各类单位家数和所列单位")
                                .report();
                    }
                });
    }

    /** The length of the run of items numbered 1, 2, 3 … that starts right after the sentence. */
    private static int listedItems(List<DocText.Piece> pieces, int from) {
        int next = 1;
        String previous = "";
        for (int k = from; k < pieces.size() && k < from + 60; k++) {
            DocText.Piece p = pieces.get(k);
            if (p.isHeading()) {
                break;
            }
            Matcher m = ITEM.matcher(p.text());
            if (!m.find()) {
                if (next == 1) {
                    return 0; // no list right after the sentence
                }
                String last = previous.strip();
                if (last.length() < 25 || last.endsWith("。")) {
                    break; // the list is over: the item before was whole
                }
                previous = p.text();
                continue; // a wrapped item line
            }
            previous = p.text();
            int n = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
            if (n != next) {
                break;
            }
            next++;
        }
        return next - 1;
    }

    /** "3" or "三"/"十二" (up to 99) as a number. */
    private static int number(String s) {
        if (Character.isDigit(s.charAt(0))) {
            return Integer.parseInt(s);
        }
        String t = s.replace('两', '二');
        int ten = t.indexOf('十');
        if (ten < 0) {
            return DIGITS.indexOf(t.charAt(0));
        }
        int tens = ten == 0 ? 1 : DIGITS.indexOf(t.charAt(0));
        int ones = ten == t.length() - 1 ? 0 : DIGITS.indexOf(t.charAt(ten + 1));
        return tens * 10 + ones;
    }
}
