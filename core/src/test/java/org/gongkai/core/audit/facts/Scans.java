package org.gongkai.core.audit.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The matches of a pattern as "start:end" strings, found by {@link PatternScan} and by Matcher.find, to compare. */
public final class Scans {
    private Scans() {}

    public static List<String> scan(Pattern p, String text, PatternScan.Gate gate) {
        List<String> out = new ArrayList<>();
        PatternScan s = PatternScan.of(p, text, gate);
        while (s.find()) {
            out.add(s.match().start() + ":" + s.match().end());
        }
        return out;
    }

    public static List<String> find(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.start() + ":" + m.end());
        }
        return out;
    }
}
