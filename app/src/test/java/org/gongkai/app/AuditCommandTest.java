package org.gongkai.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.core.SharedDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {
    @TempDir
    Path dir;

    private Path renderedExample(String format) throws Exception {
        Path budget = dir.resolve("例.json");
        assertThat(CliRun.of("example", "-o", budget.toString()).exitCode()).isZero();
        Path out = dir.resolve("公开." + format);
        assertThat(CliRun.of("render", budget.toString(), "--format", format, "-o", out.toString())
                        .exitCode())
                .isZero();
        return out;
    }

    @Test
    void theExampleHasErrorsAndExitsOne() {
        CliRun run = CliRun.of("audit", SharedDir.example().toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("【错误").contains("位置：").contains("T6.ROW-SUM");
    }

    @Test
    void ourOwnRenderedExampleHasOnlyTheUnitsOwnBadIndicatorAsError() throws Exception {
        // Read back from our own text rendering, the derived example is consistent; the one ERROR left is
        // the unit's own indicator "专网运行故障率（%） 100%", which the fixture keeps as the unit printed it.
        CliRun run = CliRun.of("audit", renderedExample("txt").toString(), "--format", "json");
        JsonNode doc = new ObjectMapper().readTree(run.out()).get("documents").get(0);
        assertThat(doc.get("counts").get("ERROR").asInt()).isEqualTo(1);
        List<String> errorRules = new java.util.ArrayList<>();
        doc.get("findings").forEach(f -> {
            if (f.get("severity").asText().equals("ERROR")) {
                errorRules.add(f.get("rule").asText());
            }
        });
        assertThat(errorRules).containsExactly("TGT.BAD-RATE-HIGH");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void unreadableInputIsExitTwoWithAReason() throws Exception {
        Path junk = dir.resolve("junk.pdf");
        Files.write(junk, new byte[] {0, 1, 2, 3, (byte) 0xff, 0x10, 0});
        CliRun run = CliRun.of("audit", junk.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("无法读取").contains("junk.pdf").doesNotContain("\tat ");
    }

    @Test
    void missingFileIsExitTwo() {
        CliRun run = CliRun.of("audit", dir.resolve("没有这个文件.txt").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("没有这个文件.txt");
    }

    @Test
    void jsonReportIsMachineReadable() throws Exception {
        CliRun run = CliRun.of("audit", SharedDir.example().toString(), "--format", "json");
        JsonNode root = new ObjectMapper().readTree(run.out());
        JsonNode doc = root.get("documents").get(0);
        assertThat(doc.get("counts").get("ERROR").asInt()).isPositive();
        assertThat(doc.get("findings").get(0).get("rule").asText()).isNotBlank();
    }

    @Test
    void folderSummaryHasOneRowPerDocument() throws Exception {
        Path folder = dir.resolve("批量");
        Files.createDirectories(folder);
        Files.copy(SharedDir.example(), folder.resolve("a.txt"));
        Files.write(folder.resolve("b.bin"), new byte[] {0, 0, 0, 1});
        Path summary = dir.resolve("汇总.csv");
        CliRun run = CliRun.of("audit", folder.toString(), "--summary", summary.toString(), "--format", "csv");
        assertThat(run.exitCode()).isEqualTo(2); // one file cannot be read
        List<String> lines = Files.readAllLines(summary, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).contains("a.txt").contains("有错误");
        assertThat(lines.get(2)).contains("b.bin").contains("无法读取");
    }

    @Test
    void xlsxNeedsAnOutputFile() {
        CliRun run = CliRun.of("audit", SharedDir.example().toString(), "--format", "xlsx");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("-o");
    }

    @Test
    void htmlReportMarksFindingsInTheDocument() throws Exception {
        Path out = dir.resolve("报告.html");
        CliRun run = CliRun.of("audit", SharedDir.example().toString(), "--format", "html", "-o", out.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        String html = Files.readString(out);
        assertThat(html).contains("<mark").contains("class=\"n ERROR\"");
    }

    @Test
    void htmlAndXlsxReportsOfADepartmentAndItsUnitHoldTheCrossCheck() throws Exception {
        String dept =
                SharedDir.corpus("011_putuo_zhengfuban_2025_dept_budget.txt").toString();
        String unit =
                SharedDir.corpus("012_putuo_zhengfuban_2025_unit_budget.txt").toString();
        Path html = dir.resolve("两份.html");
        assertThat(CliRun.of("audit", dept, unit, "--format", "html", "-o", html.toString())
                        .exitCode())
                .isZero();
        assertThat(Files.readString(html))
                .contains("<section id=\"cross\"><h1>跨文件核对</h1>")
                .contains("（部门）与《012_putuo_zhengfuban_2025_unit_budget.txt》（单位）");
        Path xlsx = dir.resolve("两份.xlsx");
        assertThat(CliRun.of("audit", dept, unit, "--format", "xlsx", "-o", xlsx.toString())
                        .exitCode())
                .isZero();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
            var summary = wb.getSheet("汇总");
            assertThat(summary.getRow(summary.getLastRowNum()).getCell(0).getStringCellValue())
                    .isEqualTo("跨文件核对");
        }
    }
}
