package org.gongkai.core.json;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.core.disclosure.Block;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.DisclosureInfo;
import org.gongkai.core.disclosure.Heading;
import org.gongkai.core.disclosure.Paragraph;
import org.gongkai.core.disclosure.SourceRef;
import org.gongkai.core.disclosure.Table;
import org.gongkai.core.disclosure.TargetTable;

/**
 * Disclosures as JSON ({@code --format json}, the open-data form). Blocks are written in reading order,
 * each with a {@code "type"} of {@code heading}, {@code paragraph}, {@code table} or {@code targetTable};
 * a source reference is written only when it points somewhere. The written text is canonical (stable
 * key order, one layout), so its SHA-256 identifies the content: see {@link #contentHash}.
 */
public final class DisclosureCodec {
    private DisclosureCodec() {}

    /** The canonical pretty JSON of a disclosure. */
    public static String write(Disclosure d) {
        Map<String, Object> m = new LinkedHashMap<>();
        DisclosureInfo i = d.info();
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("unitName", i.unitName());
        info.put("fiscalYear", i.fiscalYear());
        info.put("kind", i.kind().name());
        info.put("templateId", i.templateId());
        info.put("title", i.title());
        info.put("source", i.source());
        m.put("info", info);
        List<Object> blocks = new ArrayList<>();
        for (Block b : d.blocks()) {
            blocks.add(block(b));
        }
        m.put("blocks", blocks);
        return JsonWriter.write(m);
    }

    /** SHA-256 (lower-case hex) of the canonical JSON in UTF-8: the content hash printed in renderings. */
    public static String contentHash(Disclosure d) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(write(d).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 不可用", e);
        }
    }

    /** Reads a disclosure; throws {@link DisclosureFormatException} with every problem found. */
    public static Disclosure read(String json) {
        Object tree;
        try {
            tree = Json.parse(json);
        } catch (JsonException e) {
            throw new DisclosureFormatException(
                    List.of(new JsonFormatException.Problem("$", "合法的 JSON", e.getMessage())));
        }
        return new DisclosureReader().read(tree);
    }

    private static Map<String, Object> block(Block b) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (b instanceof Heading h) {
            m.put("type", "heading");
            m.put("level", h.level());
            m.put("number", h.number());
            m.put("text", h.text());
        } else if (b instanceof Paragraph p) {
            m.put("type", "paragraph");
            m.put("section", p.section());
            m.put("text", p.text());
        } else if (b instanceof Table t) {
            table(t, m);
        } else if (b instanceof TargetTable t) {
            targetTable(t, m);
        }
        ref(m, b.ref());
        return m;
    }

    private static void table(Table t, Map<String, Object> m) {
        m.put("type", "table");
        m.put("key", t.key());
        m.put("number", t.number());
        m.put("title", t.title());
        m.put("preparer", t.preparer());
        m.put("unitLabel", t.unitLabel());
        List<Object> columns = new ArrayList<>();
        for (Table.Column c : t.columns()) {
            Map<String, Object> col = new LinkedHashMap<>();
            col.put("key", c.key());
            col.put("label", c.label());
            col.put("type", c.type().name());
            columns.add(col);
        }
        m.put("columns", columns);
        List<Object> rows = new ArrayList<>();
        for (Table.Row r : t.rows()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("key", r.key());
            row.put("type", r.type().name());
            row.put("cells", r.cells());
            if (!r.uncertain().isEmpty()) {
                // cells a reader could not place for certain (written only when present: derived
                // disclosures, and so their content hashes, are unchanged)
                row.put("uncertain", new ArrayList<>(new java.util.TreeSet<>(r.uncertain())));
            }
            ref(row, r.ref());
            rows.add(row);
        }
        m.put("rows", rows);
        m.put("notes", t.notes());
    }

    private static void targetTable(TargetTable t, Map<String, Object> m) {
        m.put("type", "targetTable");
        m.put("year", t.year());
        m.put("projectName", t.projectName());
        m.put("unitName", t.unitName());
        m.put("unitLabel", t.unitLabel());
        m.put("total", t.total());
        m.put("fiscal", t.fiscal());
        m.put("other", t.other());
        m.put("goal", t.goal());
        List<Object> indicators = new ArrayList<>();
        for (TargetTable.IndicatorRow r : t.indicators()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("level1", r.level1());
            row.put("level2", r.level2());
            row.put("name", r.name());
            row.put("value", r.value());
            ref(row, r.ref());
            indicators.add(row);
        }
        m.put("indicators", indicators);
    }

    private static void ref(Map<String, Object> m, SourceRef ref) {
        if (ref != null && !ref.equals(SourceRef.NONE)) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("page", ref.page());
            r.put("line", ref.line());
            r.put("sheet", ref.sheet());
            m.put("ref", r);
        }
    }
}
