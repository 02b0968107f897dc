package org.gongkai.core.audit.facts;

/** Placeholder, replaced below. */
public record Claim(String subject) {}
