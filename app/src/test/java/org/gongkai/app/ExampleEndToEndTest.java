package org.gongkai.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gongkai.core.json.DisclosureCodec;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A newcomer's first minutes: write the example, render it in every format. */
class ExampleEndToEndTest {
    private static final String[] TITLES = {
        "表一：部门收支总体情况表",
        "表二：部门收入总体情况表",
        "表三：部门支出总体情况表",
        "表四：财政拨款收支预算总体情况表",
        "表五：一般公共预算支出情况表",
        "表六：一般公共预算基本支出情况表",
        "表七：一般公共预算项目支出情况表",
        "表八：一般公共预算“三公”经费支出情况表",
        "表九：政府性基金预算支出情况表"
    };

    @TempDir
    Path dir;

    private Path example() {
        Path budget = dir.resolve("示例.json");
        assertThat(CliRun.of("example", "-o", budget.toString()).exitCode()).isZero();
        return budget;
    }

    @Test
    void exampleRendersToMarkdownWithAllNineTablesNarrativeAndTargets() throws Exception {
        Path budget = example();
        Path md = dir.resolve("示例.md");
        CliRun run = CliRun.of("render", budget.toString(), "--format", "md", "-o", md.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String text = Files.readString(md, StandardCharsets.UTF_8);
        for (String title : TITLES) {
            assertThat(text).contains("#### " + title + "\n");
        }
        assertThat(text)
                .contains("## 第三部分  2021年部门预算情况说明")
                .contains("基本支出174.82万元")
                .contains("\n##### 项目支出绩效目标表（2021年）：综合治理专网租金费\n")
                .contains("## 第四部分  名词解释");
        assertThat(text.split("\n##### 项目支出绩效目标表", -1)).hasSize(7);
    }

    @Test
    void htmlAndJsonAgreeOnTheContentHash() throws Exception {
        Path budget = example();
        CliRun json = CliRun.of("render", budget.toString(), "--format", "json");
        CliRun html = CliRun.of("render", budget.toString(), "--format", "html");
        assertThat(json.exitCode()).isZero();
        assertThat(html.exitCode()).isZero();
        String hash = DisclosureCodec.contentHash(DisclosureCodec.read(json.out()));
        Document doc = Jsoup.parse(html.out());
        assertThat(doc.selectFirst("meta[name=gongkai-content-sha256]").attr("content"))
                .isEqualTo(hash);
        assertThat(doc.select("table > caption").eachText()).hasSizeGreaterThanOrEqualTo(9 + 12);
    }

    @Test
    void plainTextEndsWithTheHash() throws Exception {
        Path budget = example();
        CliRun txt = CliRun.of("render", budget.toString(), "--format", "txt");
        assertThat(txt.exitCode()).isZero();
        assertThat(txt.out())
                .contains("\n表六：\n一般公共预算基本支出情况表\n")
                .containsPattern("内容哈希（SHA-256，规范 JSON）：[0-9a-f]{64}\n$");
    }

    @Test
    void missingReasonIsAWarningOnStandardErrorAndTheDocumentIsStillWritten() throws Exception {
        String json = Files.readString(example(), StandardCharsets.UTF_8)
                .replace("\"reason\": \"2020年年底追加电子政务外网三级等保测评费12万元\"", "\"reason\": \"\"");
        Path budget = dir.resolve("缺原因.json");
        Files.writeString(budget, json, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("render", budget.toString(), "--format", "md");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err())
                .startsWith("警告：" + budget + " $.comparatives['general.project'].reason：")
                .contains("须说明主要原因");
        assertThat(run.out()).contains("#### 表一：部门收支总体情况表");
        assertThat(CliRun.of("render", example().toString()).err()).isEmpty();
    }
}
