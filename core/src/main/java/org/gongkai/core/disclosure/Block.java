package org.gongkai.core.disclosure;

/** One element of a disclosure in reading order. */
public sealed interface Block permits Heading, Paragraph, Table, TargetTable {
    /** Where the block was found in a source file; {@link SourceRef#NONE} for derived documents. */
    SourceRef ref();
}
