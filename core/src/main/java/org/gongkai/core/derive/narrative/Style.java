package org.gongkai.core.derive.narrative;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.amount.DisplayUnit;
import org.gongkai.core.json.Json;

/**
 * A narrative style: headings, section order and every sentence template of one regional convention,
 * read from {@code org/gongkai/core/narrative/<id>.json}. A new style is a new JSON file.
 */
final class Style {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)\\}");
    private static final Map<String, Style> CACHE = new ConcurrentHashMap<>();

    private final String id;
    private final DisplayUnit displayUnit;
    private final List<SectionSpec> sections;
    private final Map<String, Object> templates;
    private final Map<String, Object> options;

    private Style(
            String id,
            DisplayUnit displayUnit,
            List<SectionSpec> sections,
            Map<String, Object> templates,
            Map<String, Object> options) {
        this.id = id;
        this.displayUnit = displayUnit;
        this.sections = sections;
        this.templates = templates;
        this.options = options;
    }

    /** The style with an id; an unknown id is a clear error. */
    static Style load(String id) {
        return CACHE.computeIfAbsent(id, Style::read);
    }

    private static Style read(String id) {
        if (id == null || !id.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("情况说明样式名称无效：" + id);
        }
        String resource = "/org/gongkai/core/narrative/" + id + ".json";
        String text;
        try (InputStream in = Style.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("未知的情况说明样式：" + id + "（缺少资源 " + resource + "）");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("无法读取情况说明样式 " + resource, e);
        }
        return fromJson(id, text);
    }

    /** Parses a style document (also used by tests with inline JSON). */
    @SuppressWarnings("unchecked")
    static Style fromJson(String id, String text) {
        Map<String, Object> root = (Map<String, Object>) Json.parse(text);
        Object unit = root.get("displayUnit");
        DisplayUnit displayUnit = unit == null ? null : DisplayUnit.valueOf((String) unit);
        List<SectionSpec> sections = new ArrayList<>();
        for (Object s : list(root, "sections", id)) {
            sections.add(section((Map<String, Object>) s, id));
        }
        Map<String, Object> templates = (Map<String, Object>) root.getOrDefault("templates", Map.of());
        Map<String, Object> options = (Map<String, Object>) root.getOrDefault("options", Map.of());
        return new Style(id, displayUnit, List.copyOf(sections), templates, options);
    }

    @SuppressWarnings("unchecked")
    private static SectionSpec section(Map<String, Object> m, String id) {
        List<SectionSpec> children = new ArrayList<>();
        for (Object c : (List<Object>) m.getOrDefault("children", List.of())) {
            children.add(section((Map<String, Object>) c, id));
        }
        Object level = m.get("level");
        if (!(level instanceof BigDecimal)) {
            throw new IllegalArgumentException("情况说明样式 " + id + "：章节缺少 level：" + m);
        }
        return new SectionSpec(
                ((BigDecimal) level).intValue(),
                (String) m.getOrDefault("number", ""),
                (String) m.getOrDefault("heading", ""),
                (String) m.getOrDefault("kind", ""),
                children);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Map<String, Object> root, String key, String id) {
        Object v = root.get(key);
        if (!(v instanceof List)) {
            throw new IllegalArgumentException("情况说明样式 " + id + " 缺少数组字段 " + key);
        }
        return (List<Object>) v;
    }

    String id() {
        return id;
    }

    /** The unit the style prints money in, overriding the template's table unit; empty to follow it. */
    Optional<DisplayUnit> displayUnit() {
        return Optional.ofNullable(displayUnit);
    }

    List<SectionSpec> sections() {
        return sections;
    }

    /** The template text of a key, unfilled; empty when absent. */
    String raw(String key) {
        return has(key) ? (String) templates.get(key) : "";
    }

    boolean has(String key) {
        return templates.get(key) instanceof String;
    }

    /** The first of the keys the style defines, filled with the values. */
    String text(Map<String, String> values, String... keys) {
        for (String key : keys) {
            if (has(key)) {
                return fill(key, (String) templates.get(key), values);
            }
        }
        throw new IllegalStateException("情况说明样式 " + id + " 缺少句式 " + String.join(" / ", keys));
    }

    /** A list option (e.g. economic classes counted as 人员经费). */
    @SuppressWarnings("unchecked")
    List<String> listOption(String key) {
        Object v = options.get(key);
        return v instanceof List ? (List<String>) v : List.of();
    }

    /** A string option, or the given default. */
    String option(String key, String fallback) {
        Object v = options.get(key);
        return v instanceof String s ? s : fallback;
    }

    /** A name map option (income source names …). */
    @SuppressWarnings("unchecked")
    Map<String, String> mapOption(String key) {
        Object v = options.get(key);
        return v instanceof Map ? (Map<String, String>) v : Map.of();
    }

    private String fill(String key, String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException(
                        "情况说明样式 " + id + " 的句式 " + key + " 用到占位符 {" + m.group(1) + "}，但没有提供它的值");
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
