package org.gongkai.core.audit.rules.conformity;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.core.audit.AuditContext;

/**
 * Table labels a reader has mangled: a label wrapped in a tall cell whose characters came out interleaved with the
 * wrapped tail of the row above or below ("险机缴关费事支业出单位职业年金缴" for 机关事业单位职业年金缴费支出), or that
 * carries such a stray tail ("出抚恤" under a row ending in 支出). Such a name is an extraction problem, not a naming
 * error of the document, so the name rules leave it to READ.NAME-GARBLED.
 *
 * <p>The test: the printed name holds every character of a known name (the official one, or the one another table
 * prints for the code) plus at most {@value #MAX_STRAY} more, and every extra character is found in the label of the
 * row right above or below. When the known name still reads in order inside the printed one, the extra characters
 * must moreover be the end of the row above's label in front, or the start of the row below's label behind: a
 * name merely extended in order ("其他…") is a different name, not a garble.
 */
final class GarbledNames {
    /** More stray characters than this are no longer a wrapped line's leftover. */
    static final int MAX_STRAY = 4;

    private static final Object MEMO = new Object();

    private GarbledNames() {}

    /** The table code references whose name is garbled, each with the known name it garbles. */
    static Map<CodeRef, String> of(AuditContext c) {
        return c.memo(MEMO, GarbledNames::find);
    }

    private static Map<CodeRef, String> find(AuditContext c) {
        List<CodeRef> refs = CodeRefs.inTables(c);
        Map<String, List<String>> printedByCode = new LinkedHashMap<>();
        for (CodeRef ref : refs) {
            if (ref.wellFormed() && !ref.name().isEmpty()) {
                printedByCode.computeIfAbsent(ref.raw(), k -> new ArrayList<>()).add(ref.name());
            }
        }
        Map<CodeRef, String> out = new IdentityHashMap<>();
        for (int i = 0; i < refs.size(); i++) {
            CodeRef ref = refs.get(i);
            if (!ref.wellFormed() || ref.name().isEmpty()) {
                continue;
            }
            String p = Texts.key(ref.name());
            String[] neighbours = null; // computed only once a known name passes the cheap length test
            List<String> known = new ArrayList<>();
            known.add(CodeVerdict.of(c, ref).officialName());
            known.addAll(printedByCode.getOrDefault(ref.raw(), List.of()));
            for (String name : known) {
                String k = Texts.key(name);
                if (!plausibleLengths(p, k)) {
                    continue;
                }
                if (neighbours == null) {
                    neighbours = new String[] {neighbourNames(c, refs, i, i - 1), neighbourNames(c, refs, i, i + 1)};
                }
                if (garbledKeys(p, k, neighbours[0], neighbours[1])) {
                    out.put(ref, name);
                    break;
                }
            }
        }
        return out;
    }

    /** The printed and official names of the row next to refs[i] in the same table, one per line; "" if none. */
    private static String neighbourNames(AuditContext c, List<CodeRef> refs, int i, int j) {
        if (j < 0 || j >= refs.size()) {
            return "";
        }
        CodeRef ref = refs.get(i);
        CodeRef other = refs.get(j);
        if (!other.where().table().equals(ref.where().table())) {
            return "";
        }
        return Texts.key(other.name()) + "\n"
                + Texts.key(CodeVerdict.of(c, other).officialName());
    }

    /**
     * True when printed is known scrambled or carrying stray characters from the neighbouring labels above/below
     * (each possibly several names joined by line breaks).
     */
    static boolean garbled(String printed, String known, String above, String below) {
        String p = Texts.key(printed);
        String k = Texts.key(known);
        return plausibleLengths(p, k) && garbledKeys(p, k, above, below);
    }

    /** The cheap test first: the printed key p is a few characters longer than the known key k. */
    private static boolean plausibleLengths(String p, String k) {
        int stray = p.length() - k.length();
        return k.length() >= 2 && stray >= 1 && stray <= MAX_STRAY && stray <= k.length();
    }

    /** {@link #garbled} on keys already passing {@link #plausibleLengths}. */
    private static boolean garbledKeys(String p, String k, String above, String below) {
        int stray = p.length() - k.length();
        String extra = extraChars(p, k);
        if (extra == null) {
            return false;
        }
        String neighbours = above + "\n" + below;
        if (extra.chars().anyMatch(ch -> neighbours.indexOf(ch) < 0)) {
            return false;
        }
        if (!Texts.isSubsequence(k, p)) {
            return true; // order broken: no one types a name like that
        }
        if (p.endsWith(k)) {
            String head = p.substring(0, stray);
            return above.lines().anyMatch(n -> n.length() > head.length() && n.endsWith(head));
        }
        if (p.startsWith(k)) {
            String tail = p.substring(k.length());
            return below.lines().anyMatch(n -> n.length() > tail.length() && n.startsWith(tail));
        }
        return false;
    }

    /** The characters of p left over once every character of k is taken out, or null when p lacks one of k's. */
    private static String extraChars(String p, String k) {
        StringBuilder rest = new StringBuilder(p);
        for (int i = 0; i < k.length(); i++) {
            int at = rest.indexOf(String.valueOf(k.charAt(i)));
            if (at < 0) {
                return null;
            }
            rest.deleteCharAt(at);
        }
        return rest.toString();
    }
}
