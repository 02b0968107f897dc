package org.gongkai.core.audit.rules.conformity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The indicator word lists and the term → 二级 family lexicon, read from {@code indicator-lexicon.txt}. */
final class IndicatorLexicon {
    private static final Pattern TRAILING_BRACKET = Pattern.compile("\\([^()]{0,12}\\)$");
    private static final String RESOURCE = "indicator-lexicon.txt";
    private static final Map<String, List<String>> LISTS = new HashMap<>();
    private static final List<FamilyTerm> FAMILIES = new ArrayList<>();

    static {
        load();
    }

    private IndicatorLexicon() {}

    /** One lexicon line: the terms and the 二级 families they belong under. */
    record FamilyTerm(String term, Pattern pattern, List<String> families) {
        boolean matches(String name) {
            return pattern != null ? pattern.matcher(withoutUnit(name)).find() : name.contains(term);
        }

        /** {@link #matches} with the name's {@link #withoutUnit} already at hand. */
        private boolean matches(String name, String bare) {
            return pattern != null ? pattern.matcher(bare).find() : name.contains(term);
        }
    }

    static List<String> list(String name) {
        return LISTS.getOrDefault(name, List.of());
    }

    static boolean containsAny(String text, String list) {
        String t = Texts.norm(text);
        for (String word : list(list)) {
            if (t.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The first lexicon line whose term occurs in the indicator name. */
    static Optional<FamilyTerm> familyOf(String indicatorName) {
        String n = Texts.norm(indicatorName);
        String bare = null; // the name without units, for the pattern lines; found once
        for (FamilyTerm f : FAMILIES) {
            if (f.pattern() != null && bare == null) {
                bare = withoutUnit(n);
            }
            if (f.matches(n, bare)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The name without trailing bracketed units: "网站运行维护费（万元）" → "网站运行维护费". */
    static String withoutUnit(String name) {
        String n = Texts.norm(name);
        String prev;
        do {
            prev = n;
            n = TRAILING_BRACKET.matcher(n).replaceAll("");
        } while (!n.equals(prev));
        return n;
    }

    private static void load() {
        InputStream in = IndicatorLexicon.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("缺少指标词表资源 " + RESOURCE);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int space = line.indexOf(' ');
                if (space < 0) {
                    throw new IllegalStateException(RESOURCE + " 第" + n + "行格式错误：" + line);
                }
                String head = line.substring(0, space);
                String rest = line.substring(space + 1).strip();
                if (head.equals("family")) {
                    int eq = rest.indexOf('=');
                    if (eq < 0) {
                        throw new IllegalStateException(RESOURCE + " 第" + n + "行缺少“=”：" + line);
                    }
                    List<String> families =
                            List.of(rest.substring(eq + 1).strip().split("/"));
                    String terms = rest.substring(0, eq).strip();
                    if (terms.startsWith("re:")) {
                        FAMILIES.add(new FamilyTerm(terms, Pattern.compile(terms.substring(3)), families));
                    } else {
                        for (String term : terms.split("/")) {
                            FAMILIES.add(new FamilyTerm(term, null, families));
                        }
                    }
                } else {
                    LISTS.put(head, List.of(rest.split("/")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
