package org.gongkai.core.audit.rules.conformity;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.audit.AuditContext;
import org.gongkai.core.audit.Location;
import org.gongkai.core.disclosure.Paragraph;

/**
 * The narrative of one section as one text: page text prints a sentence over several lines (and the claim
 * reader keeps a line ending in "。" as a paragraph of its own), so lists and items are read over the joined
 * lines; {@link #at} maps a span back to the paragraph it starts in.
 *
 * @param text the stripped paragraph texts of the section, joined
 * @param paragraphs the indexes (in {@code Claims.paragraphs()}) of the paragraphs, in order
 * @param starts the offset in {@code text} where each paragraph starts
 */
record SectionText(String text, List<Integer> paragraphs, List<Integer> starts, List<Paragraph> all) {
    private static final Object KEY = new Object();

    /** The sections of the disclosure's narrative, in reading order (computed once per audit). */
    static List<SectionText> of(AuditContext c) {
        return c.memo(KEY, x -> read(x.claims().paragraphs()));
    }

    private static List<SectionText> read(List<Paragraph> all) {
        List<SectionText> out = new ArrayList<>();
        int i = 0;
        while (i < all.size()) {
            int j = i;
            StringBuilder text = new StringBuilder();
            List<Integer> paragraphs = new ArrayList<>();
            List<Integer> starts = new ArrayList<>();
            while (j < all.size() && all.get(j).section().equals(all.get(i).section())) {
                paragraphs.add(j);
                starts.add(text.length());
                text.append(all.get(j).text().strip());
                j++;
            }
            out.add(new SectionText(text.toString(), List.copyOf(paragraphs), List.copyOf(starts), all));
            i = j;
        }
        return List.copyOf(out);
    }

    /** The index (in {@code Claims.paragraphs()}) of the paragraph holding offset {@code offset}. */
    int paragraphAt(int offset) {
        int p = paragraphs.get(0);
        for (int k = 0; k < starts.size(); k++) {
            if (starts.get(k) <= offset) {
                p = paragraphs.get(k);
            }
        }
        return p;
    }

    /** A location for [start, end) of the text, in the paragraph the span starts in. */
    Location at(int start, int end) {
        int k = 0;
        for (int i = 0; i < starts.size(); i++) {
            if (starts.get(i) <= start) {
                k = i;
            }
        }
        Paragraph p = all.get(paragraphs.get(k));
        String stripped = p.text().strip();
        int lead = p.text().indexOf(stripped);
        int s = start - starts.get(k);
        int e = Math.min(end - starts.get(k), stripped.length());
        return Location.span(p.section(), text.substring(start, end), lead + s, lead + Math.max(s, e), p.ref());
    }
}
