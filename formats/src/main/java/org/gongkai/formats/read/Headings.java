package org.gongkai.formats.read;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.disclosure.Heading;
import org.gongkai.core.disclosure.SourceRef;

/** Recognises heading lines: 第一部分…, 一、…, （一）…; keeps the current section path. */
final class Headings {
    private static final Pattern PART = Pattern.compile("^(第[一二三四五六七八九十]+部分)[\\s\\u3000]*(.*)$");
    private static final Pattern LEVEL2 = Pattern.compile("^([一二三四五六七八九十]{1,3})[、.．][\\s\\u3000]*(.+)$");
    private static final Pattern LEVEL3 = Pattern.compile("^[（(]([一二三四五六七八九十]{1,3})[）)][\\s\\u3000]*(.+)$");
    private static final int MAX_HEADING = 60;

    private final String[] numbers = {"", "", ""};

    /** A part heading ("第三部分 …情况说明"): it stands between tables, never inside one (a contents page lists them). */
    static boolean isPart(String line) {
        String t = CellText.trim(line);
        return t.length() <= MAX_HEADING && PART.matcher(t).matches();
    }

    /** The heading a line states, if it is one. */
    static Optional<Heading> parse(String line, SourceRef ref) {
        String t = CellText.trim(line);
        if (t.length() > MAX_HEADING + 10 || TableTitles.isLeader(t)) {
            return Optional.empty();
        }
        Matcher m = PART.matcher(t);
        if (m.matches()) {
            return Optional.of(new Heading(1, m.group(1), CellText.trim(m.group(2)), ref));
        }
        int colon = Math.max(t.indexOf('：'), t.indexOf(':'));
        boolean definition = colon >= 0 && t.length() - colon > 12;
        if (t.endsWith("。") || t.contains("；") || t.contains("，") || definition || t.length() > MAX_HEADING) {
            return Optional.empty();
        }
        m = LEVEL2.matcher(t);
        if (m.matches()) {
            return Optional.of(new Heading(2, m.group(1), CellText.trim(m.group(2)), ref));
        }
        m = LEVEL3.matcher(t);
        if (m.matches()) {
            return Optional.of(new Heading(3, "（" + m.group(1) + "）", CellText.trim(m.group(2)), ref));
        }
        return Optional.empty();
    }

    void enter(Heading h) {
        numbers[h.level() - 1] = h.number();
        for (int i = h.level(); i < numbers.length; i++) {
            numbers[i] = "";
        }
    }

    /** The current section path, e.g. "第三部分/五/（一）". */
    String path() {
        StringBuilder sb = new StringBuilder();
        for (String n : numbers) {
            if (!n.isEmpty()) {
                if (sb.length() > 0) {
                    sb.append('/');
                }
                sb.append(n);
            }
        }
        return sb.toString();
    }
}
