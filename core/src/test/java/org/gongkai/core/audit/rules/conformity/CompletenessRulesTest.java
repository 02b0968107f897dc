package org.gongkai.core.audit.rules.conformity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.core.audit.Docs;
import org.gongkai.core.audit.Finding;
import org.gongkai.core.audit.Fires;
import org.gongkai.core.audit.RuleProbe;
import org.gongkai.core.audit.Silent;
import org.gongkai.core.disclosure.Block;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.Heading;
import org.gongkai.core.disclosure.Paragraph;
import org.gongkai.core.disclosure.Table;
import org.gongkai.core.testing.TestCodes;
import org.junit.jupiter.api.Test;

class CompletenessRulesTest {
    private static List<Finding> run(String id, Disclosure d) {
        return RuleProbe.run(id, d, TestCodes.INSTANCE);
    }

    private static final List<String> IDS = List.of(
            "DOC.FAMILY-UNKNOWN",
            "DOC.TABLE-MISSING",
            "DOC.TABLE-DUPLICATE",
            "DOC.TABLE-ORDER",
            "DOC.SECTION-MISSING",
            "DOC.TABLE-UNIT-MISSING",
            "DOC.EMPTY-NOTE-MISSING",
            "DOC.EMPTY-NOTE-INCOMPLETE",
            "DOC.EMPTY-NOTE-GARBLED",
            "DOC.EMPTY-NOTE-FALSE",
            "DOC.SANGONG-REASON",
            "DOC.FUND-STATEMENT",
            "DOC.PERF-TABLE-COUNT",
            "DOC.PERF-TABLE-DUPLICATE",
            "DOC.GLOSSARY-TERM-MISSING");

    /** Replaces blocks matching a predicate (null = drop). */
    private static Disclosure edit(Disclosure d, java.util.function.UnaryOperator<Block> f) {
        List<Block> out = new java.util.ArrayList<>();
        for (Block b : d.blocks()) {
            Block n = f.apply(b);
            if (n != null) {
                out.add(n);
            }
        }
        return new Disclosure(d.info(), out);
    }

    @Test
    @Silent("DOC.FAMILY-UNKNOWN")
    @Silent("DOC.TABLE-MISSING")
    @Silent("DOC.TABLE-DUPLICATE")
    @Silent("DOC.TABLE-ORDER")
    @Silent("DOC.SECTION-MISSING")
    @Silent("DOC.TABLE-UNIT-MISSING")
    @Silent("DOC.EMPTY-NOTE-MISSING")
    @Silent("DOC.EMPTY-NOTE-INCOMPLETE")
    @Silent("DOC.EMPTY-NOTE-GARBLED")
    @Silent("DOC.EMPTY-NOTE-FALSE")
    @Silent("DOC.SANGONG-REASON")
    @Silent("DOC.FUND-STATEMENT")
    @Silent("DOC.PERF-TABLE-COUNT")
    @Silent("DOC.PERF-TABLE-DUPLICATE")
    @Silent("DOC.GLOSSARY-TERM-MISSING")
    void completeXinjiangDocumentIsSilent() {
        Disclosure d = XinjiangDocs.complete().build();
        assertThat(TemplateFamilies.detect(d))
                .hasValueSatisfying(f -> assertThat(f.id()).isEqualTo("xinjiang-2021-dept-budget"));
        for (String id : IDS) {
            assertThat(run(id, d)).as(id).isEmpty();
        }
    }

    @Test
    void familiesAreDetectedFromTitlesOrTemplateId() {
        Docs national = Docs.budget(2021);
        for (String title : List.of("部门收支总表", "部门收入总表", "部门支出总表", "财政拨款收支总表")) {
            national.codeTable("", "", title, "201|一般公共服务支出|1||");
        }
        assertThat(TemplateFamilies.detect(national.build()))
                .hasValueSatisfying(f -> assertThat(f.id()).isEqualTo("national-dept-budget"));
        assertThat(TemplateFamilies.detect(Docs.budget(2026)
                        .template("shanghai-unit-budget")
                        .para("x")
                        .build()))
                .hasValueSatisfying(f -> assertThat(f.tables()).hasSize(9));
        assertThat(TemplateFamilies.all())
                .extracting(TemplateFamily::id)
                .containsExactly(
                        "xinjiang-2021-dept-budget",
                        "national-dept-budget",
                        "shanghai-dept-budget",
                        "national-final-accounts");
    }

