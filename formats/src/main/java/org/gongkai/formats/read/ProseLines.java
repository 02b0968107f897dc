package org.gongkai.formats.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.gongkai.core.disclosure.SourceRef;

/**
 * Page text prints a paragraph over several lines; this joins them back the way a reader of the page does,
 * for the readers of per-page text (the JSON page texts and their {@code .txt} twins). A line continues in
 * the next when it runs to the right margin (its width is near the body width of the document's prose
 * lines), does not end a sentence or introduce a list ({@code 。；！？：}), and the next line starts no new
 * unit: not a heading, numbered item, table title, 编制单位/单位 line, note or page number. Grids stand
 * between lines and are never crossed; lines that look like table rows (amounts without sentence
 * punctuation) are never joined. The joined paragraph keeps the source place of its first line.
 */
final class ProseLines {
    private ProseLines() {}

    /** Ends a sentence or opens a list: the next line starts afresh. */
    private static final String FINAL = "。；;！!？?：:";

    /** A numbered item at the start of a line: "1、", "2.", "（3）", "①" (but not "1.5"). */
    private static final Pattern ITEM = Pattern.compile("^(\\d{1,3}[、.．](?!\\d)|[（(]\\d{1,3}[）)]|[①-⑳])");

    private static final Pattern PAGE_NUMBER = Pattern.compile("^[-—–－\\s]*\\d{1,3}[-—–－\\s]*$");
    private static final Pattern NOTE_START = Pattern.compile("^(备注|注|说明)[：:]");
    private static final Pattern TOKENS = Pattern.compile("[\\s\\u3000]+");

    /** A wrapped line reaches at least this share of the body width (numbers wrap early: they do not split). */
    private static final double MARGIN_SHARE = 0.75;

    /** Fewer prose lines than this: no body width to speak of, lines are left as they are. */
    private static final int MIN_PROSE_LINES = 3;

    static List<RawItem> join(List<RawItem> items) {
        int body = bodyWidth(items);
        if (body <= 0) {
            return items;
        }
        double wrapAt = body * MARGIN_SHARE;
        List<RawItem> out = new ArrayList<>(items.size());
        int i = 0;
        while (i < items.size()) {
            if (!(items.get(i) instanceof RawItem.Line first)) {
                out.add(items.get(i++));
                continue;
            }
            StringBuilder text = new StringBuilder(CellText.trim(first.text()));
            SourceRef ref = first.ref();
            List<RawItem> skipped = new ArrayList<>();
            int j = i + 1;
            String last = text.toString();
            while (j < items.size() && wraps(last, wrapAt)) {
                int k = j;
                while (k < items.size() && items.get(k) instanceof RawItem.Line pn && isPageNumber(pn.text())) {
                    k++; // a printed page number between the halves of a paragraph broken by the page
                }
                if (k >= items.size() || !(items.get(k) instanceof RawItem.Line next) || !continues(next.text())) {
                    break;
                }
                skipped.addAll(items.subList(j, k));
                String t = CellText.trim(next.text());
                if (wordsMeet(text.charAt(text.length() - 1), t.charAt(0))) {
                    text.append(' ');
                }
                text.append(t);
                last = t;
                j = k + 1;
            }
            out.add(j == i + 1 ? first : new RawItem.Line(text.toString(), ref));
            out.addAll(skipped);
            i = j;
        }
        return out;
    }

    /** True when the line runs to the margin without ending its sentence, so the next line goes on with it. */
    static boolean wraps(String line, double wrapAt) {
        String t = CellText.trim(line);
        if (t.isEmpty() || FINAL.indexOf(t.charAt(t.length() - 1)) >= 0 || width(t) < wrapAt || standsAlone(t)) {
            return false;
        }
        // a numbered line the caption reader could take for a table number ("3.开展…，…") is prose when it has
        // sentence punctuation
        return !isCaptionLike(t) || t.indexOf('，') >= 0 || t.indexOf('。') >= 0;
    }

    /** True when the line can go on with the paragraph above it. */
    static boolean continues(String line) {
        String t = CellText.trim(line);
        if (t.isEmpty() || standsAlone(t) || isCaptionLike(t)) {
            return false;
        }
        char first = t.charAt(0);
        boolean mayBeItem =
                first >= '0' && first <= '9' || first == '（' || first == '(' || first >= '①' && first <= '⑳';
        boolean mayBeNote = first == '备' || first == '注' || first == '说';
        return !(mayBeItem && ITEM.matcher(t).find())
                && !(mayBeNote && NOTE_START.matcher(t).find());
    }

