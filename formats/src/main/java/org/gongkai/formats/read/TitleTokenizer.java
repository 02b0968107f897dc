package org.gongkai.formats.read;

import java.util.Optional;
import org.gongkai.formats.read.TableTitles.Numbered;

/**
 * Splits a table caption into its printed number and the title after it, by the grammar of table numbers:
 * {@code 表N}, {@code 表N-M}, {@code N.} / {@code N．} / {@code N、} and {@code (N)} / {@code （N）}, where N and M
 * are Arabic (1–99) or Chinese numerals (一 … 九十九).
 *
 * <p>A Chinese numeral is read only as far as it is well formed, so a number glued to its title splits where
 * the numeral ends: in "表五一般公共预算支出情况表" 五一 is no numeral, the number is 表五. A numeral also ends at
 * white space ("表 五 一 般 …" letter-spaced, "表十 一般…"). Only a number from 十一 up glued to a title that
 * starts with a numeral character ("表十一般…") stays ambiguous without a dictionary; it is read as the longest
 * numeral (表十一).
 */
final class TitleTokenizer {
    private TitleTokenizer() {}

    private static final String DIGITS = "一二三四五六七八九";
    private static final String DASHES = "-－—–";
    private static final String SEPARATORS = "：:、.．";

    /** The number and title of a caption line, or empty when the line does not start with a table number. */
    static Optional<Numbered> split(String line) {
        String s = CellText.trim(line);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        char first = s.charAt(0);
        if (first == '表') {
            return tableNumber(s);
        }
        if (first == '(' || first == '（') {
            return bracketNumber(s);
        }
        return listNumber(s);
    }

    /** 表N or 表N-M, an optional separator, then nothing or a title. */
    private static Optional<Numbered> tableNumber(String s) {
        int start = skipSpaces(s, 1);
        int end = numeralEnd(s, start);
        if (end < 0) {
            return Optional.empty();
        }
        String number = "表" + s.substring(start, end);
        if (end < s.length() && DASHES.indexOf(s.charAt(end)) >= 0) {
            int subEnd = numeralEnd(s, end + 1);
            if (subEnd < 0) {
                return Optional.empty();
            }
            number += "-" + s.substring(end + 1, subEnd);
            end = subEnd;
        }
        String title = afterSeparator(s, end);
        return title.isEmpty() || TableTitles.isTitle(title)
                ? Optional.of(new Numbered(number, title))
                : Optional.empty();
    }

    /** (N) or （N） followed by a title. */
    private static Optional<Numbered> bracketNumber(String s) {
        int start = skipSpaces(s, 1);
        int end = numeralEnd(s, start);
        if (end < 0) {
            return Optional.empty();
        }
        int close = skipSpaces(s, end);
        if (close >= s.length() || (s.charAt(close) != ')' && s.charAt(close) != '）')) {
            return Optional.empty();
        }
        return titled("(" + s.substring(start, end) + ")", CellText.compact(s.substring(close + 1)));
    }

    /** N. / N． / N、 (Arabic N) followed by a title. */
    private static Optional<Numbered> listNumber(String s) {
        int end = arabicEnd(s, 0);
        if (end < 0) {
            return Optional.empty();
        }
        int sep = skipSpaces(s, end);
        if (sep >= s.length() || ".．、".indexOf(s.charAt(sep)) < 0) {
            return Optional.empty();
        }
        return titled(s.substring(0, end) + ".", CellText.compact(s.substring(sep + 1)));
    }

    private static Optional<Numbered> titled(String number, String title) {
        return TableTitles.isTitle(title) ? Optional.of(new Numbered(number, title)) : Optional.empty();
    }

    /** The compacted rest of the line after optional spaces and one optional separator. */
    private static String afterSeparator(String s, int from) {
        int i = skipSpaces(s, from);
        if (i < s.length() && SEPARATORS.indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return CellText.compact(s.substring(i));
    }

    /** End of the Arabic or Chinese numeral starting at {@code from}, or -1 when none starts there. */
    static int numeralEnd(String s, int from) {
        int arabic = arabicEnd(s, from);
        return arabic >= 0 ? arabic : chineseEnd(s, from);
    }

    /** One or two ASCII or full-width digits not followed by a third (表2025年… is no table number). */
    private static int arabicEnd(String s, int from) {
        int i = from;
        while (i < s.length() && i - from < 3 && isDigit(s.charAt(i))) {
            i++;
        }
        int n = i - from;
        return n >= 1 && n <= 2 ? i : -1;
    }

    /** The longest well-formed Chinese numeral 1–99 at {@code from}: 五, 十, 十五, 二十, 二十五. */
    private static int chineseEnd(String s, int from) {
        int i = from;
        if (digit(s, i) >= 2 && at(s, i + 1) == '十') {
            i += 2;
        } else if (at(s, i) == '十') {
            i++;
        } else if (digit(s, i) >= 1) {
            return i + 1;
        } else {
            return -1;
        }
        return digit(s, i) >= 1 ? i + 1 : i;
    }

    /** The value of a numeral read by {@link #numeralEnd} ("12", "１２", "十二" → 12), or 0. */
    static int value(String numeral) {
        if (!numeral.isEmpty() && numeral.chars().allMatch(c -> isDigit((char) c))) {
            int v = 0;
            for (int i = 0; i < numeral.length(); i++) {
                v = v * 10 + Character.digit(numeral.charAt(i), 10);
            }
            return v;
        }
        int ten = numeral.indexOf('十');
        if (ten < 0) {
            return numeral.length() == 1 ? digit(numeral, 0) : 0;
        }
        int tens = ten == 0 ? 1 : digit(numeral, 0);
        int units = ten + 1 < numeral.length() ? digit(numeral, ten + 1) : 0;
        return tens * 10 + units;
    }

    private static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    /** 1–9 for a Chinese digit at {@code i}, else 0. */
    private static int digit(String s, int i) {
        return i < s.length() ? DIGITS.indexOf(s.charAt(i)) + 1 : 0;
    }

    private static char at(String s, int i) {
        return i < s.length() ? s.charAt(i) : 0;
    }

    private static int skipSpaces(String s, int from) {
        int i = from;
        while (i < s.length() && CellText.isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
