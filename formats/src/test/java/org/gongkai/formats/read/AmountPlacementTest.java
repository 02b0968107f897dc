package org.gongkai.formats.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.Table;
import org.junit.jupiter.api.Test;

/** Page text that leaves blank cells out: the table's own sums settle where a row's amounts stand. */
class AmountPlacementTest {
    private final List<ReadNote> notes = new ArrayList<>();

    private Table read(String... body) {
        List<String> lines = new ArrayList<>(List.of(
                "=== [page 1] ===", "2026年部门一般公共预算支出功能分类预算表", "编制部门：某局 单位：元", "功能分类科目编码 功能分类科目名称 合计 基本支出 项目支出"));
        lines.addAll(List.of(body));
        Disclosure d = Assembler.assemble(new RawDocument("test.txt", SpacedLayout.parse(lines)), notes);
        return d.tables().findFirst().orElseThrow();
    }

    private static int column(Table t, String key) {
        return t.columnIndex(key).orElseThrow();
    }

    @Test
    void theParentSumPutsAProjectOnlyRowUnderProjects() {
        Table t = read("208 社会保障和就业支出 300 200 100", "20805 行政事业单位养老支出 200 200", "20808 抚恤 100 100", "合计 300 200 100");
        assertThat(t.cell("20805", "basic")).isEqualTo("200");
        assertThat(t.cell("20805", "project")).isEmpty();
        assertThat(t.cell("20808", "basic")).isEmpty();
        assertThat(t.cell("20808", "project")).isEqualTo("100");
        assertThat(t.rows()).allMatch(r -> r.uncertain().isEmpty());
        assertThat(notes).noneMatch(n -> n.message().contains("无法从文本确定"));
    }

    @Test
    void theRowIdentityAloneSettlesARowWhoseTotalDiffersFromItsPart() {
        Table t = read("208 社会保障和就业支出 300 100", "合计 300 100");
        // 300 = 100 + blank is false, so 100 cannot be 基本支出 with 合计 300 … unless 合计 is blank: no choice fits
        assertThat(t.row("208").orElseThrow().uncertain()).isNotEmpty();
    }

    @Test
    void rowsThatFitEveryPlacementAreMarkedUncertainWithANote() {
        Table t = read("208 社会保障和就业支出 100 100", "合计 100 100");
        Table.Row row = t.row("208").orElseThrow();
        assertThat(row.isUncertain(column(t, "basic"))).isTrue();
        assertThat(row.isUncertain(column(t, "project"))).isTrue();
        assertThat(row.isUncertain(column(t, "total"))).isFalse();
        // the best guess keeps the amounts leftmost
        assertThat(t.cell("208", "basic")).isEqualTo("100");
        assertThat(notes)
                .anyMatch(
                        n -> n.message().contains("金额列位置无法从文本确定") && n.message().contains("208"));
    }

    @Test
    void rowsNoPlacementFitsAreUncertainToo() {
        Table t = read("208 社会保障和就业支出 300 200 100", "20805 行政事业单位养老支出 50 50", "20808 抚恤 100 100", "合计 300 200 100");
        assertThat(t.row("20805").orElseThrow().uncertain()).isNotEmpty();
        assertThat(notes).anyMatch(n -> n.message().contains("无一种位置与表内合计相符"));
    }

    @Test
    void fullRowsAreNeverMoved() {
        Table t = read("208 社会保障和就业支出 300 200 100", "合计 300 200 100");
        assertThat(t.cell("208", "project")).isEqualTo("100");
        assertThat(t.rows()).allMatch(r -> r.uncertain().isEmpty());
    }

    @Test
    void placementsAreEveryOrderPreservingChoiceLeftmostFirst() {
        List<int[]> p = Placements.of(2, 4);
        assertThat(p).hasSize(6);
        assertThat(p.get(0)).containsExactly(0, 1);
        assertThat(p.get(5)).containsExactly(2, 3);
        assertThat(Placements.of(0, 3)).hasSize(1);
        assertThat(Placements.of(4, 3)).isEmpty();
    }

    @Test
    void wrappedNamesAndLoneCodesJoinTheirAmountLine() {
        Table t = read(
                "208 社会保障和就业支出 300 200 100",
                "行政事业单位养老",
                "20805 200 200",
                "支出",
                "20808",
                "抚恤",
                "100 100",
                "合计 300 200 100");
        assertThat(t.row("20805").orElseThrow().cells()).contains("行政事业单位养老支出");
        assertThat(t.row("20808").orElseThrow().cells()).contains("抚恤");
        assertThat(t.cell("20808", "project")).isEqualTo("100");
    }
}
