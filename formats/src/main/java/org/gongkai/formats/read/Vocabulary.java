package org.gongkai.formats.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Label → key tables kept as data ({@code column-keys.tsv}, {@code row-keys.tsv}): the printed header or
 * row label, spaces and leading numbering removed, looked up exactly.
 */
final class Vocabulary {
    private static final Pattern NUMBERING =
            Pattern.compile("^([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\\d]+[）)]|\\d+[、.．]|其中[：:])");

    static final Vocabulary COLUMNS = load("column-keys.tsv");
    static final Vocabulary ROWS = load("row-keys.tsv");

    private final Map<String, String> keyByLabel;

    private Vocabulary(Map<String, String> keyByLabel) {
        this.keyByLabel = keyByLabel;
    }

    /** The place of a key in the table (its first line); keys are listed in their usual print order. */
    int order(String key) {
        int i = 0;
        for (String k : new java.util.LinkedHashSet<>(keyByLabel.values())) {
            if (k.equals(key)) {
                return i;
            }
            i++;
        }
        return Integer.MAX_VALUE;
    }

    /** The key of a label, if the table knows it. */
    Optional<String> key(String label) {
        String n = normalize(label);
        String key = keyByLabel.get(n);
        int paren = n.indexOf('（');
        if (key == null && paren > 1) {
            // an explanation in parentheses: "单位上年结余（不包含国库集中支付额度）"
            key = keyByLabel.get(n.substring(0, paren));
        }
        return Optional.ofNullable(key);
    }

    /** Label without spaces, leading numbering and a trailing "数"/"金额" suffix variant. */
    static String normalize(String label) {
        String c = CellText.compact(label).replace('(', '（').replace(')', '）');
        for (int i = 0; i < 2; i++) {
            c = NUMBERING.matcher(c).replaceFirst("");
        }
        return c;
    }

    private static Vocabulary load(String name) {
        Map<String, String> map = new LinkedHashMap<>();
        try (InputStream in = Vocabulary.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("缺少词表资源：" + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                for (String label : parts[1].split("\\|")) {
                    map.putIfAbsent(normalize(label), parts[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Vocabulary(map);
    }
}
