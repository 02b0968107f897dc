package org.gongkai.formats.read.office;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.gongkai.formats.read.limits.Limits;

/**
 * Sets POI's zip-bomb limits explicitly (they are process-wide in POI): a part may not inflate more
 * than {@link Limits#MIN_INFLATE_RATIO} allows, nor exceed {@link Limits#MAX_ZIP_ENTRY_BYTES}. POI's
 * XML parsers already refuse external entities (XXE); a test checks that stays so.
 */
public final class PoiGuard {
    static {
        ZipSecureFile.setMinInflateRatio(Limits.MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(Limits.MAX_ZIP_ENTRY_BYTES);
        ZipSecureFile.setMaxFileCount(10_000);
        ZipSecureFile.setMaxTextSize(Limits.MAX_ZIP_ENTRY_BYTES);
    }

    private PoiGuard() {}

    /** Makes sure the limits are set (idempotent). */
    public static void ensure() {
        // the static initialiser does the work
    }
}
