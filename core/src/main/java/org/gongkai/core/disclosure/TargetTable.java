package org.gongkai.core.disclosure;

import java.util.List;

/**
 * A 项目支出绩效目标表 as displayed. Amounts are display text in the table's unit (万元 unless {@link
 * #unitLabel()} says otherwise).
 *
 * @param year the year printed ("2021"); may be empty
 * @param projectName 项目名称
 * @param unitName 预算单位
 * @param unitLabel the money unit of the header block ("万元")
 * @param total 年度资金总额
 * @param fiscal 其中：财政拨款
 * @param other 其他资金
 * @param goal 年度目标 text
 * @param indicators indicator rows in order
 */
public record TargetTable(
        String year,
        String projectName,
        String unitName,
        String unitLabel,
        String total,
        String fiscal,
        String other,
        String goal,
        List<IndicatorRow> indicators,
        SourceRef ref)
        implements Block {

    public TargetTable {
        indicators = List.copyOf(indicators);
    }

    /**
     * One indicator row as displayed; level1/level2 are repeated on every row even where the source
     * merged the cells.
     */
    public record IndicatorRow(String level1, String level2, String name, String value, SourceRef ref) {}
}
