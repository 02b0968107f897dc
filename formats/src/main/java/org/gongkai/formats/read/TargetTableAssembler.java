package org.gongkai.formats.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.disclosure.SourceRef;
import org.gongkai.core.disclosure.TargetTable;
import org.gongkai.core.disclosure.TargetTable.IndicatorRow;

/**
 * Reads a 项目支出绩效目标表 (or 绩效目标申报表) grid: the header block (项目名称, 预算单位, 项目资金, 年度目标) by
 * its labels, then the indicator rows under the 一级/二级/三级指标 header, whose 一级/二级 cells are filled
 * down where the source merged them.
 */
final class TargetTableAssembler {
    private TargetTableAssembler() {}

    private static final Pattern MONEY = Pattern.compile("[：:][\\s\\u3000]*([-\\d,.]+)");
    private static final Pattern UNIT = Pattern.compile("[（(](万元|元)[）)]");
    private static final Pattern YEAR = Pattern.compile("[（(](\\d{4})年度?[）)]");

    /** True when a grid is a performance-target table. */
    static boolean matches(RawItem.Grid grid) {
        boolean name = false;
        boolean indicator = false;
        for (List<String> row : grid.rows()) {
            for (String cell : row) {
                String c = CellText.compact(cell);
                name |= c.equals("项目名称");
                indicator |= isIndicatorHeader(c);
            }
        }
        return name && indicator;
    }

    /** True for a target table's title ("项目支出绩效目标表（2021年）：…", "财政项目支出绩效目标申报表"). */
    static boolean isTitle(String title) {
        return CellText.compact(title).contains("绩效目标");
    }

    /** The caption over one part of a target table printed as two grids. */
    static boolean isPartCaption(String line) {
        String c = CellText.compact(line);
        return c.equals("项目概况") || c.equals("绩效指标");
    }

    /**
     * True for the first part of a target table printed as two grids (HTML pages, pages broken before the
     * indicators): the 项目名称 block with its money or goal, but no indicator header.
     */
    static boolean isHeadPart(RawItem.Grid grid) {
        boolean name = false;
        boolean money = false;
        for (List<String> row : grid.rows()) {
            for (String cell : row) {
                String c = CellText.compact(cell);
                name |= c.equals("项目名称");
                money |= c.contains("年度资金") || c.startsWith("项目资金") || c.startsWith("年度目标") || c.contains("年度总体目标");
                if (isIndicatorHeader(c)) {
                    return false;
                }
            }
        }
        return name && money;
    }

    /** True for the second part: the indicator header (一级/三级指标) without a 项目名称 block. */
    static boolean isIndicatorPart(RawItem.Grid grid) {
        boolean indicator = false;
        for (List<String> row : grid.rows()) {
            for (String cell : row) {
                String c = CellText.compact(cell);
                if (c.equals("项目名称")) {
                    return false;
                }
                indicator |= c.contains("一级指标") || c.contains("三级指标");
            }
        }
        return indicator;
    }

    private static boolean isIndicatorHeader(String c) {
        return c.contains("一级指标") || c.contains("三级指标") || c.equals("绩效指标");
    }

    /** The two parts as one grid, head first. */
    static RawItem.Grid join(RawItem.Grid head, RawItem.Grid indicators) {
        List<List<String>> rows = new ArrayList<>(head.rows());
        rows.addAll(indicators.rows());
        List<SourceRef> refs = new ArrayList<>(head.rowRefs());
        refs.addAll(indicators.rowRefs());
        return new RawItem.Grid(rows, refs, head.ref());
    }

    /** What the header block says, collected label by label. */
    private static final class Header {
        String year = "";
        String projectName = "";
        String budgetUnit = "";
        String otherUnit = "";
        String unitLabel = "";
        String annualTotal = "";
        String projectTotal = "";
        String fiscal = "";
        String fiscalFunds = "";
        String other = "";
        String goal = "";
    }

    static TargetTable build(PendingTable meta, RawItem.Grid grid) {
        return build(meta, grid, new ArrayList<>());
    }

    /** {@link #build(PendingTable, RawItem.Grid)}; the grid's note rows ({@link SpacedTargets#NOTE}) go to out. */
    static TargetTable build(PendingTable meta, RawItem.Grid grid, List<ReadNote> out) {
        Header h = new Header();
        h.year = meta.year;
        Matcher titleYear = YEAR.matcher(CellText.compact(meta.title));
        if (h.year.isEmpty() && titleYear.find()) {
            h.year = titleYear.group(1);
        }
        List<List<String>> rows = new ArrayList<>();
        List<SourceRef> rowRefs = new ArrayList<>();
        for (int i = 0; i < grid.rows().size(); i++) {
            List<String> r = grid.rows().get(i);
            if (!r.isEmpty() && r.get(0).equals(SpacedTargets.NOTE)) {
                out.add(new ReadNote(grid.rowRefs().get(i), "绩效目标表：" + r.get(1)));
                continue;
            }
            rows.add(r.stream().map(CellText::trim).toList());
            rowRefs.add(grid.rowRefs().get(i));
        }
        List<IndicatorRow> indicators = new ArrayList<>();
        int[] columns = null;
        String level1 = "";
        String level2 = "";
        for (int i = 0; i < rows.size(); i++) {
            List<String> cells = rows.get(i);
            if (cells.stream().allMatch(String::isEmpty)) {
                continue;
            }
            if (columns != null) {
                String[] v = indicatorCells(cells, columns);
                level1 = v[0].isEmpty() ? level1 : v[0];
                level2 = v[1].isEmpty() ? level2 : v[1];
                indicators.add(new IndicatorRow(level1, level2, v[2], v[3], rowRefs.get(i)));
                continue;
            }
            columns = indicatorHeader(cells);
            if (columns == null) {
                headerRow(cells, i + 1 < rows.size() ? rows.get(i + 1) : List.of(), h);
            }
        }
        SourceRef ref = meta.ref == SourceRef.NONE ? grid.ref() : meta.ref;
        return new TargetTable(
                h.year,
                h.projectName,
                h.budgetUnit.isEmpty() ? h.otherUnit : h.budgetUnit,
                h.unitLabel.isEmpty() ? "万元" : h.unitLabel,
                h.annualTotal.isEmpty() ? h.projectTotal : h.annualTotal,
                h.fiscal.isEmpty() ? h.fiscalFunds : h.fiscal,
                h.other,
                h.goal,
                indicators,
                ref);
    }

