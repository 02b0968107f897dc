package org.gongkai.core.disclosure;

/**
 * A heading: level 1 = 第一部分…, level 2 = 一、…, level 3 = （一）….
 *
 * @param level 1, 2 or 3
 * @param number the numbering as printed ("第三部分", "五", "（一）"); may be empty
 * @param text the heading text without its number
 */
public record Heading(int level, String number, String text, SourceRef ref) implements Block {}
