package org.gongkai.core.audit.rules.arith;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.disclosure.Block;
import org.gongkai.core.disclosure.Paragraph;
import org.gongkai.core.disclosure.SourceRef;

/** The consistent narrative of the fixture (the reference example's wording with its slips corrected). */
final class Narrative {
    private Narrative() {}

    static List<Block> blocks() {
        List<Block> b = new ArrayList<>();
        return b;
    }

    static Paragraph p(String section, String text) {
        return new Paragraph(section, text, SourceRef.line(500));
    }
}
