package org.gongkai.core.audit.rules.conformity;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.audit.Location;
import org.gongkai.core.disclosure.Block;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.Heading;
import org.gongkai.core.disclosure.Paragraph;

/** The running text of a disclosure (headings and paragraphs) in reading order, with block positions. */
final class DocText {
    private DocText() {}

    /**
     * A heading or paragraph.
     *
     * @param index position of the block in {@link Disclosure#blocks()}
     * @param paragraph the paragraph, or null for a heading
     * @param heading the heading, or null for a paragraph
     */
    record Piece(int index, String text, Paragraph paragraph, Heading heading) {
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
     * next heading of the same or a higher level (or, for a paragraph marker, the next level-1/2 heading).
     */
    static List<Piece> partAfter(Disclosure d, String marker) {
        List<Piece> all = pieces(d);
        List<Piece> out = new ArrayList<>();
        int level = -1;
        boolean in = false;
        for (Piece p : all) {
            if (!in) {
                boolean isMarker = Texts.norm(p.text()).contains(marker)
                        && (p.isHeading() || Texts.norm(p.text()).length() <= marker.length() + 12);
                if (isMarker) {
                    in = true;
                    level = p.isHeading() ? p.heading().level() : 2;
                }
                continue;
            }
            if (p.isHeading() && p.heading().level() <= level) {
                break;
            }
            out.add(p);
        }
        return out;
    }
}
