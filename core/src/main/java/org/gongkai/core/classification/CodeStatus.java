package org.gongkai.core.classification;

/** Verdict of a code check. */
public enum CodeStatus {
    /** Known code, and the printed name (if any) matches. */
    VALID,
    /** Well-formed but not in the lists Gongkai holds: not by itself an error (INFO). */
    UNKNOWN,
    /** Not a well-formed code (wrong length, non-digits, parent missing). */
    MALFORMED,
    /** Known code printed with a name that contradicts the official one. */
    NAME_MISMATCH
}