    @Test
    @Fires("DOC.FAMILY-UNKNOWN")
    void unknownFamilyIsReported() {
        Disclosure d =
                Docs.budget(2021).codeTable("", "", "某某明细表", "201|一般公共服务支出|1||").build();
        assertThat(run("DOC.FAMILY-UNKNOWN", d))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("新疆部门预算九表"));
    }

    @Test
    @Fires("DOC.TABLE-MISSING")
    void missingTableSeven() {
        Disclosure d = edit(
                XinjiangDocs.complete().build(),
                b -> b instanceof Table t && t.key().equals("T7") ? null : b);
        assertThat(run("DOC.TABLE-MISSING", d))
                .singleElement()
                .satisfies(f -> assertThat(f.expected()).isEqualTo("一般公共预算项目支出情况表"));
    }

    @Test
    @Fires("DOC.TABLE-DUPLICATE")
    @Fires("DOC.TABLE-ORDER")
    void duplicateAndOutOfOrderTables() {
        Disclosure d = XinjiangDocs.complete()
                .codeTable("T1", "表一", "部门收支总体情况表", "201|一般公共服务支出|10|6|4")
                .build();
        assertThat(run("DOC.TABLE-DUPLICATE", d))
                .singleElement()
                .satisfies(f -> assertThat(f.actual()).isEqualTo("2"));
        Docs swapped = Docs.budget(2021);
        for (int i : new int[] {1, 0, 2, 3, 4, 5, 6, 7}) {
            swapped.codeTable("", XinjiangDocs.NUMBERS[i], XinjiangDocs.TITLES[i], "201|一般公共服务支出|1||");
        }
        assertThat(run("DOC.TABLE-ORDER", swapped.build()))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("部门收入总体情况表"));
    }

    @Test
    @Fires("DOC.SECTION-MISSING")
    void missingProcurementAndSme() {
        Disclosure d = edit(XinjiangDocs.complete().build(), b -> {
            if (b instanceof Paragraph p && p.text().contains("政府采购")) {
                return null;
            }
            return b instanceof Heading h && h.text().contains("政府采购") ? null : b;
        });
        assertThat(run("DOC.SECTION-MISSING", d)).extracting(Finding::expected).containsExactly("政府采购", "面向中小企业预留");
    }

    @Test
    @Fires("DOC.TABLE-UNIT-MISSING")
    void tableWithoutUnit() {
        Disclosure d = edit(
                XinjiangDocs.complete().build(),
                b -> b instanceof Table t && t.key().equals("T2")
                        ? new Table(
                                t.key(),
                                t.number(),
                                t.title(),
                                t.preparer(),
                                "",
                                t.columns(),
                                t.rows(),
                                t.notes(),
                                t.ref())
                        : b);
        assertThat(run("DOC.TABLE-UNIT-MISSING", d))
                .singleElement()
                .satisfies(f -> assertThat(f.location().table()).isEqualTo("表二 部门收入总体情况表"));
    }

    @Test
    @Fires("DOC.TABLE-UNIT-MISSING")
    @Silent("DOC.TABLE-UNIT-MISSING")
    void aContinuationOrAListOfUnitsNeedsNoUnitOfItsOwn() {
        List<Table.Column> list = List.of(
                new Table.Column("no", "序号", Table.ColumnType.AMOUNT),
                new Table.Column("name", "单位名称", Table.ColumnType.LABEL),
                new Table.Column("note", "备注", Table.ColumnType.AMOUNT));
        List<Table.Column> money = List.of(
                new Table.Column("name", "项目", Table.ColumnType.LABEL),
                new Table.Column("total", "合计", Table.ColumnType.AMOUNT));
        Disclosure units = untitledWithoutUnit(Docs.budget(2021)
                .table("", "", "", list, List.of(), "1|测试局本级", "2|测试局执法大队")
                .build());
        assertThat(run("DOC.TABLE-UNIT-MISSING", units)).isEmpty();
        // The second part of a table broken by a page: no number, no title, its unit stated above the first part.
        Disclosure continued = untitledWithoutUnit(Docs.budget(2021)
                .codeTable("T3", "表三", "部门支出总体情况表", "201|一般公共服务支出|1||")
                .table("", "", "", money, List.of(), "合计|1")
                .build());
        assertThat(run("DOC.TABLE-UNIT-MISSING", continued)).isEmpty();
        Disclosure alone = edit(continued, b -> b instanceof Table t && t.key().equals("T3") ? null : b);
        assertThat(run("DOC.TABLE-UNIT-MISSING", alone))
                .singleElement()
                .satisfies(f -> assertThat(f.location().table()).isEqualTo("无标题的表"));
    }

    private static Disclosure untitledWithoutUnit(Disclosure d) {
        return edit(
                d,
                b -> b instanceof Table t && t.title().isEmpty()
                        ? new Table(
                                t.key(),
                                t.number(),
                                t.title(),
                                t.preparer(),
                                "",
                                t.columns(),
                                t.rows(),
                                t.notes(),
                                t.ref())
                        : b);
    }

    private static Disclosure withT9Note(String... notes) {
        Docs d = Docs.budget(2021);
        for (int i = 0; i < 8; i++) {
            d.codeTable("T" + (i + 1), XinjiangDocs.NUMBERS[i], XinjiangDocs.TITLES[i], "201|一般公共服务支出|1||");
        }
        return d.emptyTable("T9", "表九", XinjiangDocs.TITLES[8], notes).build();
    }

    @Test
    @Fires("DOC.EMPTY-NOTE-MISSING")
    void emptyFundTableWithoutAnyNote() {
        assertThat(run("DOC.EMPTY-NOTE-MISSING", withT9Note()))
                .singleElement()
                .satisfies(f -> assertThat(f.location().table()).isEqualTo("表九 政府性基金预算支出情况表"));
        assertThat(run("DOC.EMPTY-NOTE-MISSING", withT9Note("注：本年度无政府性基金预算支出，故本表无数据")))
                .isEmpty();
    }

    @Test
    @Fires("DOC.EMPTY-NOTE-INCOMPLETE")
    void emptyNoteWithoutReason() {
        assertThat(run("DOC.EMPTY-NOTE-INCOMPLETE", withT9Note("备注：本表为空。")))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("未说明原因"));
        assertThat(run("DOC.EMPTY-NOTE-INCOMPLETE", withT9Note("备注：本单位无政府性基金预算拨款。")))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("未说明本表为空"));
    }

    @Test
    @Fires("DOC.EMPTY-NOTE-GARBLED")
    void garbledEmptyNote() {
        Disclosure d = withT9Note("备注：某某中心无政府性基金预算拨款情况说明支出本\n表为空");
        assertThat(run("DOC.EMPTY-NOTE-GARBLED", d)).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("情况说明").contains("缺少标点");
            assertThat(f.actual()).isEqualTo("备注：某某中心无政府性基金预算拨款情况说明支出本表为空");
        });
        assertThat(run("DOC.EMPTY-NOTE-GARBLED", withT9Note("注:本部门2026年无政府性基金预算财政拨款安排的预算，故本表为空表。")))
                .isEmpty();
    }

    @Test
    @Fires("DOC.EMPTY-NOTE-FALSE")
    void noteSaysEmptyButTableHasFigures() {
        Disclosure d = Docs.budget(2021)
                .table(
                        "T9",
                        "表九",
                        "政府性基金预算支出情况表",
                        List.of(
                                new Table.Column("code", "科目编码", Table.ColumnType.CODE),
                                new Table.Column("total", "合计", Table.ColumnType.AMOUNT)),
                        List.of("注：本单位无政府性基金预算支出，故本表为空表。"),
                        "2120803|5.00")
                .build();
        assertThat(run("DOC.EMPTY-NOTE-FALSE", d))
                .singleElement()
                .satisfies(f -> assertThat(f.severity().name()).isEqualTo("ERROR"));
    }

    @Test
    @Fires("DOC.SANGONG-REASON")
    void sanGongChangeWithoutReason() {
        Disclosure d = Docs.budget(2021)
                .heading(2, "八", "关于某某中心2021年一般公共预算“三公”经费预算情况说明")
                .para("“三公”经费0.50万元，比上年增加0万元；公务用车运行费比上年增加1万元，主要原因是车辆老化。")
                .para("公务接待费0.5万元，比上年减少0.2万元。")
                .build();
        assertThat(run("DOC.SANGONG-REASON", d)).singleElement().satisfies(f -> {
            assertThat(f.actual()).isEqualTo("减少0.2万元");
            assertThat(f.location().quote()).isEqualTo("减少0.2万元");
        });
    }

    @Test
    @Fires("DOC.FUND-STATEMENT")
    void fundTableWithoutStatement() {
        Docs d = Docs.budget(2021);
        for (int i = 0; i < 8; i++) {
            d.codeTable("T" + (i + 1), XinjiangDocs.NUMBERS[i], XinjiangDocs.TITLES[i], "201|一般公共服务支出|1||");
        }
        Disclosure silent = d.emptyTable("T9", "表九", XinjiangDocs.TITLES[8])
                .para("收支总预算10万元。")
                .build();
        assertThat(run("DOC.FUND-STATEMENT", silent))
                .singleElement()
                .satisfies(f -> assertThat(f.location().table()).startsWith("表九"));
        Disclosure zero = new Disclosure(
                silent.info(),
                java.util.stream.Stream.concat(
                                silent.blocks().stream(),
                                java.util.stream.Stream.of(new Paragraph(
                                        "",
                                        "政府性基金拨款支出预算0万元，与上年预算持平。",
                                        silent.blocks().get(0).ref())))
                        .toList());
        assertThat(run("DOC.FUND-STATEMENT", zero)).isEmpty();
    }

    @Test
    @Fires("DOC.PERF-TABLE-COUNT")
    void sixProjectsButOneTable() {
        Disclosure d = edit(
                XinjiangDocs.complete().build(),
                b -> b instanceof Paragraph p && p.text().contains("绩效管理")
                        ? new Paragraph(p.section(), p.text().replace("项目1个", "项目   6个"), p.ref())
                        : b);
        assertThat(run("DOC.PERF-TABLE-COUNT", d)).singleElement().satisfies(f -> {
            assertThat(f.expected()).isEqualTo("6");
            assertThat(f.actual()).isEqualTo("1");
        });
        Disclosure summaryOnly =
                Docs.budget(2026).para("编报绩效目标的项目14个，涉及项目预算资金1099.22万元。").build();
        assertThat(run("DOC.PERF-TABLE-COUNT", summaryOnly)).isEmpty();
    }

    @Test
    @Fires("DOC.PERF-TABLE-DUPLICATE")
    void sameProjectTwice() {
        Disclosure d = XinjiangDocs.complete()
                .target("网站维护费", "某某中心", "4", "4", "0", "保障网站运行。", "产出指标|数量指标|维护网站（个）|≥5")
                .build();
        assertThat(run("DOC.PERF-TABLE-DUPLICATE", d))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("网站维护费").contains("2次"));
    }

    @Test
    @Fires("DOC.GLOSSARY-TERM-MISSING")
    void glossaryWithoutMachineryCosts() {
        Disclosure d = edit(
                XinjiangDocs.complete().build(),
                b -> b instanceof Paragraph p && p.text().startsWith("五、机关运行经费") ? null : b);
        assertThat(run("DOC.GLOSSARY-TERM-MISSING", d))
                .extracting(Finding::expected)
                .containsExactly("机关运行经费");
    }
}
