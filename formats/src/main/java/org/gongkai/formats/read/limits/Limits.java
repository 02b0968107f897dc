package org.gongkai.formats.read.limits;

import java.time.Duration;

/**
 * Bounds on what one document may cost to read: larger or slower documents are refused with a reason
 * instead of exhausting the machine. One place, so every reader applies the same limits.
 */
public final class Limits {
    /** Largest file accepted, in bytes. */
    public static final long MAX_FILE_BYTES = 200L * 1024 * 1024;
    /** Most PDF pages read. */
    public static final int MAX_PAGES = 2_000;
    /** Most spreadsheet or table cells read in one document. */
    public static final long MAX_CELLS = 2_000_000;
    /** Largest uncompressed zip entry (DOCX/XLSX part), in bytes: POI holds a part's XML in memory several times over. */
    public static final long MAX_ZIP_ENTRY_BYTES = 64L * 1024 * 1024;
    /** Smallest compressed/uncompressed ratio of a zip entry before it counts as a zip bomb. */
    public static final double MIN_INFLATE_RATIO = 0.01;
    /** Most time spent reading one document. */
    public static final Duration TIMEOUT = Duration.ofSeconds(60);

    private Limits() {}
}