    /**
     * Lines that are never running text: headings, contents lines, table titles and table rows. Each test runs
     * only where the line's first or last character allows it: most lines are prose and pass at once.
     */
    private static boolean standsAlone(String t) {
        char first = t.charAt(0);
        if ("第一二三四五六七八九十（(".indexOf(first) >= 0
                && (Headings.parse(t, SourceRef.NONE).isPresent() || Headings.isPart(t))) {
            return true;
        }
        if (hasAny(t, "….·") && TableTitles.isLeader(t)) {
            return true;
        }
        if (t.charAt(t.length() - 1) == '表' && TableTitles.isTitle(t)) {
            return true;
        }
        return isTableRow(t);
    }

    /**
     * Lines of a table caption (a numbered title, 编制单位/单位), a target table's part caption and a page number:
     * units of their own unless they read as prose.
     */
    private static boolean isCaptionLike(String t) {
        char first = t.charAt(0);
        if ((first == '表' || first == '(' || first == '（' || Character.isDigit(first))
                && TableTitles.number(t).isPresent()) {
            return true;
        }
        if ((t.indexOf('：') >= 0 || t.indexOf(':') >= 0)
                && (TableTitles.preparer(t).isPresent() || TableTitles.unit(t).isPresent())) {
            return true;
        }
        return t.length() <= 12 && (TargetTableAssembler.isPartCaption(t) || isPageNumber(t));
    }

    /**
     * Two or more amounts (years before 年 are none) and no sentence or list punctuation: a row of a table the
     * page text left as lines.
     */
    private static boolean isTableRow(String t) {
        if (hasAny(t, "，。、；") || firstDigit(t) < 0) {
            return false;
        }
        String[] tokens = TOKENS.split(t);
        int amounts = 0;
        for (int i = 0; i < tokens.length; i++) {
            boolean year = isYear(tokens[i]) && i + 1 < tokens.length && tokens[i + 1].startsWith("年");
            char c = tokens[i].isEmpty() ? ' ' : tokens[i].charAt(0);
            boolean mayBeAmount = c >= '0' && c <= '9' || c == '-' || c == '－';
            if (mayBeAmount && !year && CellText.isAmount(tokens[i]) && ++amounts >= 2) {
                return true;
            }
        }
        return false;
    }

    private static int firstDigit(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) >= '0' && t.charAt(i) <= '9') {
                return i;
            }
        }
        return -1;
    }

    private static boolean isYear(String token) {
        return token.length() == 4
                && (token.startsWith("19") || token.startsWith("20"))
                && Character.isDigit(token.charAt(2))
                && Character.isDigit(token.charAt(3));
    }

    private static boolean hasAny(String t, String chars) {
        for (int i = 0; i < t.length(); i++) {
            if (chars.indexOf(t.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPageNumber(String t) {
        return PAGE_NUMBER.matcher(CellText.trim(t)).matches();
    }

    /** Latin words cut at the line end are kept apart; Chinese text and numbers run on. */
    private static boolean wordsMeet(char before, char after) {
        return isLatin(before) && isLatin(after);
    }

    private static boolean isLatin(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    /**
     * The width prose lines reach in this document, in half-width units: the 90th percentile of the widths
     * of lines holding a comma or full stop; 0 when there are too few.
     */
    static int bodyWidth(List<RawItem> items) {
        int[] widths = new int[items.size()];
        int n = 0;
        for (RawItem item : items) {
            if (item instanceof RawItem.Line l
                    && (l.text().indexOf('，') >= 0 || l.text().indexOf('。') >= 0)) {
                widths[n++] = width(CellText.trim(l.text()));
            }
        }
        if (n < MIN_PROSE_LINES) {
            return 0;
        }
        Arrays.sort(widths, 0, n);
        return widths[(int) Math.floor(0.9 * (n - 1))];
    }

    /** Display width: full-width characters (Han, full-width punctuation) count two, others one. */
    static int width(String t) {
        int w = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            w += c >= '\u1100' && !(c >= '\uff61' && c <= '\uffdc') && !(c >= '\uffe8' && c <= '\uffee') ? 2 : 1;
        }
        return w;
    }
}
