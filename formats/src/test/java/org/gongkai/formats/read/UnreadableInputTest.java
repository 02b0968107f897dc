package org.gongkai.formats.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input ends in an {@link UnreadableDocumentException} with a Chinese reason, never anything else. */
class UnreadableInputTest {
    @TempDir
    Path tmp;

    @Test
    void emptyFile() throws Exception {
        Path f = Files.write(tmp.resolve("a.txt"), new byte[0]);
        assertThatThrownBy(() -> Readers.read(f))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("文件为空");
    }

    @Test
    void whitespaceOnly() throws Exception {
        Path f = Files.writeString(tmp.resolve("a.txt"), " \n\t\n\u3000\n");
        assertThatThrownBy(() -> Readers.read(f))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("没有任何文字");
    }

    @Test
    void binaryBytes() throws Exception {
        byte[] b = new byte[5000];
        new Random(7).nextBytes(b);
        b[10] = 0;
        Path f = Files.write(tmp.resolve("report.txt"), b);
        assertThatThrownBy(() -> Readers.read(f))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("无法识别文件格式");
    }

    @Test
    void textThatIsNoDisclosure() throws Exception {
        Path f = Files.writeString(tmp.resolve("a.txt"), "hello world\nthis is a shopping list\n3 apples\n");
        assertThatThrownBy(() -> Readers.read(f))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("没有找到预算公开文件的标题或表格");
    }

    @Test
    void tooLarge() throws Exception {
        Path f = tmp.resolve("big.txt");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(Readers.MAX_BYTES + 1);
        }
        assertThatThrownBy(() -> Readers.read(f))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("文件过大");
    }

    @Test
    void missingFile() {
        assertThatThrownBy(() -> Readers.read(tmp.resolve("none.txt")))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("找不到文件");
    }

    @Test
    void smallDisclosureIsRead() throws Exception {
        String text = "第一部分 概况\n一、主要职能\n负责某项工作。\n表一：\n部门收支总体情况表\n单位：元\n"
                + "\t项目\n\t金额\n\n\t一般公共预算\n\t1,200\n\n\t合计\n\t1,200\n";
        Path f = Files.write(tmp.resolve("a.txt"), text.getBytes(Charset.forName("GBK")));
        ReadResult r = Readers.read(f);
        assertThat(r.disclosure().headings()).hasSize(2);
        var t = r.disclosure().table("T1").orElseThrow();
        assertThat(t.unitLabel()).isEqualTo("元");
        assertThat(t.cell("GP_APPROP", "total")).isEqualTo("1,200");
        assertThat(t.cell("total", "total")).isEqualTo("1,200");
    }

    /** Random documents built from the pieces real files are made of never break the reader. */
    @Test
    void randomTextNeverThrowsAnythingElse() throws Exception {
        String[] pieces = {
            "\t",
            "\t合计",
            "\t201",
            "\t05",
            "\t123.45",
            "\t1,234",
            "\t",
            "",
            "",
            "表一：",
            "表十二",
            "部门收支总体情况表",
            "项目支出绩效目标表",
            "编制部门：某单位   单位：万元",
            "单位：元",
            "第一部分 概况",
            "一、说明",
            "（一）情况",
            "\t项目名称",
            "\t一级指标",
            "\t年度资金总额：6",
            "备注：本表为空",
            "=== [page 2] ===",
            "\f",
            "  201  一般公共服务支出   1,000.00   2,000.00",
            "{\"page_texts\": [",
            "abc",
            "\t\t\t",
            "（2021年）",
            "\t302",
            "\t211",
            "\t类",
            "\t款",
            "\t项",
            "- 3 -",
            "本表无数据",
            "\u3000",
            "收入总计",
            "\t年度目标"
        };
        Random random = new Random(20261128);
        TextExtractor text = new TextExtractor();
        for (int round = 0; round < 400; round++) {
            StringBuilder sb = new StringBuilder();
            int lines = random.nextInt(120);
            for (int i = 0; i < lines; i++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
                if (random.nextInt(5) > 0) {
                    sb.append('\n');
                }
            }
            byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
            try {
                Readers.assemble(text.extract("fuzz.txt", bytes), "文本");
            } catch (UnreadableDocumentException e) {
                assertThat(e.getMessage()).isNotBlank();
            }
        }
    }
}
