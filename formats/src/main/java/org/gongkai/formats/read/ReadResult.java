package org.gongkai.formats.read;

import java.util.List;
import org.gongkai.core.disclosure.Disclosure;

/** A document read from a file, with what the reader noticed on the way. */
public record ReadResult(Disclosure disclosure, List<ReadNote> notes) {
    public ReadResult {
        notes = List.copyOf(notes);
    }
}
