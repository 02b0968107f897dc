package org.gongkai.core.disclosure;

/**
 * A paragraph of narrative text.
 *
 * @param section the section path it belongs to, numbers of the enclosing headings joined by "/", e.g.
 *     "第三部分/五/（一）"; empty when outside any heading
 * @param text the paragraph text
 */
public record Paragraph(String section, String text, SourceRef ref) implements Block {}
