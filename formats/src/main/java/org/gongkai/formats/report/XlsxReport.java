package org.gongkai.formats.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.core.audit.AuditResult;
import org.gongkai.core.audit.Finding;
import org.gongkai.core.audit.Severity;

/** Findings as an Excel workbook: sheet 汇总 (one row per document) and sheet 问题清单 (one row per finding). */
public final class XlsxReport {
    private XlsxReport() {}

    public static byte[] render(List<AuditResult> results) {
        return render(results, null);
    }

    /** As above, with a row 跨文件核对 in 汇总 and the cross-document findings in 问题清单 when given. */
    public static byte[] render(List<AuditResult> results, CrossSection cross) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);

            Sheet summary = wb.createSheet("汇总");
            write(summary.createRow(0), List.of("文件", "单位", "年度", "模板", "错误", "警告", "提示"), header);
            int r = 1;
            for (AuditResult res : results) {
                Row row = summary.createRow(r++);
                var info = res.info();
                write(
                        row,
                        List.of(
                                res.source(),
                                info == null ? "" : info.unitName(),
                                info == null || info.fiscalYear() == 0 ? "" : Integer.toString(info.fiscalYear()),
                                info == null ? "" : info.templateId()),
                        null);
                row.createCell(4).setCellValue(res.count(Severity.ERROR));
                row.createCell(5).setCellValue(res.count(Severity.WARNING));
                row.createCell(6).setCellValue(res.count(Severity.INFO));
            }

            if (cross != null) {
                Row row = summary.createRow(r++);
                write(row, List.of(CrossSection.TITLE, String.join("；", cross.pairs()), "", ""), null);
                row.createCell(4).setCellValue(cross.count(Severity.ERROR));
                row.createCell(5).setCellValue(cross.count(Severity.WARNING));
                row.createCell(6).setCellValue(cross.count(Severity.INFO));
            }

            Sheet list = wb.createSheet("问题清单");
            write(list.createRow(0), FindingRow.HEADERS, header);
            r = 1;
            for (AuditResult res : results) {
                for (Finding f : res.findings()) {
                    write(list.createRow(r++), FindingRow.cells(res.source(), f), null);
                }
            }
            if (cross != null) {
                for (Finding f : cross.findings()) {
                    write(list.createRow(r++), FindingRow.cells(CrossSection.TITLE, f), null);
                }
            }
            list.createFreezePane(0, 1);
            list.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(
                    0, Math.max(0, r - 1), 0, FindingRow.HEADERS.size() - 1));
            for (int c = 0; c < FindingRow.HEADERS.size(); c++) {
                list.setColumnWidth(c, c == 4 || c == 16 ? 60 * 256 : 16 * 256);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<String> cells, CellStyle style) {
        for (int i = 0; i < cells.size(); i++) {
            var cell = row.createCell(i);
            cell.setCellValue(cells.get(i));
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
