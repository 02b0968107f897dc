package org.gongkai.formats.read.pdf;

import java.nio.file.Path;
import org.gongkai.formats.read.RawDocument;
import org.gongkai.formats.read.RawItem;

/** Prints what the PDF extractor makes of a file (a debugging aid: grids as | separated rows). */
public final class PdfDump {
    private PdfDump() {}

    public static void main(String[] args) throws Exception {
        RawDocument doc = new PdfExtractor().extract(Path.of(args[0]));
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
