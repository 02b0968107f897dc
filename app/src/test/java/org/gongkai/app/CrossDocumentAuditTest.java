package org.gongkai.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.SharedDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gongkai audit} over a 部门 and a 单位 disclosure of the same body: the "跨文件核对" pass. */
class CrossDocumentAuditTest {
    private static final String DEPT_PDF = "011_putuo_zhengfuban_2025_dept_budget.pdf";
    private static final String UNIT_PDF = "012_putuo_zhengfuban_2025_unit_budget.pdf";

    @TempDir
    Path dir;

    @Test
    void thePublishedDepartmentAndUnitBudgetsAgreeCellByCell() throws Exception {
        Path dept = SharedDir.corpus(DEPT_PDF);
        Path unit = SharedDir.corpus(UNIT_PDF);

        CliRun text = CliRun.of("audit", "--quiet", dept.toString(), unit.toString());

        assertThat(text.out()).contains("━━ 跨文件核对", "《" + DEPT_PDF + "》（部门）与《" + UNIT_PDF + "》（单位）", "部门仅含此单位");
        String section = text.out().substring(text.out().indexOf("━━ 跨文件核对"));
        assertThat(section).contains("错误 0 项，警告 0 项").contains("未发现问题");
        assertThat(text.out()).doesNotContain("XDOC.");
        assertThat(text.exitCode()).isZero();

        JsonNode json = new ObjectMapper()
                .readTree(CliRun.of("audit", "--quiet", dept.toString(), unit.toString(), "--format", "json")
                        .out());
        JsonNode cross = json.get("crossDocument");
        assertThat(cross.get("pairs")).hasSize(1);
        assertThat(cross.get("findings")).isEmpty();
        assertThat(json.get("documents")).hasSize(2);
    }

    @Test
    void aFigureChangedInTheUnitsCopyIsReportedAtBothFilesAndCounted() throws Exception {
        Path dept = dir.resolve("部门.txt");
        Path unit = dir.resolve("单位.txt");
        Files.copy(SharedDir.corpus(DEPT_PDF.replace(".pdf", ".txt")), dept);
        List<String> lines = new ArrayList<>(
                Files.readAllLines(SharedDir.corpus(UNIT_PDF.replace(".pdf", ".txt")), StandardCharsets.UTF_8));
        int changed = changeFirst(lines, "购房补贴", "1,867,680.00", "1,867,690.00");
        Files.write(unit, lines, StandardCharsets.UTF_8);
        Path summary = dir.resolve("汇总.csv");

        CliRun run = CliRun.of(
                "audit",
                "--quiet",
                dept.toString(),
                unit.toString(),
                "--format",
                "json",
                "--summary",
                summary.toString());

        JsonNode cross = new ObjectMapper().readTree(run.out()).get("crossDocument");
        assertThat(cross.get("pairs")).hasSize(1);
        List<JsonNode> cells = new ArrayList<>();
        cross.get("findings").forEach(f -> {
            if (f.get("rule").asText().equals("XDOC.DEPT-UNIT-CELL")
                    && f.get("locations").get(0).get("row").asText().equals("2210203 购房补贴")) {
                cells.add(f);
            }
        });
        assertThat(cells).isNotEmpty().allSatisfy(f -> {
            assertThat(f.get("severity").asText()).isEqualTo("ERROR");
            assertThat(f.get("actual").asText()).isEqualTo("1,867,690.00元");
            assertThat(f.get("expected").asText()).isEqualTo("1,867,680.00元");
            assertThat(f.get("difference").asText()).isEqualTo("10.00元");
            assertThat(f.get("locations").get(0).get("file").asText()).isEqualTo("单位.txt");
            assertThat(f.get("locations").get(1).get("file").asText()).isEqualTo("部门.txt");
            assertThat(f.get("locations").get(0).get("line").asInt()).isEqualTo(changed);
        });
        assertThat(cross.get("counts").get("ERROR").asInt()).isGreaterThanOrEqualTo(cells.size());
        assertThat(run.exitCode()).isEqualTo(1);
        List<String> rows = Files.readAllLines(summary, StandardCharsets.UTF_8);
        assertThat(rows).hasSize(4);
        assertThat(rows.get(3)).startsWith("跨文件核对,有错误").contains("XDOC.DEPT-UNIT-CELL");
    }

    @Test
    void oneDocumentAloneHasNoCrossSection() {
        CliRun run = CliRun.of("audit", "--quiet", SharedDir.corpus(UNIT_PDF).toString());

        assertThat(run.out()).doesNotContain("跨文件核对");
    }

    /** Replaces {@code from} on the first line naming {@code label}; returns that line's 1-based number. */
    private static int changeFirst(List<String> lines, String label, String from, String to) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(label) && lines.get(i).contains(from)) {
                lines.set(i, lines.get(i).replace(from, to));
                return i + 1;
            }
        }
        throw new AssertionError(label + " " + from + " not found");
    }
}
