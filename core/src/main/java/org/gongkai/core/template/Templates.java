package org.gongkai.core.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.core.json.Json;

/**
 * The templates Gongkai ships, read once from the JSON resources listed in {@code templates.json} beside
 * this class. A broken template stops loading with every problem listed.
 */
public final class Templates {
    private static final String INDEX = "templates.json";
    private static volatile Map<String, Template> loaded;

    private Templates() {}

    /** Every shipped template, in index order. */
    public static List<Template> all() {
        return templates().values().stream().distinct().toList();
    }

    /** The template with an id. */
    public static Optional<Template> find(String id) {
        return Optional.ofNullable(templates().get(id));
    }

    /** The template with an id; a clear error naming the known ids otherwise. */
    public static Template byId(String id) {
        Template t = templates().get(id);
        if (t == null) {
            throw new IllegalArgumentException(
                    "未知的模板“" + id + "”，可用的模板：" + templates().keySet());
        }
        return t;
    }

    /** Problems of every shipped template (empty when all are valid); used by the tests. */
    public static List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (String file : index()) {
            problems.addAll(TemplateReader.read(file, resource(file)).problems());
        }
        return problems;
    }

    private static Map<String, Template> templates() {
        Map<String, Template> m = loaded;
        if (m == null) {
            synchronized (Templates.class) {
                if (loaded == null) {
                    loaded = load();
                }
                m = loaded;
            }
        }
        return m;
    }

    private static Map<String, Template> load() {
        Map<String, Template> map = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String file : index()) {
            TemplateReader.Result r = TemplateReader.read(file, resource(file));
            if (r.ok()) {
                Template t = r.template();
                for (String id : concat(t.id(), t.aliases())) {
                    if (map.putIfAbsent(id, t) != null) {
                        problems.add(file + "：模板标识“" + id + "”已被另一个模板使用");
                    }
                }
            } else {
                problems.addAll(r.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("模板有误：\n" + String.join("\n", problems));
        }
        return map;
    }

    private static List<String> concat(String id, List<String> aliases) {
        List<String> all = new ArrayList<>(aliases.size() + 1);
        all.add(id);
        all.addAll(aliases);
        return all;
    }

    private static List<String> index() {
        Object o = Json.parse(resource(INDEX));
        List<String> files = new ArrayList<>();
        if (o instanceof List<?> list) {
            for (Object f : list) {
                files.add(String.valueOf(f));
            }
        }
        return files;
    }

    private static String resource(String name) {
        try (InputStream in = Templates.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("缺少模板资源 " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
