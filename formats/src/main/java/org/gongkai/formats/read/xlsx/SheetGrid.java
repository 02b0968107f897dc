package org.gongkai.formats.read.xlsx;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.gongkai.core.disclosure.SourceRef;
import org.gongkai.formats.read.RawItem;
import org.gongkai.formats.read.limits.Limits;
import org.gongkai.formats.read.limits.TooLargeException;

/** Turns one sheet into a grid of displayed cell texts; keeps a running cell count for the whole workbook. */
final class SheetGrid {
    private final DataFormatter formatter = new DataFormatter(java.util.Locale.CHINA);
    private long cells;

    SheetGrid() {
        formatter.setUseCachedValuesForFormulaCells(true);
    }

    Optional<RawItem.Grid> read(Sheet sheet) {
        Set<Long> covered = coveredCells(sheet);
        List<List<String>> rows = new ArrayList<>();
        List<SourceRef> refs = new ArrayList<>();
        int width = 0;
        int lastUsed = -1;
        for (int r = sheet.getFirstRowNum(); r >= 0 && r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> out = new ArrayList<>();
            if (row != null && row.getLastCellNum() > 0) {
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    String text = cell == null || covered.contains(key(r, c)) ? "" : display(cell);
                    out.add(text);
                }
            }
            cells += Math.max(out.size(), 1);
            if (cells > Limits.MAX_CELLS) {
                throw new TooLargeException("单元格超过 " + Limits.MAX_CELLS + " 个");
            }
            while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
                out.remove(out.size() - 1);
            }
            if (!out.isEmpty()) {
                lastUsed = rows.size();
            }
            width = Math.max(width, out.size());
            rows.add(out);
            refs.add(new SourceRef(0, r + 1, sheet.getSheetName()));
        }
        if (lastUsed < 0) {
            return Optional.empty();
        }
        rows = new ArrayList<>(rows.subList(0, lastUsed + 1));
        refs = new ArrayList<>(refs.subList(0, lastUsed + 1));
        // leading empty rows carry nothing
        while (rows.get(0).isEmpty()) {
            rows.remove(0);
            refs.remove(0);
        }
        for (List<String> row : rows) {
            while (row.size() < width) {
                row.add("");
            }
        }
        return Optional.of(new RawItem.Grid(rows, refs, new SourceRef(0, 0, sheet.getSheetName())));
    }

    private String display(Cell cell) {
        try {
            return formatter.formatCellValue(cell).strip();
        } catch (RuntimeException e) {
            return ""; // an unformattable value (broken style or formula cache) reads as blank
        }
    }

    /** Cells inside a merged region other than its top-left one. */
    private static Set<Long> coveredCells(Sheet sheet) {
        Set<Long> covered = new HashSet<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            long area = (long) (region.getLastRow() - region.getFirstRow() + 1)
                    * (region.getLastColumn() - region.getFirstColumn() + 1);
            if (area > Limits.MAX_CELLS) {
                continue; // a whole-column merge: its covered cells are blank anyway
            }
            for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
                for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
                    if (r != region.getFirstRow() || c != region.getFirstColumn()) {
                        covered.add(key(r, c));
                    }
                }
            }
        }
        return covered;
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }
}
