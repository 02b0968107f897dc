package org.gongkai.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gongkai.core.examples.Examples;
import org.gongkai.core.json.BudgetCodec;
import org.junit.jupiter.api.Test;

/** The published budget schema agrees with the example fixture and with what the codec writes. */
class BudgetSchemaTest {
    private static final Schema SCHEMA = load();

    private static Schema load() {
        try (InputStream in = BudgetCodec.class.getResourceAsStream("budget.schema.json")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(text, InputFormat.JSON);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> errors(String json) {
        return SCHEMA.validate(json, InputFormat.JSON).stream()
                .map(Error::toString)
                .toList();
    }

    @Test
    void exampleFixtureIsValid() {
        assertThat(errors(Examples.kezhou2021Json())).isEmpty();
    }

    @Test
    void whatTheCodecWritesIsValid() {
        assertThat(errors(BudgetCodec.write(Examples.kezhou2021(), List.of("说明"))))
                .isEmpty();
    }

    @Test
    void brokenCopyFailsWhereItIsBroken() {
        String broken = Examples.kezhou2021Json()
                .replaceFirst("\"amount\": \"526250.00\"", "\"amount\": \"52.6.25\"")
                .replaceFirst("\"fiscalYear\": 2021", "\"fiscalYear\": \"2021\"")
                .replaceFirst("\"divisions\"", "\"divisons\"");
        List<String> errors = errors(broken);
        assertThat(errors).anyMatch(e -> e.contains("/expenditure/0/amount"));
        assertThat(errors).anyMatch(e -> e.contains("/fiscalYear"));
        assertThat(errors).anyMatch(e -> e.contains("divisons"));
    }

    @Test
    void missingRequiredSectionFails() {
        String broken = Examples.kezhou2021Json().replaceFirst("\"income\"", "\"incomes\"");
        assertThat(errors(broken)).anyMatch(e -> e.contains("income")).hasSizeGreaterThanOrEqualTo(2);
    }
}
