package org.gongkai.formats.read.docx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.gongkai.core.disclosure.SourceRef;
import org.gongkai.formats.read.Extractor;
import org.gongkai.formats.read.RawDocument;
import org.gongkai.formats.read.RawItem;
import org.gongkai.formats.read.UnreadableDocumentException;
import org.gongkai.formats.read.limits.Bounded;
import org.gongkai.formats.read.office.OfficeSniff;
import org.gongkai.formats.read.office.PoiGuard;
import org.gongkai.formats.read.xlsx.XlsxExtractor;

/**
 * Reads a Word document (.docx): body paragraphs as lines and real tables as grids, in document order.
 * Merged cells leave "" in the cells they cover; a table nested in a cell is flattened into that cell's
 * text; paragraphs in text boxes follow the paragraph that anchors them. Old binary .doc files are refused with a clear reason. Line numbers in the source references
 * count body paragraphs and table rows from the start of the document.
 */
public final class DocxExtractor implements Extractor {
    @Override
    public String format() {
        return "DOCX";
    }

    @Override
    public boolean sniff(byte[] head) {
        OfficeSniff.Kind kind = OfficeSniff.kind(head);
        return kind == OfficeSniff.Kind.DOCX || kind == OfficeSniff.Kind.OOXML_UNKNOWN || kind == OfficeSniff.Kind.DOC;
    }

    @Override
    public RawDocument extract(Path file) throws UnreadableDocumentException {
        return Bounded.call(format(), file, () -> read(file));
    }

    private RawDocument read(Path file) throws IOException, UnreadableDocumentException {
        String name = file.getFileName().toString();
        byte[] head = head(file);
        OfficeSniff.Kind kind = OfficeSniff.kind(head);
        if (kind == OfficeSniff.Kind.DOC) {
            throw new UnreadableDocumentException("不支持 Word 97-2003 (.doc) 格式，请另存为 .docx 后再读取：" + name);
        }
        if (kind == OfficeSniff.Kind.XLSX) {
            return new XlsxExtractor().extract(file);
        }
        PoiGuard.ensure();
        try (InputStream in = Files.newInputStream(file);
                XWPFDocument doc = new XWPFDocument(in)) {
            Walker walker = new Walker();
            walker.body(doc.getBodyElements());
            return new RawDocument(name, walker.items);
        } catch (org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException
                | org.apache.poi.ooxml.POIXMLException e) {
            if (looksLikeWorkbook(file)) {
                return new XlsxExtractor().extract(file);
            }
            throw new UnreadableDocumentException("DOCX 文件已损坏或不是 Word 文档，无法读取：" + name, e);
        }
    }

    private static boolean looksLikeWorkbook(Path file) {
        try (org.apache.poi.openxml4j.opc.OPCPackage pkg = org.apache.poi.openxml4j.opc.OPCPackage.open(
                file.toFile(), org.apache.poi.openxml4j.opc.PackageAccess.READ)) {
            return !pkg.getPartsByName(java.util.regex.Pattern.compile("/xl/workbook\\.xml"))
                    .isEmpty();
        } catch (Exception | Error e) {
            return false;
        }
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(8192);
        }
    }

    /** Walks the body in order, numbering paragraphs and table rows. */
    private static final class Walker {
        final List<RawItem> items = new ArrayList<>();
        int line;

        void body(List<IBodyElement> elements) {
            for (IBodyElement element : elements) {
                if (element instanceof XWPFParagraph p) {
                    paragraph(p.getText());
                    TextBoxes.texts(p).forEach(this::paragraph);
                } else if (element instanceof XWPFTable t) {
                    table(t);
                } else if (element instanceof XWPFSDT sdt) {
                    for (String text : sdt.getContent().getText().split("\n")) {
                        paragraph(text);
                    }
                }
            }
        }

        private void paragraph(String text) {
            line++;
            String clean = text.strip();
            if (!clean.isEmpty()) {
                items.add(new RawItem.Line(clean, SourceRef.line(line)));
            }
        }

        private void table(XWPFTable table) {
            List<List<String>> rows = TableGrid.rows(table);
            if (rows.isEmpty()) {
                return;
            }
            List<SourceRef> refs = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                refs.add(SourceRef.line(line + 1 + i));
            }
            line += rows.size();
            items.add(new RawItem.Grid(rows, refs, refs.get(0)));
        }
    }
}
