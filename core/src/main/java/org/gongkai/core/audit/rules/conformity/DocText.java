package org.gongkai.core.audit.rules.conformity;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.audit.AuditContext;
import org.gongkai.core.audit.Location;
import org.gongkai.core.disclosure.Block;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.Heading;
import org.gongkai.core.disclosure.Paragraph;

/** The running text of a disclosure (headings and paragraphs) in reading order, with block positions. */
final class DocText {
    private DocText() {}

    /** Context memo keys: the pieces and the parts after a marker are found once per audit. */
    private static final Object PIECES = new Object();

    private record PartKey(String marker) {}

    /**
     * A heading or paragraph.
     *
     * @param index position of the block in {@link Disclosure#blocks()}
     * @param paragraph the paragraph, or null for a heading
     * @param heading the heading, or null for a paragraph
     * @param norm {@link Texts#norm} of the text, computed once for all rules
     * @param key {@link Texts#key} of the text
     */
    record Piece(int index, String text, Paragraph paragraph, Heading heading, String norm, String key) {
        Piece(int index, String text, Paragraph paragraph, Heading heading) {
            this(index, text, paragraph, heading, Texts.norm(text));
        }

        private Piece(int index, String text, Paragraph paragraph, Heading heading, String norm) {
            this(index, text, paragraph, heading, norm, Texts.keyOfNorm(norm));
        }

        boolean isHeading() {
            return heading != null;
        }

        Location where() {
            return paragraph != null ? Where.paragraph(paragraph) : Where.heading(heading);
        }

        /** A location for a span of the text; headings give the whole heading. */
        Location span(int start, int end) {
            return paragraph != null ? Where.span(paragraph, start, end) : Where.heading(heading);
        }
    }

    /** {@link #pieces(Disclosure)} of the context's disclosure, found once per audit (do not modify). */
    static List<Piece> pieces(AuditContext c) {
        return c.memo(PIECES, x -> List.copyOf(pieces(x.disclosure())));
    }

    static List<Piece> pieces(Disclosure d) {
        List<Piece> out = new ArrayList<>();
        List<Block> blocks = d.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b instanceof Paragraph p) {
                out.add(new Piece(i, p.text(), p, null));
            } else if (b instanceof Heading h) {
                out.add(new Piece(i, h.text(), null, h));
            }
        }
        return out;
    }

    /**
     * The pieces of the part that starts with a heading or short paragraph containing {@code marker}, up to the
     * next heading of the same or a higher level (or, for a paragraph marker, the next level-1/2 heading). When the
     * marker occurs more than once (a table of contents), the part with most "term：text" pieces wins.
     */
    static List<Piece> partAfter(AuditContext c, String marker) {
        return c.memo(new PartKey(marker), x -> List.copyOf(partAfter(pieces(x), marker)));
    }

    private static List<Piece> partAfter(List<Piece> all, String marker) {
        List<Piece> best = new ArrayList<>();
        int bestScore = -1;
        for (int start = 0; start < all.size(); start++) {
            Piece p = all.get(start);
            String text = p.norm();
            if (!text.contains(marker) || !(p.isHeading() || text.length() <= marker.length() + 12)) {
                continue;
            }
            int level = p.isHeading() ? p.heading().level() : 2;
            List<Piece> part = new ArrayList<>();
            for (int k = start + 1; k < all.size(); k++) {
                Piece q = all.get(k);
                if (q.isHeading() && q.heading().level() <= level) {
                    break;
                }
                part.add(q);
            }
            int score = 0;
            for (Piece q : part) {
                String t = q.norm();
                int colon = t.indexOf(':');
                if (colon > 0 && colon < 25) {
                    score++;
                }
            }
            if (score >= bestScore) {
                best = part;
                bestScore = score;
            }
        }
        return best;
    }
}
