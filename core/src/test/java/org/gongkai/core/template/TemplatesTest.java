package org.gongkai.core.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gongkai.core.amount.DisplayUnit;
import org.gongkai.core.derive.table.TableBuilders;
import org.junit.jupiter.api.Test;

class TemplatesTest {

    @Test
    void shippedTemplatesLoadWithoutProblems() {
        assertThat(Templates.problems()).isEmpty();
        assertThat(Templates.all())
                .extracting(Template::id)
                .containsExactly(
                        "xinjiang-2021-dept-budget",
                        "national-dept-budget",
                        "shanghai-dept-budget",
                        "shanghai-unit-budget");
    }

    @Test
    void shanghaiTemplatesShowYuanInTablesAndUseTheUnitTitles() {
        Template dept = Templates.byId("shanghai-dept-budget");
        Template unit = Templates.byId("shanghai-unit-budget");
        assertThat(dept.table("T1").orElseThrow().title()).isEqualTo("{year}年部门财务收支预算总表");
        assertThat(unit.table("T1").orElseThrow().title()).isEqualTo("{year}年预算单位财务收支预算总表");
        assertThat(unit.table("T6").orElseThrow().title()).isEqualTo("{year}年预算单位一般公共预算基本支出部门预算经济分类预算表");
        assertThat(unit.table("T8").orElseThrow().title()).isEqualTo("{year}年单位“三公”经费和机关运行经费预算表");
        assertThat(dept.table("T5").orElseThrow().unit()).isEqualTo(DisplayUnit.YUAN_FEN);
        assertThat(dept.table("T8").orElseThrow().unit()).isEqualTo(DisplayUnit.WAN_YUAN);
        assertThat(dept.textUnit()).isEqualTo(DisplayUnit.WAN_YUAN);
        assertThat(dept.tables())
                .extracting(TableSpec::key)
                .containsExactly("T1", "T2", "T3", "T4", "T5", "T9", "T10", "T6", "T8");
    }

    @Test
    void nationalTemplateHasTheEightTablesPlusStateCapital() {
        Template t = Templates.byId("national-dept-budget");
        assertThat(t.tables())
                .extracting(TableSpec::title)
                .containsExactly(
                        "部门收支总表",
                        "部门收入总表",
                        "部门支出总表",
                        "财政拨款收支总表",
                        "一般公共预算支出表",
                        "一般公共预算基本支出表",
                        "一般公共预算“三公”经费支出表",
                        "政府性基金预算支出表",
                        "国有资本经营预算支出表");
    }

    @Test
    void xinjiangTemplateHasTheNineTablesOfTheExample() {
        Template t = Templates.byId("xinjiang-2021-dept-budget");
        assertThat(t.tables())
                .extracting(TableSpec::number)
                .containsExactly("表一", "表二", "表三", "表四", "表五", "表六", "表七", "表八", "表九");
        assertThat(t.tables())
                .extracting(TableSpec::title)
                .containsExactly(
                        "部门收支总体情况表",
                        "部门收入总体情况表",
                        "部门支出总体情况表",
                        "财政拨款收支预算总体情况表",
                        "一般公共预算支出情况表",
                        "一般公共预算基本支出情况表",
                        "一般公共预算项目支出情况表",
                        "一般公共预算“三公”经费支出情况表",
                        "政府性基金预算支出情况表");
        assertThat(t.tables()).allMatch(s -> s.unit() == DisplayUnit.WAN_YUAN);
        assertThat(t.table("T1").orElseThrow().allClasses()).isTrue();
        assertThat(t.table("T4").orElseThrow().allClasses()).isTrue();
        assertThat(t.narrativeStyle()).isEqualTo("xinjiang-2021");
        assertThat(t.split().roleOf("30101")).isEqualTo("personnel");
        assertThat(t.split().roleOf("30302")).isEqualTo("personnel");
        assertThat(t.split().roleOf("30217")).isEqualTo("public");
    }

    @Test
    void everyBuilderNameHasABuilder() {
        assertThat(TableSpec.BUILDERS).allMatch(TableBuilders::exists);
    }

    @Test
    void unknownTemplateIdIsAClearError() {
        assertThatThrownBy(() -> Templates.byId("nope")).hasMessageContaining("未知的模板“nope”");
    }

    @Test
    void brokenTemplateListsEveryProblemWithItsPath() {
        String json = """
                {"id": "x", "name": "坏模板", "title": "t", "narrativeStyle": "s",
                 "expenseSplit": {"personnel": ["301"], "public": ["302"]},
                 "parts": [{"content": "TABELS"}],
                 "tables": [
                   {"key": "T1", "title": "a", "builder": "pivotOfDoom", "columns": []},
                   {"key": "T1", "title": "b", "builder": "functionPivot",
                    "filter": {"funds": ["GENERAL_BUDGET"]},
                    "columns": [{"key": "x", "label": "x", "filter": {"funds": ["GOVERNMENT_FUND"]}}]},
                   {"key": "T3", "builder": "twoSided", "leftRows": [{"key": "GP", "label": "一般", "sources": ["GP_APPROP"]}]}
                 ]}
                """;
        TemplateReader.Result r = TemplateReader.read("bad.json", json);
        assertThat(r.ok()).isFalse();
        assertThat(r.template()).isNull();
        assertThat(r.problems())
                .anySatisfy(p -> assertThat(p).contains("$.parts[0].content").contains("TABELS"))
                .anySatisfy(p -> assertThat(p).contains("$.tables[0].builder").contains("pivotOfDoom"))
                .anySatisfy(p -> assertThat(p).contains("$.tables[1].key").contains("重复"))
                .anySatisfy(p ->
                        assertThat(p).contains("$.tables[1].columns[0].filter").contains("矛盾"))
                .anySatisfy(p -> assertThat(p).contains("$.tables[2].title").contains("缺少必填字段"))
                .anySatisfy(p -> assertThat(p).contains("$.tables[2].leftRows").contains("PUBLIC_SERVICE"));
    }

    @Test
    void badJsonIsReportedWithLineAndColumn() {
        TemplateReader.Result r = TemplateReader.read("bad.json", "{\"id\": }");
        assertThat(r.problems()).singleElement().asString().contains("bad.json").contains("第1行");
    }
}
