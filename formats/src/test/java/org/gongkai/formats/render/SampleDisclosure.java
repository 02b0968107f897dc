package org.gongkai.formats.render;

import java.util.List;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.DisclosureInfo;
import org.gongkai.core.disclosure.Heading;
import org.gongkai.core.disclosure.Paragraph;
import org.gongkai.core.disclosure.SourceRef;
import org.gongkai.core.disclosure.Table;
import org.gongkai.core.disclosure.TargetTable;

/** A hand-built disclosure with one block of each kind and some text that needs escaping. */
final class SampleDisclosure {
    private SampleDisclosure() {}

    static final Table TABLE = new Table(
            "T3",
            "表三",
            "部门支出总体情况表",
            "测试中心",
            "万元",
            List.of(
                    new Table.Column("code", "功能分类科目编码", Table.ColumnType.CODE),
                    new Table.Column("name", "功能分类科目名称", Table.ColumnType.LABEL),
                    new Table.Column("total", "支出预算/合计", Table.ColumnType.AMOUNT),
                    new Table.Column("basic", "支出预算/基本支出", Table.ColumnType.AMOUNT)),
            List.of(
                    new Table.Row(
                            "201", Table.Row.Type.DATA, List.of("201", "一般公共服务支出", "268.22", "174.82"), SourceRef.NONE),
                    new Table.Row(
                            "2010504",
                            Table.Row.Type.DATA,
                            List.of("2010504", "信息事务|<b>", "268.22", ""),
                            SourceRef.NONE),
                    new Table.Row(
                            "total", Table.Row.Type.TOTAL, List.of("", "合计", "268.22", "174.82"), SourceRef.NONE)),
            List.of("备注：本表金额保留两位小数。"),
            SourceRef.NONE);

    static final TargetTable TARGET = new TargetTable(
            "2021",
            "网站维护费",
            "测试中心",
            "万元",
            "6",
            "6",
            "0",
            "保障网站安全运行。",
            List.of(
                    new TargetTable.IndicatorRow("项目完成", "数量指标", "维护网站（个）", "≥1", SourceRef.NONE),
                    new TargetTable.IndicatorRow("项目效益", "经济效益指标", "", "", SourceRef.NONE),
                    new TargetTable.IndicatorRow("满意度指标", "满意度指标", "使用人员满意率（%）", "≥95%", SourceRef.NONE)),
            SourceRef.NONE);

    static Disclosure build() {
        return new Disclosure(
                new DisclosureInfo(
                        "测试中心", 2021, DisclosureInfo.Kind.BUDGET, "xinjiang-2021", "测试中心2021年部门预算", "derived"),
                List.of(
                        new Heading(1, "第一部分", "测试中心概况", SourceRef.NONE),
                        new Heading(2, "一", "主要职能", SourceRef.NONE),
                        new Paragraph("第一部分/一", "1. 负责<script>alert(1)</script>&管理*重点*。", SourceRef.NONE),
                        new Heading(1, "第二部分", "2021年部门预算公开表", SourceRef.NONE),
                        TABLE,
                        new Heading(3, "（四）", "预算绩效情况", SourceRef.NONE),
                        TARGET));
    }
}
