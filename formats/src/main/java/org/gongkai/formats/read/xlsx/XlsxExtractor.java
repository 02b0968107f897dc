package org.gongkai.formats.read.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.gongkai.formats.read.Extractor;
import org.gongkai.formats.read.RawDocument;
import org.gongkai.formats.read.RawItem;
import org.gongkai.formats.read.UnreadableDocumentException;
import org.gongkai.formats.read.limits.Bounded;
import org.gongkai.formats.read.office.OfficeSniff;
import org.gongkai.formats.read.office.PoiGuard;

/**
 * Reads an Excel workbook (.xlsx or the older .xls): one grid per non-empty sheet, cells as displayed
 * (number formats applied, formulas shown by their saved result), merged regions with their text in the
 * top-left cell only. Source references carry the sheet name and the 1-based row number.
 */
public final class XlsxExtractor implements Extractor {
    @Override
    public String format() {
        return "XLSX";
    }

    @Override
    public boolean sniff(byte[] head) {
        OfficeSniff.Kind kind = OfficeSniff.kind(head);
        return kind == OfficeSniff.Kind.XLSX || kind == OfficeSniff.Kind.XLS || kind == OfficeSniff.Kind.OLE2_UNKNOWN;
    }

    @Override
    public RawDocument extract(Path file) throws UnreadableDocumentException {
        return Bounded.call(format(), file, () -> read(file));
    }

    private RawDocument read(Path file) throws IOException, UnreadableDocumentException {
        String name = file.getFileName().toString();
        PoiGuard.ensure();
        checkOle2(file, name);
        try (InputStream in = Files.newInputStream(file);
                Workbook workbook = WorkbookFactory.create(in)) {
            SheetGrid grid = new SheetGrid();
            List<RawItem> items = new ArrayList<>();
            for (Sheet sheet : workbook) {
                grid.read(sheet).ifPresent(g -> items.addAll(TextSheet.items(g)));
            }
            return new RawDocument(name, items);
        } catch (EncryptedDocumentException e) {
            throw new UnreadableDocumentException("Excel 文件已加密，需要密码才能打开，无法读取：" + name);
        }
    }

    /** An OLE2 file may be a Word .doc or a password-protected OOXML file rather than an .xls. */
    private static void checkOle2(Path file, String name) throws IOException, UnreadableDocumentException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        }
        OfficeSniff.Kind kind = OfficeSniff.kind(java.util.Arrays.copyOf(head, 8));
        if (kind != OfficeSniff.Kind.OLE2_UNKNOWN && kind != OfficeSniff.Kind.XLS && kind != OfficeSniff.Kind.DOC) {
            return;
        }
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                throw new UnreadableDocumentException("Office 文件已加密，需要密码才能打开，无法读取：" + name);
            }
            if (root.hasEntry("WordDocument")) {
                throw new UnreadableDocumentException("不支持 Word 97-2003 (.doc) 格式，请另存为 .docx 后再读取：" + name);
            }
            if (!root.hasEntry("Workbook") && !root.hasEntry("WORKBOOK") && !root.hasEntry("Book")) {
                throw new UnreadableDocumentException("不是 Excel 工作簿（OLE2 文件中没有工作簿数据），无法读取：" + name);
            }
        }
    }
}
