package org.gongkai.formats.read;

import java.nio.file.Path;

/**
 * A format plugin: recognises its format from the first bytes of a file (never from the file name) and
 * extracts the document as lines and grids. One per format: text, PDF, DOCX, XLSX, HTML.
 */
public interface Extractor {
    /** Short format name for messages: "PDF", "DOCX", "文本". */
    String format();

    /** True when the leading bytes of the file look like this format. */
    boolean sniff(byte[] head);

    /** Extracts the document; bounded in time and memory; never returns partial data silently. */
    RawDocument extract(Path file) throws UnreadableDocumentException;
}
