package org.gongkai.formats.read.docx;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.gongkai.formats.read.limits.Limits;
import org.gongkai.formats.read.limits.TooLargeException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Lays a Word table out on its grid: a cell spanning n grid columns is followed by n-1 empty cells, a
 * cell continuing a vertical merge is empty, cells skipped before a row (gridBefore) are empty, and all
 * rows are padded to the same width.
 */
final class TableGrid {
    private TableGrid() {}

    static List<List<String>> rows(XWPFTable table) {
        List<List<String>> rows = new ArrayList<>();
        int width = 0;
        long cells = 0;
        for (XWPFTableRow row : table.getRows()) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < gridBefore(row); i++) {
                out.add("");
            }
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                boolean continued = pr != null
                        && pr.isSetVMerge()
                        && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() != STMerge.RESTART);
                out.add(continued ? "" : text(cell));
                int span = pr != null && pr.isSetGridSpan()
                        ? pr.getGridSpan().getVal().intValue()
                        : 1;
                for (int i = 1; i < Math.min(span, 1000); i++) {
                    out.add("");
                }
            }
            cells += out.size();
            if (cells > Limits.MAX_CELLS) {
                throw new TooLargeException("表格单元格超过 " + Limits.MAX_CELLS + " 个");
            }
            width = Math.max(width, out.size());
            rows.add(out);
        }
        for (List<String> row : rows) {
            while (row.size() < width) {
                row.add("");
            }
        }
        return rows;
    }

    private static int gridBefore(XWPFTableRow row) {
        CTTrPr pr = row.getCtRow().getTrPr();
        if (pr == null || pr.sizeOfGridBeforeArray() == 0) {
            return 0;
        }
        return Math.min(pr.getGridBeforeArray(0).getVal().intValue(), 1000);
    }

    /** The cell's paragraphs (one per line) with any nested table flattened row by row. */
    private static String text(XWPFTableCell cell) {
        List<String> parts = new ArrayList<>();
        for (IBodyElement element : cell.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                String t = p.getText().strip();
                if (!t.isEmpty()) {
                    parts.add(t);
                }
            } else if (element instanceof XWPFTable nested) {
                for (List<String> row : rows(nested)) {
                    String t = String.join(
                            " ", row.stream().filter(s -> !s.isEmpty()).toList());
                    if (!t.isEmpty()) {
                        parts.add(t);
                    }
                }
            }
        }
        return String.join("\n", parts);
    }
}
