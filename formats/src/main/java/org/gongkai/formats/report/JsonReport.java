package org.gongkai.formats.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.core.audit.AuditResult;
import org.gongkai.core.audit.Severity;

/** Findings as JSON: one object per document with its counts and flat findings. */
public final class JsonReport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {}

    public static String render(List<AuditResult> results) {
        return render(results, null);
    }

    /** The documents, then {@code crossDocument} (pairs, counts, findings) when {@code cross} is given. */
    public static String render(List<AuditResult> results, CrossSection cross) {
        List<Map<String, Object>> docs =
                results.stream().map(JsonReport::document).toList();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("documents", docs);
        if (cross != null) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("pairs", cross.pairs());
            Map<String, Long> counts = new LinkedHashMap<>();
            for (Severity s : Severity.values()) {
                counts.put(s.name(), cross.count(s));
            }
            m.put("counts", counts);
            m.put("findings", cross.findings().stream().map(FindingRow::json).toList());
            root.put("crossDocument", m);
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> document(AuditResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", r.source());
        if (r.info() != null) {
            m.put("unit", r.info().unitName());
            m.put("year", r.info().fiscalYear());
            m.put("kind", r.info().kind() == null ? "" : r.info().kind().name());
            m.put("template", r.info().templateId());
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            counts.put(s.name(), r.count(s));
        }
        m.put("counts", counts);
        m.put("findings", r.findings().stream().map(FindingRow::json).toList());
        return m;
    }
}
