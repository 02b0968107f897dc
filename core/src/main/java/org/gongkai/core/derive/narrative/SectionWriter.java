package org.gongkai.core.derive.narrative;

/** Writes the paragraphs under one heading of a narrative style. */
@FunctionalInterface
interface SectionWriter {
    void write(Narration n);
}
