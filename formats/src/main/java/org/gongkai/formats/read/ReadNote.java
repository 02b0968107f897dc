package org.gongkai.formats.read;

import org.gongkai.core.disclosure.SourceRef;

/**
 * Something the reader noticed but could not settle: an unrecognised column, a cell outside the header,
 * a code of unusual shape. Never an error; the document was read.
 *
 * @param ref where in the source
 * @param message Chinese explanation
 */
public record ReadNote(SourceRef ref, String message) {}
