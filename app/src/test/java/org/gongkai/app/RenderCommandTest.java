package org.gongkai.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gongkai.core.examples.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void badAmountIsExitTwoWithFileAndJsonPath() throws Exception {
        Path file = write(
                "预算.json",
                Examples.kezhou2021Json().replaceFirst("\"amount\": \"526250.00\"", "\"amount\": \"12.345\""));
        CliRun run = CliRun.of("render", file.toString(), "--format", "md");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains(file.toString())
                .contains("$.expenditure[0].amount：应为金额（元，最多两位小数），实际为 \"12.345\"")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void everyProblemIsListed() throws Exception {
        Path file = write(
                "预算.json",
                Examples.kezhou2021Json()
                        .replaceFirst("\"amount\": \"526250.00\"", "\"amount\": -5")
                        .replaceFirst("\"divisions\"", "\"divisons\""));
        CliRun run = CliRun.of("render", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("2 处问题")
                .contains("$.expenditure[0].amount")
                .contains("$.unit.divisons");
    }

    @Test
    void brokenJsonSyntaxNamesLineAndColumn() throws Exception {
        Path file = write("坏.json", "{\n  \"fiscalYear\": 2021,\n}");
        CliRun run = CliRun.of("render", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(file.toString()).contains("第3行");
    }

    @Test
    void missingFileIsExitTwoWithAClearMessage() {
        Path file = dir.resolve("不存在.json");
        CliRun run = CliRun.of("render", file.toString(), "--format", "html");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("找不到文件 " + file).doesNotContain("Exception");
    }

    @Test
    void notUtf8IsExitTwo() throws Exception {
        Path file = dir.resolve("gbk.json");
        Files.write(file, "{\"a\": \"预算\"}".getBytes("GBK"));
        CliRun run = CliRun.of("render", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("不是 UTF-8");
    }

    @Test
    void unknownFormatIsExitTwoListingTheFormats() throws Exception {
        Path file = write("预算.json", Examples.kezhou2021Json());
        CliRun run = CliRun.of("render", file.toString(), "--format", "docx");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("docx").contains("md、html、json、txt");
    }

    @Test
    void missingArgumentIsExitTwoWithUsage() {
        CliRun run = CliRun.of("render");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("参数错误：缺少必需的参数：预算.json").contains("用法：");
    }

    @Test
    void unknownOptionIsExitTwoInChinese() throws Exception {
        Path file = write("预算.json", Examples.kezhou2021Json());
        CliRun run = CliRun.of("render", file.toString(), "--fromat", "md");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("无法识别的参数：--fromat");
    }

    @Test
    void helpIsChinese() {
        CliRun run = CliRun.of("render", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("用法：")
                .contains("参数：")
                .contains("预算数据文件")
                .contains("输出格式：md、html、json、txt（默认：md）")
                .contains("退出码：")
                .doesNotContain("Usage:");
    }
}
