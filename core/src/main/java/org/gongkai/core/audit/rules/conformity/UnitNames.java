package org.gongkai.core.audit.rules.conformity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises variants of the publishing unit's name: doubled characters, or the same stem with another ending. */
final class UnitNames {
    static final Pattern SUFFIX = Pattern.compile("(中心|办公室|委员会|管理局|局|委|厅|处|站|所|院|队|会|部|室|馆|办|街道办事处|政府|公司|学校|医院)$");

    /** The words of {@link #SUFFIX}, tested directly: a run of Han characters holds no line break for "$". */
    private static final String[] SUFFIXES =
            SUFFIX.pattern().substring(1, SUFFIX.pattern().length() - 2).split("\\|");

    private UnitNames() {}

    /** True when run[0, end) ends with an organisation word, as {@code SUFFIX.matcher(...).find()} says. */
    private static boolean endsWithSuffix(String run, int end) {
        for (String s : SUFFIXES) {
            if (s.length() <= end && run.startsWith(s, end - s.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The unit-like names in a text that start like the unit's name: the longest run of Han characters after the
     * same first two characters that ends with an organisation word, at most six characters longer than the name.
     */
    static java.util.List<Found> candidates(String text, String unit) {
        return unit.length() < 4 ? new java.util.ArrayList<>() : candidates(text, unit, runPattern(unit));
    }

    /** The pattern of {@link #candidates(String, String)} for a unit name of at least four characters. */
    static Pattern runPattern(String unit) {
        return Pattern.compile(Pattern.quote(unit.substring(0, 2)) + "\\p{IsHan}{1," + (unit.length() + 4) + "}");
    }

    /** {@link #candidates(String, String)} with the unit's {@link #runPattern}, compiled once by the caller. */
    static java.util.List<Found> candidates(String text, String unit, Pattern runs) {
        java.util.List<Found> out = new java.util.ArrayList<>();
        if (!text.contains(unit.substring(0, 2))) {
            return out; // every run starts with the unit's first two characters
        }
        Matcher m = runs.matcher(text);
        while (m.find()) {
            String run = m.group();
            String best = "";
            for (int end = run.length(); end >= 4; end--) {
                if (end == unit.length() && run.startsWith(unit)) {
                    best = unit;
                    break;
                }
                if (best.isEmpty() && endsWithSuffix(run, end)) {
                    best = run.substring(0, end);
                }
            }
            if (!best.isEmpty()) {
                out.add(new Found(best, m.start(), m.start() + best.length()));
            }
        }
        return out;
    }

    /** Why {@code name} is a variant of {@code unit}, or "" when it is the unit itself or another body. */
    static String variantKind(String name, String unit) {
        if (name.equals(unit)) {
            return "";
        }
        for (int len = 1; len <= 4; len++) {
            for (int i = 0; i + 2 * len <= name.length(); i++) {
                if (name.regionMatches(i, name, i + len, len)) {
                    String once = name.substring(0, i) + name.substring(i + len);
                    if (once.equals(unit)) {
                        return "重复了“" + name.substring(i, i + len) + "”";
                    }
                }
            }
        }
        if (Texts.sameBody(name, unit)) {
            return "";
        }
        int common = 0;
        while (common < Math.min(name.length(), unit.length()) && name.charAt(common) == unit.charAt(common)) {
            common++;
        }
        if (common >= 4 && common * 10 >= unit.length() * 6 && name.length() - common >= 2) {
            return "名称后半部分不同";
        }
        return "";
    }

    /** A name found in a text with its offsets. */
    record Found(String name, int start, int end) {}
}
