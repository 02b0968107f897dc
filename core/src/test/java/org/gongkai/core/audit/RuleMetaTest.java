package org.gongkai.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariant 4: every rule has a well-formed unique ID, a Chinese title and message, a test where it fires and a
 * test where it stays silent. Tests declare what they cover with {@link Fires} / {@link Silent} on the test method.
 */
class RuleMetaTest {
    private static final Pattern ID = Pattern.compile("^[A-Z0-9]+(\\.[A-Z0-9-]+)+$");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    /**
     * Known gaps, named so they cannot grow silently: rules whose both-way tests are still being written by their
     * owner. Remove an ID as soon as its tests carry {@link Fires}/{@link Silent}; a test below fails when an entry
     * here is already covered.
     */
    private static final Set<String> PENDING = Set.of();

    @Test
    void idsAreWellFormedAndUnique() {
        Set<String> ids = new HashSet<>();
        for (Rule rule : RuleCatalogue.all()) {
            String id = rule.info().id();
            assertThat(id).as("rule ID").matches(ID);
            assertThat(ids.add(id)).as("duplicate rule ID %s", id).isTrue();
        }
    }

    @Test
    void titlesAndMessagesAreChinese() {
        for (Rule rule : RuleCatalogue.all()) {
            RuleInfo i = rule.info();
            assertThat(HAN.matcher(i.title()).find())
                    .as("Chinese title of %s", i.id())
                    .isTrue();
            assertThat(HAN.matcher(i.message()).find())
                    .as("Chinese message of %s", i.id())
                    .isTrue();
        }
    }

    @Test
    void everyRuleIsTestedBothWays() throws Exception {
        Set<String> fires = new TreeSet<>();
        Set<String> silent = new TreeSet<>();
        for (Class<?> type : testClasses()) {
            for (Method m : type.getDeclaredMethods()) {
                for (Fires f : m.getAnnotationsByType(Fires.class)) {
                    fires.addAll(ruleIds(type, m, f.value()));
                }
                for (Silent s : m.getAnnotationsByType(Silent.class)) {
                    silent.addAll(ruleIds(type, m, s.value()));
                }
            }
        }
        Set<String> ids = new TreeSet<>();
        RuleCatalogue.all().forEach(r -> ids.add(r.info().id()));
        Set<String> noFires = new TreeSet<>(ids);
        noFires.removeAll(fires);
        Set<String> noSilent = new TreeSet<>(ids);
        noSilent.removeAll(silent);
        Set<String> coveredButPending = new TreeSet<>(PENDING);
        coveredButPending.removeIf(id -> noFires.contains(id) || noSilent.contains(id));
        assertThat(coveredButPending)
                .as("PENDING entries that are covered now: remove them")
                .isEmpty();
        noFires.removeAll(PENDING);
        noSilent.removeAll(PENDING);
        assertThat(noFires).as("rules without a @Fires test").isEmpty();
        assertThat(noSilent).as("rules without a @Silent test").isEmpty();
        Set<String> stale = new TreeSet<>(fires);
        stale.addAll(silent);
        stale.removeAll(ids);
        assertThat(stale)
                .as("@Fires/@Silent naming rules that are not in the catalogue")
                .isEmpty();
    }

    /**
     * The rule IDs an annotation names: its value, or for {@code "{0}"} on a parameterized test the first argument
     * of every case of its {@code @MethodSource} (a rule ID per case).
     */
    private static List<String> ruleIds(Class<?> type, Method m, String value) throws Exception {
        if (!value.equals(Fires.FIRST_ARGUMENT)) {
            return List.of(value);
        }
        MethodSource source = m.getAnnotation(MethodSource.class);
        assertThat(source)
                .as("%s.%s: \"{0}\" needs a @MethodSource", type.getSimpleName(), m.getName())
                .isNotNull();
        String[] names = source.value().length == 0 ? new String[] {m.getName()} : source.value();
        List<String> out = new ArrayList<>();
        for (String name : names) {
            Method provider = type.getDeclaredMethod(name);
            provider.setAccessible(true);
            Object cases = provider.invoke(null);
            Iterable<?> items = cases instanceof Stream<?> st ? st.toList() : (Iterable<?>) cases;
            for (Object item : items) {
                Object first = item instanceof Arguments a ? a.get()[0] : item;
                out.add(String.valueOf(first));
            }
        }
        return out;
    }

    private static List<Class<?>> testClasses() throws IOException, URISyntaxException {
        Path root = Path.of(RuleMetaTest.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".class"))
                    .map(p -> root.relativize(p).toString().replace('/', '.').replace('\\', '.'))
                    .map(n -> n.substring(0, n.length() - ".class".length()))
                    .filter(n -> n.startsWith("org.gongkai.core"))
                    .map(RuleMetaTest::load)
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, RuleMetaTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("cannot load test class " + name, e);
        }
    }
}
