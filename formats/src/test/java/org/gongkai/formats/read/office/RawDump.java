package org.gongkai.formats.read.office;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.formats.read.Extractor;
import org.gongkai.formats.read.RawDocument;
import org.gongkai.formats.read.RawItem;
import org.gongkai.formats.read.docx.DocxExtractor;
import org.gongkai.formats.read.html.HtmlExtractor;
import org.gongkai.formats.read.pdf.PdfExtractor;
import org.gongkai.formats.read.xlsx.XlsxExtractor;

/** Prints what the binary-format extractors make of a file (a debugging aid: grids as | separated rows). */
public final class RawDump {
    private RawDump() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        byte[] head;
        try (var in = Files.newInputStream(file)) {
            head = in.readNBytes(8192);
        }
        List<Extractor> all =
                List.of(new PdfExtractor(), new DocxExtractor(), new XlsxExtractor(), new HtmlExtractor());
        Extractor extractor =
                all.stream().filter(e -> e.sniff(head)).findFirst().orElseThrow();
        RawDocument doc = extractor.extract(file);
        for (RawItem item : doc.items()) {
            if (item instanceof RawItem.Line line) {
                System.out.println(line.ref().describe() + " L " + line.text());
            } else if (item instanceof RawItem.Grid grid) {
                System.out.println(
                        grid.ref().describe() + " GRID " + grid.rows().get(0).size() + " cols");
                for (int i = 0; i < grid.rows().size(); i++) {
                    System.out.println("   " + grid.rowRefs().get(i).describe() + " | "
                            + String.join(" | ", grid.rows().get(i)));
                }
            }
        }
    }
}
