package org.gongkai.core.classification;

/** The classification lists Gongkai ships, by fiscal year. */
public final class ReferenceData {
    private ReferenceData() {}

    /** The lists for a fiscal year. */
    public static Classifications forYear(int year) {
        throw new UnsupportedOperationException("reference data is being built (issue 2)");
    }
}
