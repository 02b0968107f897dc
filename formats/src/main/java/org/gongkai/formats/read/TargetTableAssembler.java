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
 * Reads a 项目支出绩效目标表 grid: the header block (项目名称, 预算单位, 项目资金, 年度目标) by its labels, then
 * the indicator rows, whose 一级/二级 cells are filled down where the source merged them.
 */
final class TargetTableAssembler {
    private TargetTableAssembler() {}

    private static final Pattern MONEY = Pattern.compile("[：:][\\s\\u3000]*([-\\d,.]+)");
    private static final Pattern UNIT = Pattern.compile("[（(](万元|元)[）)]");

    /** True when a grid is a performance-target table. */
    static boolean matches(RawItem.Grid grid) {
        boolean name = false;
        boolean indicator = false;
        for (List<String> row : grid.rows()) {
            for (String cell : row) {
                String c = CellText.compact(cell);
                name |= c.equals("项目名称");
                indicator |= c.contains("一级指标") || c.contains("三级指标") || c.equals("绩效指标");
            }
        }
        return name && indicator;
    }

    static TargetTable build(PendingTable meta, RawItem.Grid grid) {
        String projectName = "";
        String unitName = "";
        String unitLabel = "";
        String total = "";
        String fiscal = "";
        String other = "";
        String goal = "";
        String year = meta.year;
        List<IndicatorRow> indicators = new ArrayList<>();
        boolean inIndicators = false;
        boolean goalNext = false;
        String level1 = "";
        String level2 = "";
        for (int i = 0; i < grid.rows().size(); i++) {
            List<String> cells =
                    grid.rows().get(i).stream().map(CellText::clean).toList();
            SourceRef ref = grid.rowRefs().get(i);
            List<String> filled = cells.stream().filter(c -> !c.isEmpty()).toList();
            if (filled.isEmpty()) {
                continue;
            }
            if (inIndicators) {
                int n = cells.size();
                String value = n >= 1 ? cells.get(n - 1) : "";
                String name = n >= 2 ? cells.get(n - 2) : "";
                String l2 = n >= 3 ? cells.get(n - 3) : "";
                String l1 = n >= 4 ? cells.get(n - 4) : "";
                level1 = l1.isEmpty() ? level1 : l1;
                level2 = l2.isEmpty() ? level2 : l2;
                indicators.add(new IndicatorRow(level1, level2, name, value, ref));
                continue;
            }
            if (goalNext) {
                goal = longest(filled);
                goalNext = false;
                continue;
            }
            for (int c = 0; c < cells.size(); c++) {
                String label = CellText.compact(cells.get(c));
                String next = c + 1 < cells.size() ? cells.get(c + 1) : "";
                if (label.equals("项目名称")) {
                    projectName = next;
                } else if (label.equals("预算单位") || label.equals("申报单位") || label.equals("实施单位")) {
                    unitName = next;
                } else if (label.startsWith("项目资金") || label.startsWith("资金") && label.contains("万元")) {
                    Matcher u = UNIT.matcher(label);
                    unitLabel = u.find() ? u.group(1) : unitLabel;
                } else if (label.contains("年度资金总额")) {
                    total = money(label).orElse(next);
                } else if (label.contains("财政拨款")) {
                    fiscal = money(label).orElse(next);
                } else if (label.contains("其他资金")) {
                    other = money(label).orElse(next);
                } else if (label.equals("年度目标")) {
                    if (!next.isEmpty()) {
                        goal = next;
                    } else {
                        goalNext = true;
                    }
                } else if (label.contains("一级指标") || label.contains("三级指标")) {
                    inIndicators = true;
                } else if (year.isEmpty() && label.matches("[（(]\\d{4}年度?[）)]")) {
                    year = label.replaceAll("\\D", "");
                }
            }
        }
        SourceRef ref = meta.ref == SourceRef.NONE ? grid.ref() : meta.ref;
        return new TargetTable(
                year,
                projectName,
                unitName,
                unitLabel.isEmpty() ? "万元" : unitLabel,
                total,
                fiscal,
                other,
                goal,
                indicators,
                ref);
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
