package org.gongkai.formats.read.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.formats.read.RawDocument;
import org.gongkai.formats.read.RawItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlExtractorTest {
    private static final String PAGE = """
            <!DOCTYPE html>
            <html><head><title>预算公开</title><style>td{color:red}</style><script>var x = "不要";</script></head>
            <body>
            <h1>2025年部门预算</h1>
            <p>收入预算<b>9,101.68</b>万元。</p>
            <table>
              <thead><tr><th rowspan="2">项目</th><th colspan="2">预算数</th></tr>
              <tr><th>基本支出</th><th>项目支出</th></tr></thead>
              <tbody><tr><td>办公费</td><td>100.00</td><td></td></tr>
              <tr><td>合计</td><td colspan="2">100.00</td></tr></tbody>
            </table>
            <div>注：单位为万元。<br>第二行</div>
            </body></html>
            """;

    private final HtmlExtractor extractor = new HtmlExtractor();

    @TempDir
    Path dir;

    @Test
    void tablesExpandedAndTextBlocksInOrder() throws Exception {
        Path file = dir.resolve("page.html");
        Files.writeString(file, PAGE, StandardCharsets.UTF_8);

        RawDocument doc = extractor.extract(file);

        assertThat(doc.items()).hasSize(5);
        assertThat(((RawItem.Line) doc.items().get(0)).text()).isEqualTo("2025年部门预算");
        assertThat(((RawItem.Line) doc.items().get(1)).text()).isEqualTo("收入预算9,101.68万元。");
        RawItem.Grid grid = (RawItem.Grid) doc.items().get(2);
        assertThat(grid.rows())
                .containsExactly(
                        List.of("项目", "预算数", ""),
                        List.of("", "基本支出", "项目支出"),
                        List.of("办公费", "100.00", ""),
                        List.of("合计", "100.00", ""));
        assertThat(grid.rowRefs().get(2).line()).isEqualTo(9);
        assertThat(((RawItem.Line) doc.items().get(3)).text()).isEqualTo("注：单位为万元。");
        assertThat(((RawItem.Line) doc.items().get(4)).text()).isEqualTo("第二行");
        assertThat(doc.items().toString()).doesNotContain("不要").doesNotContain("color");
    }

    @Test
    void charsetFromMetaTag() throws Exception {
        Path file = dir.resolve("gbk-meta.html");
        String page = "<html><head><meta charset=\"gbk\"></head><body><p>一般公共服务支出</p></body></html>";
        Files.write(file, page.getBytes(Charset.forName("GBK")));

        assertThat(extractor.extract(file).items())
                .extracting(i -> ((RawItem.Line) i).text())
                .containsExactly("一般公共服务支出");
    }

    @Test
    void undeclaredNonUtf8PageIsReadAsGb18030() throws Exception {
        Path file = dir.resolve("gbk.html");
        Files.write(file, "<html><body><p>社会保障和就业支出</p></body></html>".getBytes(Charset.forName("GBK")));

        assertThat(extractor.extract(file).items())
                .extracting(i -> ((RawItem.Line) i).text())
                .containsExactly("社会保障和就业支出");
    }

    @Test
    void utf8WithByteOrderMark() throws Exception {
        Path file = dir.resolve("bom.html");
        byte[] body = "<!DOCTYPE html><p>卫生健康支出</p>".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Files.write(file, bytes);

        assertThat(extractor.sniff(bytes)).isTrue();
        assertThat(extractor.extract(file).items())
                .extracting(i -> ((RawItem.Line) i).text())
                .containsExactly("卫生健康支出");
    }

    @Test
    void sniffsMarkupNotPlainTextOrPdf() {
        assertThat(extractor.sniff("  <!doctype HTML><html>".getBytes(StandardCharsets.US_ASCII)))
                .isTrue();
        assertThat(extractor.sniff("<html lang=zh>".getBytes(StandardCharsets.US_ASCII)))
                .isTrue();
        assertThat(extractor.sniff("2025年部门预算\n<html>".getBytes(StandardCharsets.UTF_8)))
                .isFalse();
        assertThat(extractor.sniff("%PDF-1.4".getBytes(StandardCharsets.US_ASCII)))
                .isFalse();
    }
}
