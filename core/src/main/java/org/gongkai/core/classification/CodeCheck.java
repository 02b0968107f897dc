package org.gongkai.core.classification;

/**
 * Result of checking a code (and the name printed with it) against the year's list.
 *
 * @param status the verdict
 * @param officialName the official name when the code is known; empty otherwise
 * @param detail a Chinese explanation for reports (empty when {@link CodeStatus#VALID})
 */
public record CodeCheck(CodeStatus status, String officialName, String detail) {}
