package org.gongkai.formats.read.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.core.disclosure.SourceRef;
import org.gongkai.formats.read.RawDocument;
import org.gongkai.formats.read.RawItem;
import org.gongkai.formats.read.UnreadableDocumentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class DocxExtractorTest {
    private final DocxExtractor extractor = new DocxExtractor();

    @TempDir
    Path dir;

    @Test
    void paragraphsAndTablesInDocumentOrderWithMergedCellsBlank() throws Exception {
        Path file = sample(dir.resolve("d.docx"));

        RawDocument doc = extractor.extract(file);

        assertThat(doc.items()).hasSize(3);
        assertThat(doc.items().get(0)).isEqualTo(new RawItem.Line("一、部门主要职能", SourceRef.line(1)));
        RawItem.Grid grid = (RawItem.Grid) doc.items().get(1);
        assertThat(grid.rows())
                .containsExactly(
                        List.of("项目", "预算数", ""), // "预算数" spans two grid columns
                        List.of("基本支出", "100.00", "人员 50.00\n公用 50.00"), // nested table flattened
                        List.of("", "200.00", "")); // vertically merged with "基本支出"
        assertThat(grid.rowRefs()).extracting(SourceRef::line).containsExactly(3, 4, 5);
        assertThat(doc.items().get(2)).isEqualTo(new RawItem.Line("注：本表单位为万元。", SourceRef.line(6)));
    }

    @Test
    void textBoxParagraphsFollowTheirAnchorOnce() throws Exception {
        Path blank = DocxExtractorTest.sample(dir.resolve("base.docx"));
        Path file = dir.resolve("box.docx");
        String box = "<w:txbxContent><w:p><w:r><w:t>单位：万元</w:t></w:r></w:p></w:txbxContent>";
        String anchored = "<w:p><w:r><w:t>表一</w:t></w:r><w:r><mc:AlternateContent>"
                + "<mc:Choice Requires=\"wps\"><w:drawing><wps:txbx>" + box + "</wps:txbx></w:drawing></mc:Choice>"
                + "<mc:Fallback><w:pict><v:textbox>" + box + "</v:textbox></w:pict></mc:Fallback>"
                + "</mc:AlternateContent></w:r></w:p>";
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"" + W + "\""
                + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
                + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
                + " xmlns:v=\"urn:schemas-microsoft-com:vml\" mc:Ignorable=\"wps\">"
                + "<w:body>" + anchored + p("正文") + "</w:body></w:document>";
        replaceEntry(blank, file, "word/document.xml", xml);

        List<RawItem> items = extractor.extract(file).items();

        assertThat(items).extracting(i -> ((RawItem.Line) i).text()).containsExactly("表一", "单位：万元", "正文");
    }

    @Test
    void sniffsDocxAndOldDocButNotWorkbooks() throws Exception {
        Path file = sample(dir.resolve("d.docx"));
        assertThat(extractor.sniff(head(file))).isTrue();
        assertThat(extractor.sniff("PK\3\4\0\0[Content_Types].xml xl/workbook.xml".getBytes(StandardCharsets.US_ASCII)))
                .isFalse();
        assertThat(extractor.sniff("%PDF-1.4".getBytes(StandardCharsets.US_ASCII)))
                .isFalse();
    }

    @Test
    void oldWordDocIsRefusedWithReason() throws Exception {
        Path file = dir.resolve("old.doc");
        try (POIFSFileSystem fs = new POIFSFileSystem();
                OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), "WordDocument");
            fs.writeFilesystem(out);
        }

        assertThat(extractor.sniff(head(file))).isTrue();
        assertThatThrownBy(() -> extractor.extract(file))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining(".doc")
                .hasMessageContaining("docx");
    }

    @Test
    void externalEntitiesAreNeverResolved() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-42");
        Path good = sample(dir.resolve("good.docx"));
        Path evil = dir.resolve("evil.docx");
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body><w:p><w:r><w:t>before &xxe; after</w:t></w:r></w:p></w:body></w:document>";
        replaceEntry(good, evil, "word/document.xml", xml);

        try {
            RawDocument doc = extractor.extract(evil);
            assertThat(doc.items().toString()).doesNotContain("TOP-SECRET-42");
        } catch (UnreadableDocumentException e) {
            assertThat(e.getMessage()).contains("DOCX").doesNotContain("TOP-SECRET-42");
        }
    }

    @Test
    void corruptDocxIsUnreadableWithReason() throws Exception {
        Path good = sample(dir.resolve("good.docx"));
        Path broken = dir.resolve("broken.docx");
        byte[] bytes = Files.readAllBytes(good);
        Files.write(broken, java.util.Arrays.copyOf(bytes, bytes.length / 3));

        assertThatThrownBy(() -> extractor.extract(broken))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("DOCX")
                .hasMessageContaining("broken.docx");
    }

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static Path sample(Path file) throws Exception {
        Path blank = file.resolveSibling("blank-" + file.getFileName());
        try (XWPFDocument doc = new XWPFDocument();
                OutputStream out = Files.newOutputStream(blank)) {
            doc.createParagraph().createRun().setText("placeholder");
            doc.write(out);
        }
        String body = p("一、部门主要职能")
                + "<w:p/>" // an empty paragraph: counted, not emitted
                + "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
                + "<w:tr>" + tc("", p("项目")) + tc("<w:gridSpan w:val=\"2\"/>", p("预算数")) + "</w:tr>"
                + "<w:tr>" + tc("<w:vMerge w:val=\"restart\"/>", p("基本支出")) + tc("", p("100.00"))
                + tc(
                        "",
                        "<w:tbl><w:tr>" + tc("", p("人员")) + tc("", p("50.00")) + "</w:tr><w:tr>" + tc("", p("公用"))
                                + tc("", p("50.00")) + "</w:tr></w:tbl>" + "<w:p/>")
                + "</w:tr>"
                + "<w:tr>" + tc("<w:vMerge/>", "<w:p/>") + tc("", p("200.00")) + tc("", "<w:p/>") + "</w:tr>"
                + "</w:tbl>"
                + p("注：本表单位为万元。");
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + "<w:document xmlns:w=\"" + W
                + "\"><w:body>" + body + "</w:body></w:document>";
        replaceEntry(blank, file, "word/document.xml", xml);
        return file;
    }

    private static String p(String text) {
        return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    private static String tc(String props, String content) {
        return "<w:tc><w:tcPr>" + props + "</w:tcPr>" + content + "</w:tc>";
    }

    private static byte[] head(Path file) throws Exception {
        try (var in = Files.newInputStream(file)) {
            return in.readNBytes(8192);
        }
    }

    private static void replaceEntry(Path from, Path to, String name, String content) throws Exception {
        try (ZipFile zip = new ZipFile(from.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(name)) {
                    out.write(content.getBytes(StandardCharsets.UTF_8));
                } else {
                    try (var in = zip.getInputStream(entry)) {
                        in.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
    }
}
