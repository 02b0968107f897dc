package org.gongkai.core.audit.rules.arith;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.core.audit.Finding;
import org.gongkai.core.audit.Fires;
import org.gongkai.core.audit.Silent;
import org.gongkai.core.disclosure.Block;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.Table;
import org.junit.jupiter.api.Test;

/** Code tables the fixture leaves empty or flat: 表六 with 类 rows, 表九, 国有资本经营预算支出表 and their ties to 表四. */
class CodeTablesTest {

    private static Table economic(String class302) {
        return TableBuilder.table("T6", "表六", "一般公共预算基本支出情况表")
                .code("类")
                .code("款")
                .label("经济分类科目名称")
                .amounts("合计", "人员经费", "公用经费")
                .row("301", "", "工资福利支出", "10.00", "10.00", "")
                .row("301", "01", "基本工资", "10.00", "10.00", "")
                .row("302", "", "商品和服务支出", class302, "", class302)
                .row("302", "01", "办公费", "1.20", "", "1.20")
                .row("302", "07", "邮电费", "0.80", "", "0.80")
                .total("", "", "合计", "12.00", "10.00", "2.00")
                .build();
    }

    private static Table fund(String key, String number, String title, String itemTotal) {
        return TableBuilder.table(key, number, title)
                .code("类")
                .code("款")
                .code("项")
                .label("功能分类科目名称")
                .amounts("合计", "基本支出", "项目支出")
                .row("212", "", "", "城乡社区支出", "30.00", "", "30.00")
                .row("212", "08", "", "国有土地使用权出让收入安排的支出", "30.00", "", "30.00")
                .row("212", "08", "04", "农村基础设施建设支出", itemTotal, "", "30.00")
                .total("", "", "", "合计", "30.00", "", "30.00")
                .build();
    }

    private static Table appropriations(String fundColumn, String soeColumn) {
        return TableBuilder.table("T4", "表四", "财政拨款收支预算总体情况表")
                .label("项目")
                .amounts("合计")
                .label("功能分类")
                .amounts("合计", "一般公共预算", "政府性基金预算", "国有资本经营预算")
                .row("政府性基金预算", "30.00", "212 城乡社区支出", "30.00", "", "30.00", "")
                .total("收入总计", "30.00", "支出总计", "30.00", "", fundColumn, soeColumn)
                .build();
    }

    private static Disclosure doc(Block... blocks) {
        return Fixture.of(List.of(blocks));
    }

    @Test
    @Fires("T6.HIER")
    @Silent("T6.HIER")
    void economicClassEqualsItsSections() {
        assertThat(Fixture.findings(doc(economic("2.00")), "T6.HIER")).isEmpty();
        List<Finding> f = Fixture.findings(doc(economic("2.10")), "T6.HIER");
        assertThat(f).hasSize(2).anySatisfy(x -> {
            assertThat(x.location().describe()).contains("表六 一般公共预算基本支出情况表／302 商品和服务支出／合计");
            assertThat(x.expected()).isEqualTo("2.00");
            assertThat(x.actual()).isEqualTo("2.10");
        });
    }

    @Test
    @Fires("T9.ROW-SUM")
    @Silent("T9.ROW-SUM")
    @Fires("T9.HIER")
    @Silent("T9.HIER")
    @Fires("T9.COL-SUM")
    @Silent("T9.COL-SUM")
    void fundTableAddsUp() {
        Disclosure ok = doc(fund("T9", "表九", "政府性基金预算支出情况表", "30.00"));
        Disclosure bad = doc(fund("T9", "表九", "政府性基金预算支出情况表", "31.00"));
        for (String id : List.of("T9.ROW-SUM", "T9.HIER", "T9.COL-SUM")) {
            assertThat(Fixture.findings(ok, id)).as(id).isEmpty();
        }
        assertThat(Fixture.findings(bad, "T9.ROW-SUM")).singleElement().satisfies(x -> {
            assertThat(x.location().describe()).contains("2120804 农村基础设施建设支出／合计");
            assertThat(x.expected()).isEqualTo("30.00");
            assertThat(x.actual()).isEqualTo("31.00");
        });
        assertThat(Fixture.findings(bad, "T9.HIER")).singleElement().satisfies(x -> {
            assertThat(x.location().describe()).contains("21208 国有土地使用权出让收入安排的支出／合计");
            assertThat(x.expected()).isEqualTo("31.00");
        });
        Disclosure badTotal = Fixture.withCell(ok, "表九", 3, 6, "29.00");
        assertThat(Fixture.findings(badTotal, "T9.COL-SUM")).singleElement().satisfies(x -> {
            assertThat(x.location().describe()).contains("合计／项目支出");
            assertThat(x.expected()).isEqualTo("30.00");
            assertThat(x.actual()).isEqualTo("29.00");
        });
    }

    @Test
    @Fires("T10.ROW-SUM")
    @Silent("T10.ROW-SUM")
    @Fires("T10.HIER")
    @Silent("T10.HIER")
    @Fires("T10.COL-SUM")
    @Silent("T10.COL-SUM")
    void stateCapitalTableAddsUp() {
        String title = "国有资本经营预算支出情况表";
        Disclosure ok = doc(fund("", "表十", title, "30.00"));
        Disclosure bad = doc(fund("", "表十", title, "31.00"));
        for (String id : List.of("T10.ROW-SUM", "T10.HIER", "T10.COL-SUM")) {
            assertThat(Fixture.findings(ok, id)).as(id).isEmpty();
        }
        assertThat(Fixture.findings(bad, "T10.ROW-SUM")).hasSize(1);
        assertThat(Fixture.findings(bad, "T10.HIER")).hasSize(1);
        Disclosure badTotal = Fixture.withCell(ok, "表十", 3, 4, "29.00");
        assertThat(Fixture.findings(badTotal, "T10.COL-SUM")).singleElement().satisfies(x -> {
            assertThat(x.expected()).isEqualTo("30.00");
            assertThat(x.actual()).isEqualTo("29.00");
        });
    }

    @Test
    @Fires("X.T4-T10")
    @Silent("X.T4-T10")
    void stateCapitalTableMatchesTableFour() {
        Table t10 = fund("T10", "表十", "国有资本经营预算支出情况表", "30.00");
        assertThat(Fixture.findings(doc(appropriations("30.00", "30.00"), t10), "X.T4-T10"))
                .isEmpty();
        assertThat(Fixture.findings(doc(appropriations("30.00", "25.00"), t10), "X.T4-T10"))
                .singleElement()
                .satisfies(x -> {
                    assertThat(x.location().describe()).contains("国有资本经营预算支出情况表／合计／合计");
                    assertThat(x.expected()).isEqualTo("25.00");
                    assertThat(x.actual()).isEqualTo("30.00");
                });
    }
}
