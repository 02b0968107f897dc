package org.gongkai.core.audit.rules.conformity;

import static org.gongkai.core.audit.Category.CONFORMITY;
import static org.gongkai.core.audit.Severity.WARNING;

import java.util.List;
import org.gongkai.core.audit.Rule;

/**
 * "收入" and "支出" written together right before an amount: "财政拨款收入 2002.80 万元，支出收入 2002.80 万元" — the
 * amount is either the income or the expenditure, never both. Table and section names that join the two words
 * ("收入支出决算总表", "收入支出总计", "收入支出预算") are right and are not followed by an amount at once.
 */
final class FlowWordRules {
    private static final String[] PAIRS = {"支出收入", "收入支出"};
    private static final String[] UNITS = {"亿元", "万元", "千元", "元"};

    private FlowWordRules() {}

    static List<Rule> all() {
        return List.of(ConformityRule.of(
                "TXT.INCOME-EXPENSE-SLIP",
                WARNING,
                CONFORMITY,
                "“收入”“支出”连写在金额前",
                "{where}：“{text}”中“{pair}”直接接金额，一笔金额不能既是收入又是支出",
                "只查“支出收入”或“收入支出”后直接（或经“为”“是”、冒号）接数字（或模板占位符 XXX）与金额单位的写法；" + "“收入支出决算总表”“收入支出总计”等名称后不直接接金额，不报",
                "文字规范",
                (c, r) -> {
                    for (SectionText section : SectionText.of(c)) {
                        String text = section.text();
                        for (String pair : PAIRS) {
                            for (int at = text.indexOf(pair); at >= 0; at = text.indexOf(pair, at + 1)) {
                                int end = amountEnd(text, at + pair.length());
                                if (end < 0) {
                                    continue;
                                }
                                String stated = text.substring(at, end);
                                String amount = stated.substring(pair.length()).strip();
                                var where = section.at(at, end);
                                r.at(where)
                                        .with("where", where.describe())
                                        .with("text", stated)
                                        .with("pair", pair)
                                        .expected(pair.substring(0, 2) + amount)
                                        .actual(stated)
                                        .suggest("删去多余的“" + pair.substring(2) + "”（或“" + pair.substring(0, 2) + "”），写作“"
                                                + pair.substring(0, 2) + amount + "”")
                                        .report();
                            }
                        }
                    }
                }));
    }

    /**
     * Where the amount stated right after {@code from} ends (its unit included): white space, an optional 为/是 and
     * colon, digits with separators or a placeholder of X, then a unit of 元; -1 when no amount follows at once.
     */
    static int amountEnd(String text, int from) {
        int i = skipSpace(text, from);
        if (i < text.length() && (text.charAt(i) == '为' || text.charAt(i) == '是')) {
            i = skipSpace(text, i + 1);
        }
        if (i < text.length() && (text.charAt(i) == '：' || text.charAt(i) == ':')) {
            i = skipSpace(text, i + 1);
        }
        int digits = 0;
        int placeholders = 0;
        int start = i;
        while (i < text.length()) {
            char ch = text.charAt(i);
            if (ch >= '0' && ch <= '9') {
                digits++;
            } else if (ch == 'X' || ch == 'x' || ch == '×') {
                placeholders++;
            } else if (!(i > start && (ch == ',' || ch == '.'))) {
                break;
            }
            i++;
        }
        if (digits == 0 && placeholders < 2 || digits > 0 && placeholders > 0) {
            return -1;
        }
        i = skipSpace(text, i);
        for (String unit : UNITS) {
            if (text.startsWith(unit, i)) {
                return i + unit.length();
            }
        }
        return -1;
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u3000')) {
            i++;
        }
        return i;
    }
}
