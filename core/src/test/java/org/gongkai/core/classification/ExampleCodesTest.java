package org.gongkai.core.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.core.SharedDir;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The codes the 2021 example prints in its tables check against the shipped lists: none is malformed or
 * unknown, and the one misprinted name the example has (30299 印为 其他商品服务支出) is caught.
 */
class ExampleCodesTest {
    private static final List<List<String>> RECORDS = new ArrayList<>();
    private final Classifications y2021 = ReferenceData.forYear(2021);

    @BeforeAll
    static void readExample() throws IOException {
        List<String> cells = new ArrayList<>();
        for (String line : Files.readAllLines(SharedDir.example(), StandardCharsets.UTF_8)) {
            if (line.isEmpty()) { // an empty cell is a lone tab; only a truly empty line ends a record
                RECORDS.add(List.copyOf(cells));
                cells.clear();
            } else {
                cells.add(line.strip());
            }
        }
        RECORDS.add(List.copyOf(cells));
    }

    @Test
    void functionCodesPrintedSplitAreKnownWithTheirNames() {
        Map<String, String> printed = new LinkedHashMap<>();
        for (List<String> r : RECORDS) {
            // 类 | 款 | 项 | name: a 类 row leaves 款/项 empty, a 款 row leaves 项 empty
            if (r.size() >= 4
                    && r.get(0).matches("2\\d\\d")
                    && Codes.normalize(r.get(3)).isEmpty()) {
                String code = Codes.normalize(r.get(0) + " " + r.get(1) + " " + r.get(2));
                printed.putIfAbsent(code, r.get(3));
            }
        }
        assertThat(printed).containsOnlyKeys("201", "20105", "2010504");
        printed.forEach((code, name) ->
                assertThat(y2021.checkFunction(code, name).status()).as(code).isEqualTo(CodeStatus.VALID));
    }

    @Test
    void economicCodesAreKnownAndTheMisprintedNameIsCaught() {
        Map<String, CodeCheck> checks = new LinkedHashMap<>();
        for (List<String> r : RECORDS) {
            // 表六 prints 类 | last three digits of the 款 ("301 | 103" = 30103) | name
            if (r.size() >= 3 && r.get(0).matches("3\\d\\d") && r.get(1).matches("\\d{3}")) {
                String code = r.get(0).substring(0, 2) + r.get(1);
                checks.putIfAbsent(code + " " + r.get(2), y2021.checkDepartmentEconomic(code, r.get(2)));
            }
        }
        assertThat(checks).hasSizeGreaterThan(15);
        assertThat(checks.values())
                .extracting(CodeCheck::status)
                .doesNotContain(CodeStatus.MALFORMED, CodeStatus.UNKNOWN);
        Map<String, CodeCheck> mismatches = new LinkedHashMap<>(checks);
        mismatches.values().removeIf(c -> c.status() == CodeStatus.VALID);
        assertThat(mismatches).containsOnlyKeys("30299 其他商品服务支出");
        assertThat(mismatches.get("30299 其他商品服务支出").officialName()).isEqualTo("其他商品和服务支出");
    }
}
