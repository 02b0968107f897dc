package org.gongkai.core.audit.cross;

import org.gongkai.core.audit.facts.Numbers;
import org.gongkai.core.disclosure.Block;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.Heading;
import org.gongkai.core.disclosure.Paragraph;

/** Unit names as the cross-document pass compares them, and the units a department lists in its 机构设置. */
final class Names {
    private Names() {}

    /** Spaces and the bracket style removed, so that the cover's and the title's spelling match. */
    static String normalise(String name) {
        return name == null ? "" : Numbers.clean(name).replace('(', '（').replace(')', '）');
    }

    /**
     * True when the department's 机构设置 section (a heading naming 机构设置 and what follows up to the next heading
     * of the same or a higher level) names {@code unitName}; false when the model has no such section.
     */
    static boolean listsUnit(Disclosure dept, String unitName) {
        String name = normalise(unitName);
        if (name.length() < 4) {
            return false; // too short to be told apart from ordinary words
        }
        StringBuilder text = new StringBuilder();
        int level = 0;
        for (Block b : dept.blocks()) {
            if (b instanceof Heading h) {
                if (level > 0 && h.level() <= level) {
                    level = 0;
                }
                if (level == 0 && h.text().contains("机构设置")) {
                    level = h.level();
                    continue;
                }
                if (level > 0) {
                    text.append(h.text()).append('\n');
                }
            } else if (level > 0 && b instanceof Paragraph p) {
                text.append(p.text()).append('\n');
            }
        }
        return normalise(text.toString()).contains(name);
    }
}
