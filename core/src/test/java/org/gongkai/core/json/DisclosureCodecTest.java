package org.gongkai.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.DisclosureInfo;
import org.gongkai.core.disclosure.Heading;
import org.gongkai.core.disclosure.Paragraph;
import org.gongkai.core.disclosure.SourceRef;
import org.gongkai.core.disclosure.Table;
import org.gongkai.core.disclosure.TargetTable;
import org.junit.jupiter.api.Test;

class DisclosureCodecTest {

    /** A small disclosure with one block of each kind, some with source references. */
    public static Disclosure sample() {
        Table t = new Table(
                "T3",
                "表三",
                "部门支出总体情况表",
                "测试中心",
                "万元",
                List.of(
                        new Table.Column("code", "功能分类科目编码", Table.ColumnType.CODE),
                        new Table.Column("name", "功能分类科目名称", Table.ColumnType.LABEL),
                        new Table.Column("total", "支出预算/合计", Table.ColumnType.AMOUNT)),
                List.of(
                        new Table.Row("201", Table.Row.Type.DATA, List.of("201", "一般公共服务支出", "268.22"), SourceRef.NONE),
                        new Table.Row("total", Table.Row.Type.TOTAL, List.of("", "合计", "268.22"), SourceRef.line(40))),
                List.of("备注：无"),
                SourceRef.page(3, 12));
        TargetTable tt = new TargetTable(
                "2021",
                "网站维护费",
                "测试中心",
                "万元",
                "6",
                "6",
                "0",
                "保障\"运行\"<安全>",
                List.of(new TargetTable.IndicatorRow("项目完成", "数量指标", "维护网站（个）", "≥1", SourceRef.NONE)),
                SourceRef.NONE);
        return new Disclosure(
                new DisclosureInfo("测试中心", 2021, DisclosureInfo.Kind.BUDGET, "xinjiang-2021", "2021年部门预算", "derived"),
                List.of(
                        new Heading(1, "第一部分", "测试中心概况", SourceRef.NONE),
                        new Paragraph("第一部分/一", "第一段\n第二行\t制表", SourceRef.line(3)),
                        t,
                        tt));
    }

    @Test
    void roundTripKeepsEveryBlock() {
        Disclosure d = sample();
        String json = DisclosureCodec.write(d);
        assertThat(DisclosureCodec.read(json)).isEqualTo(d);
        assertThat(DisclosureCodec.write(DisclosureCodec.read(json))).isEqualTo(json);
    }

    @Test
    void uncertainCellsSurviveTheRoundTripAndAreWrittenOnlyWhenPresent() {
        assertThat(DisclosureCodec.write(sample())).doesNotContain("uncertain");
        Disclosure d = sample();
        Table t = (Table) d.blocks().get(2);
        Table.Row settled = t.rows().get(0);
        Table.Row unsure =
                new Table.Row(settled.key(), settled.type(), settled.cells(), settled.ref(), java.util.Set.of(2));
        Table changed = new Table(
                t.key(),
                t.number(),
                t.title(),
                t.preparer(),
                t.unitLabel(),
                t.columns(),
                List.of(unsure, t.rows().get(1)),
                t.notes(),
                t.ref());
        Disclosure withUnsure = new Disclosure(
                d.info(),
                List.of(
                        d.blocks().get(0),
                        d.blocks().get(1),
                        changed,
                        d.blocks().get(3)));
        String json = DisclosureCodec.write(withUnsure);
        assertThat(json).contains("\"uncertain\"");
        Disclosure back = DisclosureCodec.read(json);
        assertThat(back).isEqualTo(withUnsure);
        assertThat(((Table) back.blocks().get(2)).rows().get(0).isUncertain(2)).isTrue();
        assertThat(DisclosureCodec.contentHash(back)).isNotEqualTo(DisclosureCodec.contentHash(d));
    }

    @Test
    void sourceReferencesAreWrittenOnlyWhenTheyPointSomewhere() {
        String json = DisclosureCodec.write(sample());
        assertThat(json).contains("\"page\": 3").contains("\"line\": 40");
        // the heading has no reference
        assertThat(json).doesNotContain("\"text\": \"测试中心概况\",\n      \"ref\"");
    }

    @Test
    void contentHashIsStableAndChangesWithContent() {
        String h = DisclosureCodec.contentHash(sample());
        assertThat(h).hasSize(64).matches("[0-9a-f]+").isEqualTo(DisclosureCodec.contentHash(sample()));
        Disclosure other = new Disclosure(sample().info(), sample().blocks().subList(0, 3));
        assertThat(DisclosureCodec.contentHash(other)).isNotEqualTo(h);
    }

    @Test
    void badBlocksAreReportedWithTheirPath() {
        String json = DisclosureCodec.write(sample())
                .replace("\"type\": \"paragraph\"", "\"type\": \"para\"")
                .replace("\"type\": \"AMOUNT\"", "\"type\": \"MONEY\"")
                .replace("\"projectName\"", "\"project\"");
        DisclosureFormatException e =
                catchThrowableOfType(DisclosureFormatException.class, () -> DisclosureCodec.read(json));
        assertThat(e.problems())
                .extracting(JsonFormatException.Problem::path)
                .containsExactlyInAnyOrder(
                        "$.blocks[1].type",
                        "$.blocks[2].columns[2].type",
                        "$.blocks[3].projectName",
                        "$.blocks[3].project");
    }
}