    private static void headerRow(List<String> cells, List<String> next, Header h) {
        for (int c = 0; c < cells.size(); c++) {
            String label = CellText.compact(cells.get(c));
            if (label.isEmpty()) {
                continue;
            }
            String value = nextFilled(cells, c);
            Matcher y = YEAR.matcher(label);
            if (h.year.isEmpty() && y.find()) {
                h.year = y.group(1);
            }
            Matcher money = UNIT.matcher(label);
            boolean unitAlone = label.length() <= 4 && label.matches("[（(](万元|元)[）)]"); // "项目资金" wrapped
            if (h.unitLabel.isEmpty()
                    && (label.contains("资金") || label.contains("财政拨款") || unitAlone)
                    && money.find()) {
                h.unitLabel = money.group(1); // "年度资金总额（万元）": the unit printed with each amount label
            }
            if (label.equals("项目名称")) {
                h.projectName = value;
            } else if (label.equals("预算单位") || label.equals("申报单位")) {
                h.budgetUnit = value;
            } else if (label.equals("实施单位") || label.equals("主管部门") && h.otherUnit.isEmpty()) {
                h.otherUnit = value;
            } else if (label.startsWith("项目资金") && !label.contains("总额")) {
                Matcher u = UNIT.matcher(label);
                h.unitLabel = u.find() ? u.group(1) : h.unitLabel;
            } else if (label.contains("年度资金总额") || label.contains("年度资金申请总额")) {
                h.annualTotal = money(label).orElse(value);
            } else if (label.contains("项目资金总额")) {
                h.projectTotal = money(label).orElse(value);
            } else if (label.contains("财政拨款")) {
                h.fiscal = money(label).orElse(value);
            } else if (label.contains("财政资金")) {
                h.fiscalFunds = money(label).orElse(value);
            } else if (label.contains("其他资金")) {
                h.other = money(label).orElse(value);
            } else if (label.equals("年度目标") || label.equals("年度总体目标")) {
                String below = c < next.size() ? next.get(c) : "";
                h.goal = !value.isEmpty() && !isLabel(value) ? value : !below.isEmpty() ? below : longest(next);
            }
        }
    }

    private static boolean isLabel(String s) {
        String c = CellText.compact(s);
        return c.endsWith("目标") && c.length() <= 12;
    }

    /** Columns of 一级指标, 二级指标, 三级指标 and the value in the indicator header row, or null. */
    private static int[] indicatorHeader(List<String> cells) {
        int[] cols = {-1, -1, -1, -1};
        for (int c = 0; c < cells.size(); c++) {
            String label = CellText.compact(cells.get(c));
            if (label.contains("一级指标")) {
                cols[0] = c;
            } else if (label.contains("二级指标")) {
                cols[1] = c;
            } else if (label.contains("三级指标")) {
                cols[2] = c;
            } else if (label.contains("指标值")) {
                cols[3] = c;
            }
        }
        return cols[0] >= 0 || cols[2] >= 0 ? cols : null;
    }

    /** level1, level2, name, value of an indicator row: by the header's columns, else from the right. */
    private static String[] indicatorCells(List<String> cells, int[] columns) {
        boolean byHeader = true;
        for (int c : columns) {
            byHeader &= c >= 0 && c < cells.size();
        }
        if (byHeader) {
            String value = cells.get(columns[3]);
            if (value.isEmpty()) {
                // the value cell merged to the right of its header
                value = nextFilled(cells, columns[3] - 1 < columns[2] ? columns[2] : columns[3] - 1);
            }
            return new String[] {cells.get(columns[0]), cells.get(columns[1]), cells.get(columns[2]), value};
        }
        List<String> filled = cells.stream().filter(s -> !s.isEmpty()).toList();
        int n = cells.size();
        return new String[] {
            n >= 4 ? cells.get(n - 4) : "",
            n >= 3 ? cells.get(n - 3) : "",
            n >= 2 ? cells.get(n - 2) : "",
            filled.isEmpty() ? "" : cells.get(n - 1)
        };
    }

    private static String nextFilled(List<String> cells, int from) {
        for (int c = from + 1; c < cells.size(); c++) {
            if (!cells.get(c).isEmpty()) {
                return cells.get(c);
            }
        }
        return "";
    }

    private static Optional<String> money(String label) {
        Matcher m = MONEY.matcher(label);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String longest(List<String> cells) {
        String best = "";
        for (String c : cells) {
            if (c.length() > best.length()) {
                best = c;
            }
        }
        return best;
    }
}
