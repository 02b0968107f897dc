package org.gongkai.formats.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.disclosure.SourceRef;
import org.junit.jupiter.api.Test;

/** Printed lines of page text joined into paragraphs: what continues, and what always stands apart. */
class ProseLinesTest {
    /** Body lines of the width the 决算 pages print (28 Chinese characters). */
    private static final List<String> BODY = List.of(
            "本年收入合计 26538.47 万元，其中：财政拨款收入 26538.47",
            "万元，占 100%。本年支出合计 26538.47 万元，其中：基本支",
            "出 9800.36 万元，占 36.93%；项目支出 16738.11 万元，占 63.07%。");

    private static List<RawItem> lines(String... texts) {
        List<RawItem> items = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            items.add(new RawItem.Line(texts[i], SourceRef.page(1, i + 1)));
        }
        return items;
    }

    private static List<String> texts(List<RawItem> items) {
        return items.stream()
                .map(i -> i instanceof RawItem.Line l ? l.text() : "<grid>")
                .toList();
    }

    @Test
    void wrappedLinesOfAParagraphAreOneParagraphAtItsFirstLine() {
        List<RawItem> out = ProseLines.join(lines(BODY.toArray(String[]::new)));
        assertThat(texts(out))
                .containsExactly("本年收入合计 26538.47 万元，其中：财政拨款收入 26538.47万元，占 100%。本年支出合计 26538.47 万元，其中：基本支"
                        + "出 9800.36 万元，占 36.93%；项目支出 16738.11 万元，占 63.07%。");
        assertThat(out.get(0).ref()).isEqualTo(SourceRef.page(1, 1));
    }

    @Test
    void headingsItemsTitlesNotesAndShortLinesStandApart() {
        List<String> in = new ArrayList<>(BODY);
        in.addAll(List.of(
                "八、政府性基金预算财政拨款收入支出决算情况说明",
                "政府性基金预算财政拨款收入 2002.80 万元，支出收入",
                "2002.80 万元，支出具体情况如下：",
                "1、文化旅游体育与传媒支出（类）旅游发展基金支出（款）",
                "地方旅游开发项目补助（项）。主要用于：旅游厕所质量提升工",
                "程。年初预算为 0 万元，支出决算为 2.80 万元。决算数大于预",
                "2、城乡社区支出（类）国有土地使用权出让收入安排的支出（款）",
                "注：本表反映部门本年度政府性基金预算财政拨款收入支出情况。",
                "上海市普陀区文化和旅游局",
                "2025 年度部门决算"));
        List<String> out = texts(ProseLines.join(lines(in.toArray(String[]::new))));
        assertThat(out)
                .contains(
                        "八、政府性基金预算财政拨款收入支出决算情况说明",
                        "政府性基金预算财政拨款收入 2002.80 万元，支出收入2002.80 万元，支出具体情况如下：",
                        // a paragraph cut short by the next item (the page lost its end) stays as printed
                        "1、文化旅游体育与传媒支出（类）旅游发展基金支出（款）地方旅游开发项目补助（项）。主要用于：旅游厕所质量提升工" + "程。年初预算为 0 万元，支出决算为 2.80 万元。决算数大于预",
                        "2、城乡社区支出（类）国有土地使用权出让收入安排的支出（款）",
                        "注：本表反映部门本年度政府性基金预算财政拨款收入支出情况。",
                        "上海市普陀区文化和旅游局",
                        "2025 年度部门决算");
    }

    @Test
    void aParagraphGoesOnOverAPageNumberButNeverOverAGrid() {
        List<RawItem> items = lines(BODY.toArray(String[]::new));
        items.add(new RawItem.Line("决算数大于预算数的主要原因：根据工作需要，年中新增“艺起 TOP 周周有戏”", SourceRef.page(1, 4)));
        items.add(new RawItem.Line("18", SourceRef.page(1, 5)));
        items.add(new RawItem.Line("活动经费等。年初预算为 217.92 万元，支出决算为 423.29 万元，决算数大", SourceRef.page(2, 1)));
        items.add(new RawItem.Grid(List.of(List.of("项目", "金额")), List.of(SourceRef.page(2, 2)), SourceRef.page(2, 2)));
        items.add(new RawItem.Line("于预算数。", SourceRef.page(2, 3)));
        List<String> out = texts(ProseLines.join(items));
        assertThat(out)
                .containsSubsequence(
                        "决算数大于预算数的主要原因：根据工作需要，年中新增“艺起 TOP 周周有戏”活动经费等。年初预算为 217.92 万元，支出决算为 423.29 万元，决算数大",
                        "18",
                        "<grid>",
                        "于预算数。");
    }

    @Test
    void rowsOfATableLeftAsLinesAreNotJoined() {
        List<String> in = new ArrayList<>(BODY);
        in.addAll(List.of(
                "一般公共预算财政拨款收入 24535.67 24535.67 0.00 0.00 0.00 0.00 0.00",
                "政府性基金预算财政拨款收入 2002.80 2002.80 0.00 0.00 0.00 0.00 0.00"));
        List<String> out = texts(ProseLines.join(lines(in.toArray(String[]::new))));
        assertThat(out).endsWith(in.get(3), in.get(4));
    }

    @Test
    void latinWordsCutAtTheLineEndKeepTheirSpace() {
        List<String> in = new ArrayList<>(BODY);
        in.add("主要原因：年中新增活动经费，上海普陀文旅微信小程序系统建设项目经费及 Mobile");
        in.add("App 维护费等。");
        List<String> out = texts(ProseLines.join(lines(in.toArray(String[]::new))));
        assertThat(out).last().isEqualTo("主要原因：年中新增活动经费，上海普陀文旅微信小程序系统建设项目经费及 Mobile App 维护费等。");
    }

    @Test
    void tooLittleProseLeavesTheLinesAsTheyAre() {
        List<RawItem> in = lines("上海市普陀区文化和旅游局 2025 年度部门决算，目录如下", "第一部分 概况");
        assertThat(ProseLines.join(in)).isSameAs(in);
    }
}
