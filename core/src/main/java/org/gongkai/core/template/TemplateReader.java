package org.gongkai.core.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.core.amount.DisplayUnit;
import org.gongkai.core.budget.ExpenditureKind;
import org.gongkai.core.budget.FundSource;
import org.gongkai.core.budget.IncomeSource;
import org.gongkai.core.disclosure.DisclosureInfo;
import org.gongkai.core.json.Json;
import org.gongkai.core.json.JsonException;
import org.gongkai.core.template.TableSpec.ColumnSpec;
import org.gongkai.core.template.TableSpec.FixedRow;
import org.gongkai.core.template.Template.Content;
import org.gongkai.core.template.Template.Part;

/**
 * Reads a template from its JSON text and checks it, collecting every problem (with its JSON path) rather
 * than stopping at the first.
 */
public final class TemplateReader {
    private final List<String> problems = new ArrayList<>();
    private final String source;

    private TemplateReader(String source) {
        this.source = source;
    }

    /** The result of reading: a template when there were no problems. */
    public record Result(Template template, List<String> problems) {
        public Result {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Reads and validates a template; {@code source} names the file in messages. */
    public static Result read(String source, String json) {
        TemplateReader r = new TemplateReader(source);
        Object root;
        try {
            root = Json.parse(json);
        } catch (JsonException e) {
            return new Result(null, List.of(source + "：JSON 格式错误：" + e.getMessage()));
        }
        if (!(root instanceof Map<?, ?> map)) {
            return new Result(null, List.of(source + "：模板应为 JSON 对象"));
        }
        Template t = r.template(cast(map));
        return r.problems.isEmpty() ? new Result(t, List.of()) : new Result(null, r.problems);
    }

    private Template template(Map<String, Object> m) {
        String id = text(m, "id", "$", true);
        List<String> aliases = m.containsKey("aliases") ? strings(m, "aliases", "$") : List.of();
        String name = text(m, "name", "$", true);
        DisclosureInfo.Kind kind = enumValue(DisclosureInfo.Kind.class, m, "kind", "$", DisclosureInfo.Kind.BUDGET);
        String title = text(m, "title", "$", true);
        DisplayUnit textUnit = enumValue(DisplayUnit.class, m, "textUnit", "$", DisplayUnit.WAN_YUAN);
        String style = text(m, "narrativeStyle", "$", true);
        List<TableSpec> tables = new ArrayList<>();
        List<Object> tableList = list(m, "tables", "$", true);
        Set<String> keys = new java.util.HashSet<>();
        for (int i = 0; i < tableList.size(); i++) {
            String path = "$.tables[" + i + "]";
            TableSpec t = table(object(tableList.get(i), path), path);
            if (t != null) {
                if (!keys.add(t.key())) {
                    problem(path + ".key", "表键“" + t.key() + "”重复");
                }
                tables.add(t);
            }
        }
        List<Part> parts = new ArrayList<>();
        List<Object> partList = list(m, "parts", "$", true);
        for (int i = 0; i < partList.size(); i++) {
            parts.add(part(object(partList.get(i), "$.parts[" + i + "]"), "$.parts[" + i + "]"));
        }
        List<Template.GlossaryEntry> glossary = new ArrayList<>();
        List<Object> gl = list(m, "glossary", "$", false);
        for (int i = 0; i < gl.size(); i++) {
            String path = "$.glossary[" + i + "]";
            Map<String, Object> e = object(gl.get(i), path);
            glossary.add(new Template.GlossaryEntry(text(e, "term", path, true), text(e, "definition", path, true)));
        }
        String numbering = optionalText(m, "glossaryNumbering", "{cn}、");
        Map<String, String> wording = new LinkedHashMap<>();
        Map<String, Object> w = object(m.getOrDefault("wording", Map.of()), "$.wording");
        w.forEach((k, v) -> wording.put(k, stringOf(v, "$.wording." + k)));
        Map<String, Object> s = object(m.get("expenseSplit"), "$.expenseSplit");
        Template.ExpenseSplit split = new Template.ExpenseSplit(
                strings(s, "personnel", "$.expenseSplit"), strings(s, "public", "$.expenseSplit"));
        Map<String, Object> tg = object(m.getOrDefault("targets", Map.of()), "$.targets");
        Template.TargetLayout targets = new Template.TargetLayout(
                enumValue(DisplayUnit.class, tg, "unit", "$.targets", textUnit),
                Boolean.TRUE.equals(tg.get("trimZeros")));
        return new Template(
                id, aliases, name, kind, title, textUnit, style, parts, tables, glossary, numbering, wording, split,
                targets);
    }

    private Part part(Map<String, Object> m, String path) {
        Template.Heading heading = null;
        if (m.get("heading") != null) {
            Map<String, Object> h = object(m.get("heading"), path + ".heading");
            int level = integer(h, "level", path + ".heading", 1);
            heading = new Template.Heading(
                    level, optionalText(h, "number", ""), text(h, "text", path + ".heading", true));
        }
        Content content = enumValue(Content.class, m, "content", path, Content.NONE);
        List<Part> sections = new ArrayList<>();
        List<Object> list = list(m, "sections", path, false);
        for (int i = 0; i < list.size(); i++) {
            String p = path + ".sections[" + i + "]";
            sections.add(part(object(list.get(i), p), p));
        }
        return new Part(
                heading,
                content,
                sections,
                optionalText(m, "narrativeFrom", ""),
                optionalText(m, "narrativeUntil", ""));
    }

    private TableSpec table(Map<String, Object> m, String path) {
        String key = text(m, "key", path, true);
        String builder = text(m, "builder", path, true);
        if (!builder.isEmpty() && !TableSpec.BUILDERS.contains(builder)) {
            problem(path + ".builder", "未知的表构造器“" + builder + "”，应为 " + new java.util.TreeSet<>(TableSpec.BUILDERS));
        }
        LineFilter filter = filter(m.get("filter"), path + ".filter");
        List<ColumnSpec> columns = new ArrayList<>();
        List<Object> cols = list(m, "columns", path, !TableSpec.TWO_SIDED.equals(builder));
        for (int i = 0; i < cols.size(); i++) {
            String p = path + ".columns[" + i + "]";
            Map<String, Object> c = object(cols.get(i), p);
            LineFilter cf = filter(c.get("filter"), p + ".filter");
            if (!cf.compatible(filter)) {
                problem(p + ".filter", "列的过滤条件与表的过滤条件矛盾，该列永远为空");
            }
            String role = optionalText(c, "role", "");
            checkRole(builder, role, p + ".role");
            // Stored combined with the table's filter, so builders need not combine per cell.
            columns.add(new ColumnSpec(text(c, "key", p, true), text(c, "label", p, true), filter.and(cf), role));
        }
        List<FixedRow> left = new ArrayList<>();
        List<Object> rows = list(m, "leftRows", path, TableSpec.TWO_SIDED.equals(builder));
        for (int i = 0; i < rows.size(); i++) {
            String p = path + ".leftRows[" + i + "]";
            Map<String, Object> r = object(rows.get(i), p);
            if (r.get("sources") == null || (r.get("sources") instanceof List<?> l && l.isEmpty())) {
                problem(p + ".sources", "固定行必须列出它汇总的收入来源");
            }
            left.add(new FixedRow(
                    text(r, "key", p, true),
                    text(r, "label", p, true),
                    enumSet(IncomeSource.class, r.get("sources"), p + ".sources"),
                    optionalText(r, "partOf", ""),
                    Boolean.TRUE.equals(r.get("optional"))));
        }
        if (TableSpec.TWO_SIDED.equals(builder)) {
            checkIncomeCoverage(left, filter, path);
        }
        Map<String, String> labels = new LinkedHashMap<>();
        object(m.getOrDefault("labels", Map.of()), path + ".labels")
                .forEach((k, v) -> labels.put(k, stringOf(v, path + ".labels." + k)));
        Map<String, Object> fmt = object(m.getOrDefault("format", Map.of()), path + ".format");
        CellFormat format = new CellFormat(Boolean.TRUE.equals(fmt.get("grouping")), optionalText(fmt, "zero", ""));
        String codeStyle = optionalText(m, "codeStyle", "split");
        if (!codeStyle.equals("split") && !codeStyle.equals("joined")) {
            problem(path + ".codeStyle", "应为 split 或 joined，实为“" + codeStyle + "”");
        }
        int depth = integer(m, "depth", path, 3);
        if (depth < 1 || depth > 3) {
            problem(path + ".depth", "应为 1 到 3，实为 " + depth);
        }
        return new TableSpec(
                key,
                optionalText(m, "number", ""),
                text(m, "title", path, true),
                builder,
                enumValue(DisplayUnit.class, m, "unit", path, DisplayUnit.WAN_YUAN),
                format,
                optionalText(m, "preparerLabel", "编制部门"),
                filter,
                columns,
                codeStyle,
                depth,
                Boolean.TRUE.equals(m.get("allClasses")),
                optionalText(m, "classLabel", "{code} {name}"),
                left,
                labels,
                optionalText(m, "emptyNote", ""));
    }

    private static final Set<String> ECONOMIC_ROLES = Set.of("total", "personnel", "public");
    private static final Set<String> THREE_PUBLIC_ROLES = Set.of(
            "total", "ABROAD", "vehicles", "VEHICLE_PURCHASE", "VEHICLE_OPERATION", "RECEPTION", "operatingCosts");

    private void checkRole(String builder, String role, String path) {
        if (TableSpec.ECONOMIC_BASIC.equals(builder) && !ECONOMIC_ROLES.contains(role)) {
            problem(path, "经济分类表的列角色应为 " + new java.util.TreeSet<>(ECONOMIC_ROLES) + "，实为“" + role + "”");
        }
        if (TableSpec.THREE_PUBLIC.equals(builder) && !THREE_PUBLIC_ROLES.contains(role)) {
            problem(path, "“三公”表的列角色应为 " + new java.util.TreeSet<>(THREE_PUBLIC_ROLES) + "，实为“" + role + "”");
        }
    }

    /** Every income source the table counts must land in some row, or the displayed total would not add up. */
    private void checkIncomeCoverage(List<FixedRow> rows, LineFilter filter, String path) {
        Set<IncomeSource> covered = EnumSet.noneOf(IncomeSource.class);
        Set<String> keys = new java.util.HashSet<>();
        for (FixedRow r : rows) {
            keys.add(r.key());
            if (r.partOf().isEmpty()) {
                for (IncomeSource s : r.sources()) {
                    if (!covered.add(s)) {
                        problem(path + ".leftRows", "收入来源 " + s + " 在多个顶层行中重复计数");
                    }
                }
            }
        }
        for (FixedRow r : rows) {
            if (!r.partOf().isEmpty() && !keys.contains(r.partOf())) {
                problem(path + ".leftRows", "行“" + r.key() + "”的 partOf “" + r.partOf() + "”不存在");
            }
        }
        for (IncomeSource s : IncomeSource.values()) {
            if (filter.accepts(s) && !covered.contains(s)) {
                problem(path + ".leftRows", "收入来源 " + s + " 没有对应的顶层行");
            }
        }
    }

    private LineFilter filter(Object o, String path) {
        if (o == null) {
            return LineFilter.ALL;
        }
        Map<String, Object> m = object(o, path);
        for (String k : m.keySet()) {
            if (!Set.of("funds", "kinds", "economic", "sources").contains(k)) {
                problem(path + "." + k, "未知的过滤字段，应为 funds、kinds、economic 或 sources");
            }
        }
        String econ = optionalText(m, "economic", "");
        if (!econ.matches("\\d{0,5}")) {
            problem(path + ".economic", "经济分类前缀应为数字，实为“" + econ + "”");
        }
        return new LineFilter(
                enumSet(FundSource.class, m.get("funds"), path + ".funds"),
                enumSet(ExpenditureKind.class, m.get("kinds"), path + ".kinds"),
                econ,
                enumSet(IncomeSource.class, m.get("sources"), path + ".sources"));
    }

    private <E extends Enum<E>> Set<E> enumSet(Class<E> type, Object o, String path) {
        Set<E> set = EnumSet.noneOf(type);
        if (o == null) {
            return set;
        }
        if (!(o instanceof List<?> list)) {
            problem(path, "应为数组");
            return set;
        }
        for (Object v : list) {
            E e = parseEnum(type, v, path);
            if (e != null) {
                set.add(e);
            }
        }
        return set;
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, Map<String, Object> m, String key, String path, E fallback) {
        Object v = m.get(key);
        if (v == null) {
            return fallback;
        }
        E e = parseEnum(type, v, path + "." + key);
        return e == null ? fallback : e;
    }

    private <E extends Enum<E>> E parseEnum(Class<E> type, Object v, String path) {
        if (v instanceof String s) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equalsIgnoreCase(s)) {
                    return e;
                }
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name());
        }
        problem(path, "未知的取值“" + v + "”，应为 " + names);
        return null;
    }

    private String text(Map<String, Object> m, String key, String path, boolean required) {
        Object v = m.get(key);
        if (v == null) {
            if (required) {
                problem(path + "." + key, "缺少必填字段");
            }
            return "";
        }
        return stringOf(v, path + "." + key);
    }

    private String optionalText(Map<String, Object> m, String key, String fallback) {
        Object v = m.get(key);
        return v == null ? fallback : stringOf(v, key);
    }

    private String stringOf(Object v, String path) {
        if (v instanceof String s) {
            return s;
        }
        problem(path, "应为字符串");
        return "";
    }

    private int integer(Map<String, Object> m, String key, String path, int fallback) {
        Object v = m.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof BigDecimal d && d.stripTrailingZeros().scale() <= 0) {
            return d.intValue();
        }
        problem(path + "." + key, "应为整数");
        return fallback;
    }

    private List<String> strings(Map<String, Object> m, String key, String path) {
        List<String> out = new ArrayList<>();
        for (Object o : list(m, key, path, true)) {
            out.add(stringOf(o, path + "." + key));
        }
        return out;
    }

    private List<Object> list(Map<String, Object> m, String key, String path, boolean required) {
        Object v = m.get(key);
        if (v == null) {
            if (required) {
                problem(path + "." + key, "缺少必填字段");
            }
            return List.of();
        }
        if (v instanceof List<?> l) {
            return new ArrayList<>(l);
        }
        problem(path + "." + key, "应为数组");
        return List.of();
    }

    private Map<String, Object> object(Object o, String path) {
        if (o instanceof Map<?, ?> map) {
            return cast(map);
        }
        problem(path, o == null ? "缺少必填字段" : "应为对象");
        return Map.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    private void problem(String path, String what) {
        problems.add(source + " " + path + "：" + what);
    }
}
