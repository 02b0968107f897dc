package org.gongkai.core.audit.rules.conformity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.gongkai.core.audit.AuditContext;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.DisclosureInfo;
import org.gongkai.core.disclosure.Table;

/** The template families Gongkai knows (read from a classpath resource) and detection of a document's family. */
final class TemplateFamilies {
    private static final String RESOURCE = "template-families.txt";
    private static final List<TemplateFamily> ALL = load();

    private TemplateFamilies() {}

    static List<TemplateFamily> all() {
        return ALL;
    }

    /**
     * The family of a disclosure: the one named by its template ID, else the family of its kind whose required
     * tables match most table titles (at least three).
     */
    static Optional<TemplateFamily> detect(Disclosure d) {
        String id = d.info().templateId();
        for (TemplateFamily f : ALL) {
            if (f.id().equals(id) || f.aliases().contains(id)) {
                return Optional.of(f);
            }
        }
        TemplateFamily best = null;
        int bestScore = 2;
        for (TemplateFamily f : ALL) {
            if (f.kind() != d.info().kind()) {
                continue;
            }
            int score = 0;
            for (TemplateFamily.RequiredTable rt : f.tables()) {
                if (d.tables()
                        .anyMatch(t -> rt.key().equals(t.key()) && !t.key().isEmpty() || rt.matches(t.title()))) {
                    score++;
                }
            }
            if (score > bestScore) {
                best = f;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * True when the disclosure has the required table, or at least prints its title as a line of text (a table
     * the reader could not rebuild is still there).
     */
    static boolean present(AuditContext c, TemplateFamily.RequiredTable rt) {
        return !find(c, rt).isEmpty()
                || DocText.pieces(c).stream().anyMatch(p -> p.text().length() <= 60 && rt.matchesKey(p.key()));
    }

    /** Context memo key of {@link #find(AuditContext, TemplateFamily.RequiredTable)}. */
    private record Found(TemplateFamily.RequiredTable table) {}

    /** {@link #find(Disclosure, TemplateFamily.RequiredTable)}, looked up once per audit (several rules ask). */
    static List<Table> find(AuditContext c, TemplateFamily.RequiredTable rt) {
        return c.memo(new Found(rt), x -> find(x.disclosure(), rt));
    }

    /** The tables of a disclosure that stand for a required table (by title, else by key). */
    static List<Table> find(Disclosure d, TemplateFamily.RequiredTable rt) {
        List<Table> byTitle = d.tables().filter(t -> rt.matches(t.title())).toList();
        if (!byTitle.isEmpty()) {
            return byTitle;
        }
        return d.tables()
                .filter(t -> rt.key().equals(t.key()) && Texts.isBlank(t.title()))
                .toList();
    }

    private static List<TemplateFamily> load() {
        InputStream in = TemplateFamilies.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("缺少模板族资源 " + RESOURCE);
        }
        List<TemplateFamily> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String id = null;
            List<String> aliases = List.of();
            String label = null;
            DisclosureInfo.Kind kind = null;
            boolean ordered = false;
            List<TemplateFamily.RequiredTable> tables = new ArrayList<>();
            List<TemplateFamily.RequiredSection> sections = new ArrayList<>();
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int space = line.indexOf(' ');
                String word = space < 0 ? line : line.substring(0, space);
                String[] p = Arrays.stream(line.substring(space + 1).split("\\|"))
                        .map(String::strip)
                        .toArray(String[]::new);
                boolean ok = switch (word) {
                    case "family" -> p.length == 3 || p.length == 4;
                    case "section" -> p.length == 2;
                    default -> p.length == 3;
                };
                if (!ok) {
                    throw new IllegalStateException(RESOURCE + " 第" + n + "行格式错误：" + line);
                }
                switch (word) {
                    case "family" -> {
                        if (id != null) {
                            out.add(new TemplateFamily(
                                    id, aliases, label, kind, ordered, List.copyOf(tables), List.copyOf(sections)));
                        }
                        List<String> ids = List.of(p[0].split(","));
                        id = ids.get(0);
                        aliases = ids.subList(1, ids.size());
                        label = p[1];
                        kind = DisclosureInfo.Kind.valueOf(p[2]);
                        ordered = p.length == 4 && p[3].equals("ordered");
                        tables = new ArrayList<>();
                        sections = new ArrayList<>();
                    }
                    case "table" -> tables.add(new TemplateFamily.RequiredTable(p[0], p[1], matcher(p[2])));
                    case "section" -> sections.add(new TemplateFamily.RequiredSection(p[0], List.of(p[1].split("/"))));
                    default -> throw new IllegalStateException(RESOURCE + " 第" + n + "行无法识别：" + line);
                }
            }
            if (id != null) {
                out.add(new TemplateFamily(
                        id, aliases, label, kind, ordered, List.copyOf(tables), List.copyOf(sections)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }

    private static List<List<String>> matcher(String spec) {
        List<List<String>> out = new ArrayList<>();
        for (String alt : spec.split("/")) {
            out.add(List.of(Texts.key(alt).split("\\+")));
        }
        return out;
    }
}
