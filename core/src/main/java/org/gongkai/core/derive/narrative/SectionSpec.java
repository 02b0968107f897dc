package org.gongkai.core.derive.narrative;

import java.util.List;

/**
 * One heading of a narrative style and what is written under it.
 *
 * @param level heading level (1 = part, 2 = 一、, 3 = （一）)
 * @param number the numbering as printed ("第三部分", "五", "（一）"); may be empty
 * @param heading heading text template (placeholders {unit}, {year}, {lastYear})
 * @param kind the section writer that fills it (see {@link SectionKinds}); empty for a pure container
 * @param children sub-headings, in order
 */
record SectionSpec(int level, String number, String heading, String kind, List<SectionSpec> children) {
    SectionSpec {
        children = List.copyOf(children);
    }
}
