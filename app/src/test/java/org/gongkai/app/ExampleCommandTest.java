package org.gongkai.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gongkai.core.examples.Examples;
import org.gongkai.core.json.BudgetCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExampleCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsTheExampleBudget() {
        CliRun run = CliRun.of("example");
        assertThat(run.exitCode()).isZero();
        assertThat(BudgetCodec.read(run.out()).unit().name()).isEqualTo("克州电子政务服务中心");
    }

    @Test
    void writesTheExampleToAFile() throws Exception {
        Path file = dir.resolve("示例.json");
        CliRun run = CliRun.of("example", "-o", file.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(Examples.kezhou2021Json());
        assertThat(run.err()).contains("gongkai render " + file);
    }

    @Test
    void unwritableTargetIsExitTwoWithAMessage() {
        Path file = dir.resolve("没有这个目录").resolve("示例.json");
        CliRun run = CliRun.of("example", "-o", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("所在目录不存在").contains(file.toString()).doesNotContain("Exception");
    }

    @Test
    void helpIsChinese() {
        CliRun run = CliRun.of("example", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("用法：")
                .contains("选项：")
                .contains("显示此帮助信息并退出")
                .contains("写入此文件")
                .doesNotContain("Usage:")
                .doesNotContain("Show this help");
    }

    @Test
    void rootHelpListsTheCommandsInChinese() {
        CliRun run = CliRun.of("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("命令：")
                .contains("render")
                .contains("example")
                .doesNotContain("Commands:");
        assertThat(CliRun.of("help", "render").out()).contains("输出格式");
    }
}
