package org.gongkai.core.audit;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Invariant 4: {@code docs/rules.md} is generated from the catalogue and must not be stale. Run with
 * {@code -Dgongkai.regenerateDocs=true} to rewrite it (see {@link RuleCatalogueDoc#REGENERATE_COMMAND}).
 */
class RuleCatalogueDocTest {
    @Test
    void docsRulesMdIsCurrent() throws IOException {
        Path file = Path.of("..", "docs", "rules.md");
        String expected = RuleCatalogueDoc.markdown();
        if (Boolean.getBoolean("gongkai.regenerateDocs")) {
            Files.writeString(file, expected, StandardCharsets.UTF_8);
            return;
        }
        String actual = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        if (!actual.equals(expected)) {
            fail("docs/rules.md is stale; run " + RuleCatalogueDoc.REGENERATE_COMMAND);
        }
    }
}
