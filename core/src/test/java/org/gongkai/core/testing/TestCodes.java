package org.gongkai.core.testing;

import org.gongkai.core.classification.Classifications;
import org.gongkai.core.classification.ReferenceData;

/** The real shipped code lists of 2021, for tests (no fake lists: the real thing loads in milliseconds). */
public final class TestCodes {
    public static final Classifications INSTANCE = ReferenceData.forYear(2021);

    private TestCodes() {}
}
