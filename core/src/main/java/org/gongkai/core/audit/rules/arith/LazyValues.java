package org.gongkai.core.audit.rules.arith;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Message placeholders built on first use: most comparisons agree and are never reported, so their location
 * descriptions need not be written out. Unmodifiable, like the {@link Map#copyOf} a {@link Comparison} keeps.
 */
final class LazyValues extends AbstractMap<String, String> {
    private final Supplier<Map<String, String>> build;
    private Map<String, String> values;

    private LazyValues(Supplier<Map<String, String>> build) {
        this.build = build;
    }

    static Map<String, String> of(Supplier<Map<String, String>> build) {
        return new LazyValues(build);
    }

    /** {@code base} plus the given extra placeholders, also built on first use. */
    static Map<String, String> with(Map<String, String> base, String... keyValues) {
        return of(() -> {
            Map<String, String> all = new java.util.LinkedHashMap<>(base);
            for (int i = 0; i + 1 < keyValues.length; i += 2) {
                all.put(keyValues[i], keyValues[i + 1]);
            }
            return all;
        });
    }

    private Map<String, String> built() {
        if (values == null) {
            values = Map.copyOf(build.get()); // immutable: a racing second build is harmless
        }
        return values;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return built().entrySet();
    }

    @Override
    public String get(Object key) {
        return built().get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return built().containsKey(key);
    }

    @Override
    public int size() {
        return built().size();
    }
}
