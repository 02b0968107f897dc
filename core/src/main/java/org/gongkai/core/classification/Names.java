package org.gongkai.core.classification;

/**
 * Normalises printed 科目 names for comparison. Only presentation differences are removed: whitespace,
 * full-width/half-width forms of ASCII punctuation, letters and digits, and bracket style (（）〔〕【】［］ → ()).
 * Wording is never touched: "其他统计信息事务" and "其他统计信息事务支出" stay different, because a dropped
 * "支出" is a printing error the auditor must see.
 */
public final class Names {
    private Names() {}

    /** The comparison form of a name; empty for null. */
    public static String normalize(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Codes.isSpace(c)) {
                continue;
            }
            out.append(canonical(c));
        }
        return out.toString();
    }

    /** True when both names are equal after {@link #normalize(String)}. */
    public static boolean same(String a, String b) {
        return normalize(a).equals(normalize(b));
    }

    private static char canonical(char c) {
        switch (c) {
            case '（', '〔', '【', '［', '[', '〖':
                return '(';
            case '）', '〕', '】', '］', ']', '〗':
                return ')';
            case '“', '”', '＂':
                return '"';
            case '‘', '’', '＇':
                return '\'';
            default:
                break;
        }
        // Full-width ASCII block FF01–FF5E maps one-to-one onto 0021–007E.
        if (c >= '\uff01' && c <= '\uff5e') {
            return (char) (c - 0xfee0);
        }
        return c;
    }
}
