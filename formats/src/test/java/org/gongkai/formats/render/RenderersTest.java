package org.gongkai.formats.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.Table;
import org.gongkai.core.json.DisclosureCodec;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class RenderersTest {
    private final Disclosure d = SampleDisclosure.build();
    private final String hash = DisclosureCodec.contentHash(d);

    @Test
    void markdownHasHeadingsPipeTablesAndHash() {
        String md = RenderFormat.MD.render(d);
        assertThat(md)
                .startsWith("# 测试中心2021年部门预算\n")
                .contains("\n## 第一部分  测试中心概况\n")
                .contains("\n### 一、主要职能\n")
                .contains("\n#### （四）预算绩效情况\n")
                .contains("\n#### 表三：部门支出总体情况表\n\n编制部门：测试中心        单位：万元\n\n")
                .contains("| 功能分类科目编码 | 功能分类科目名称 | 支出预算/合计 | 支出预算/基本支出 |\n"
                        + "| --- | --- | ---: | ---: |\n"
                        + "| 201 | 一般公共服务支出 | 268.22 | 174.82 |\n")
                .contains("| 2010504 | 信息事务\\|\\<b\\> | 268.22 |  |\n")
                .contains("\n备注：本表金额保留两位小数。\n")
                .contains("\n##### 项目支出绩效目标表（2021年）：网站维护费\n")
                .contains("| 项目完成 | 数量指标 | 维护网站（个） | ≥1 |\n")
                .contains("| 项目效益 | 经济效益指标 |  |  |\n")
                .endsWith("内容哈希（SHA-256，规范 JSON）：" + hash + "\n");
        // a paragraph starting "1. " stays a paragraph; emphasis marks stay literal
        assertThat(md).contains("\n1\\. 负责\\<script\\>alert(1)\\</script\\>&管理\\*重点\\*。\n");
    }

    @Test
    void htmlIsAStandaloneAccessiblePage() {
        String html = RenderFormat.HTML.render(d);
        Document doc = Jsoup.parse(html);
        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(doc.select("h1")).hasSize(1);
        assertThat(doc.select("h2").eachText()).containsExactly("第一部分 测试中心概况", "第二部分 2021年部门预算公开表");
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("main p").first().text()).contains("<script>alert(1)</script>&管理*重点*");
        assertThat(doc.selectFirst("meta[name=gongkai-content-sha256]").attr("content"))
                .isEqualTo(hash);
        assertThat(doc.selectFirst("footer").text()).contains(hash);
        assertThat(doc.selectFirst("style").data()).contains("@media print").contains(".num{text-align:right");
        for (Element table : doc.select("table")) {
            assertThat(table.select("> caption")).hasSize(1);
            assertThat(table.select("th")).allMatch(th -> th.hasAttr("scope"));
        }
    }

    @Test
    void htmlTableHasTheSameCells() {
        Document doc = Jsoup.parse(RenderFormat.HTML.render(d));
        Element table = doc.select("table").first();
        Table t = SampleDisclosure.TABLE;
        assertThat(table.selectFirst("caption").text()).isEqualTo("表三 部门支出总体情况表编制部门：测试中心 单位：万元");
        assertThat(table.select("thead th").eachText())
                .containsExactlyElementsOf(
                        t.columns().stream().map(Table.Column::label).toList());
        Elements rows = table.select("tbody tr");
        assertThat(rows).hasSize(t.rows().size());
        for (int i = 0; i < rows.size(); i++) {
            List<String> cells =
                    rows.get(i).select("th, td").stream().map(Element::text).toList();
            assertThat(cells)
                    .as("row %d", i)
                    .containsExactlyElementsOf(t.rows().get(i).cells());
            assertThat(rows.get(i).select("th[scope=row]").text())
                    .isEqualTo(t.rows().get(i).cell(1));
            assertThat(rows.get(i).select("td.num")).hasSize(2);
        }
        assertThat(rows.last().hasClass("total")).isTrue();
        Element indicators = doc.select("section.target table").get(1);
        assertThat(indicators.select("tbody tr").get(2).select("th, td").eachText())
                .containsExactly("满意度指标", "满意度指标", "使用人员满意率（%）", "≥95%");
    }

    @Test
    void plainTextHasOneCellPerLineAndBlankLinesBetweenRows() {
        String txt = RenderFormat.TXT.render(d);
        assertThat(txt)
                .startsWith("第一部分  测试中心概况\n一、主要职能\n1. 负责<script>")
                .contains("\n表三：\n部门支出总体情况表\n编制部门：测试中心        单位：万元\n"
                        + "\t功能分类科目编码\n\t功能分类科目名称\n\t支出预算/合计\n\t支出预算/基本支出\n\n"
                        + "\t201\n\t一般公共服务支出\n\t268.22\n\t174.82\n\n"
                        + "\t2010504\n\t信息事务|<b>\n\t268.22\n\t\n\n")
                .contains("\n（四）预算绩效情况\n")
                .contains("\n项目支出绩效目标表\n（2021年）\n\t项目名称\n\t网站维护费\n\n")
                .contains("\t项目完成\n\t数量指标\n\t维护网站（个）\n\t≥1\n\n")
                .endsWith("内容哈希（SHA-256，规范 JSON）：" + hash + "\n");
    }

    @Test
    void jsonIsTheCanonicalDisclosure() {
        assertThat(RenderFormat.JSON.render(d)).isEqualTo(DisclosureCodec.write(d));
        assertThat(DisclosureCodec.read(RenderFormat.JSON.render(d))).isEqualTo(d);
    }

    @Test
    void formatsAreFoundByTheirNames() {
        assertThat(RenderFormat.of("MD")).contains(RenderFormat.MD);
        assertThat(RenderFormat.of("txt")).contains(RenderFormat.TXT);
        assertThat(RenderFormat.of("docx")).isEmpty();
        assertThat(RenderFormat.names()).isEqualTo("md、html、json、txt");
    }

    @Test
    void theHashChangesWhenACellChanges() {
        Disclosure changed = new Disclosure(d.info(), d.blocks().subList(0, 4));
        assertThat(RenderFormat.TXT.render(changed)).doesNotContain(hash);
    }
}
