package org.gongkai.core.audit.cross;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.audit.AuditProfile;
import org.gongkai.core.audit.Finding;
import org.gongkai.core.audit.Fires;
import org.gongkai.core.audit.Location;
import org.gongkai.core.audit.Severity;
import org.gongkai.core.audit.Silent;
import org.gongkai.core.disclosure.Block;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.DisclosureInfo;
import org.gongkai.core.disclosure.DisclosureInfo.Kind;
import org.gongkai.core.disclosure.Heading;
import org.gongkai.core.disclosure.Paragraph;
import org.gongkai.core.disclosure.SourceRef;
import org.gongkai.core.disclosure.Table;
import org.junit.jupiter.api.Test;

class CrossDocumentAuditorTest {
    private static final String DEPT = "dept.pdf";
    private static final String UNIT = "unit.pdf";
    private static final String BODY = "某区某某局";

    private final CrossDocumentAuditor auditor = new CrossDocumentAuditor(AuditProfile.DEFAULT);

    /** 支出总表 figures: 行政运行 basic and project, 事业运行 basic; class and total rows add up. */
    private record Figures(long runBasic, long runProject, long institutionBasic) {
        long run() {
            return runBasic + runProject;
        }

        long total() {
            return run() + institutionBasic;
        }
    }

    private static final Figures SAME = new Figures(1_000, 200, 300);

    @Test
    @Silent("XDOC.DEPT-UNIT-CELL")
    void aUnitEqualToItsOneUnitDepartmentIsSilent() {
        CrossDocumentAuditor.Result r = auditor.audit(List.of(dept(BODY, 2025, SAME, "元"), unit(BODY, 2025, SAME)));

        assertThat(r.pairs()).singleElement().satisfies(p -> {
            assertThat(p.sameBody()).isTrue();
            // T1: 财政拨款收入, 收入总计, 支出总计 (a line's unkeyed expenditure half is left out); T3: 4 rows × 3
            assertThat(p.comparedCells()).isEqualTo(15);
            assertThat(p.describe()).contains("《dept.pdf》（部门）", "《unit.pdf》（单位）", "15 个单元格");
        });
        assertThat(r.findings()).isEmpty();
    }

    @Test
    @Fires("XDOC.DEPT-UNIT-CELL")
    void oneDifferentCellOfAOneUnitDepartmentIsAnErrorAtBothPlaces() {
        Disclosure d = dept(BODY, 2025, SAME, "元");
        // 事业运行 basic 310 in the unit's table, 300 in the department's (the unit's own sums are left as they are)
        Disclosure u = withCell(unit(BODY, 2025, SAME), "2010350", "basic", "310");

        List<Finding> findings = auditor.audit(List.of(d, u)).findings();

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("XDOC.DEPT-UNIT-CELL");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.expected()).isEqualTo("300元");
            assertThat(f.actual()).isEqualTo("310元");
            assertThat(f.difference()).isEqualTo("10元");
            Location unitPlace = f.locations().get(0);
            Location deptPlace = f.locations().get(1);
            assertThat(unitPlace.file()).isEqualTo(UNIT);
            assertThat(deptPlace.file()).isEqualTo(DEPT);
            assertThat(unitPlace.table()).isEqualTo("3. 预算单位支出预算总表");
            assertThat(deptPlace.table()).isEqualTo("3. 部门支出预算总表");
            assertThat(unitPlace.row()).isEqualTo("2010350 事业运行");
            assertThat(unitPlace.column()).isEqualTo("基本支出");
            assertThat(unitPlace.describe()).startsWith("《unit.pdf》3. 预算单位支出预算总表／2010350 事业运行／基本支出");
            assertThat(f.message()).contains("《unit.pdf》", "《dept.pdf》", "310元", "300元");
        });
    }

    @Test
    @Fires("XDOC.DEPT-UNIT-CELL")
    void aMistypedGrandTotalStillCountsAsTheOneUnitAndIsReported() {
        Disclosure d = dept(BODY, 2025, SAME, "元");
        Disclosure u = unit(BODY, 2025, SAME, SAME, "1,600"); // T1 收入总计 mistyped, the other totals agree

        List<Finding> findings = auditor.audit(List.of(d, u)).findings();

        assertThat(findings).extracting(Finding::ruleId).containsExactly("XDOC.DEPT-UNIT-CELL");
        assertThat(findings.get(0).location().row()).isEqualTo("收入总计");
    }

    @Test
    @Silent("XDOC.DEPT-UNIT-EXCEEDS")
    void aUnitSmallerThanItsManyUnitDepartmentIsSilent() {
        Disclosure d = dept(BODY, 2025, new Figures(5_000, 900, 800), "元");
        Disclosure u = unit(BODY, 2025, SAME);

        CrossDocumentAuditor.Result r = auditor.audit(List.of(d, u));

        assertThat(r.pairs())
                .singleElement()
                .satisfies(p -> assertThat(p.sameBody()).isFalse());
        assertThat(r.findings()).isEmpty();
    }

    @Test
    @Fires("XDOC.DEPT-UNIT-EXCEEDS")
    void aUnitFigureAboveItsDepartmentsIsAWarning() {
        Disclosure d = dept(BODY, 2025, new Figures(5_000, 100, 800), "元");
        Disclosure u = unit(BODY, 2025, SAME); // project 200 > the department's 100

        List<Finding> findings = auditor.audit(List.of(d, u)).findings();

        assertThat(findings).isNotEmpty().allSatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo("XDOC.DEPT-UNIT-EXCEEDS");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location().column()).isEqualTo("项目支出");
            assertThat(f.difference()).isEqualTo("100元");
        });
        assertThat(findings).extracting(f -> f.location().row()).contains("2010301 行政运行", "合计");
    }

    @Test
    void documentsOfDifferentYearsKindsOrBodiesAreNotPaired() {
        Figures typo = new Figures(1, 2, 3);
        assertThat(auditor.audit(List.of(dept(BODY, 2025, SAME, "元"), unit(BODY, 2024, typo)))
                        .pairs())
                .isEmpty();
        assertThat(auditor.audit(List.of(dept(BODY, 2025, SAME, "元"), unit("另一区另一局", 2025, typo)))
                        .pairs())
                .isEmpty();
        Disclosure finalAccounts = withInfo(unit(BODY, 2025, typo), BODY, 2025, Kind.FINAL_ACCOUNTS);
        assertThat(auditor.audit(List.of(dept(BODY, 2025, SAME, "元"), finalAccounts))
                        .pairs())
                .isEmpty();
        // two department disclosures are never a pair either
        assertThat(auditor.audit(List.of(dept(BODY, 2025, SAME, "元"), dept(BODY, 2025, typo, "元")))
                        .pairs())
                .isEmpty();
    }

    @Test
    @Fires("XDOC.DEPT-UNIT-EXCEEDS")
    void aUnitListedInTheDepartmentsMachinerySectionIsPaired() {
        String member = "某区某某局执法大队";
        Disclosure d = dept(BODY, 2025, new Figures(5_000, 100, 800), "元");
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(2, "二", "部门机构设置", SourceRef.NONE));
        blocks.add(new Paragraph("第一部分/二", "本部门下属单位包括：" + member + "、某区某某中心。", SourceRef.NONE));
        blocks.add(new Heading(2, "三", "名词解释", SourceRef.NONE));
        blocks.addAll(d.blocks());
        Disclosure listing = new Disclosure(d.info(), blocks);

        List<Finding> findings =
                auditor.audit(List.of(listing, unit(member, 2025, SAME))).findings();

        assertThat(findings).isNotEmpty().allMatch(f -> f.ruleId().equals("XDOC.DEPT-UNIT-EXCEEDS"));
        // outside the 机构设置 section a name does not make a unit
        Disclosure mentioning = new Disclosure(
                d.info(),
                List.of(
                        new Paragraph("第二部分", member + "负责执法。", SourceRef.NONE),
                        d.tables().findFirst().orElseThrow()));
        assertThat(auditor.audit(List.of(mentioning, unit(member, 2025, SAME))).pairs())
                .isEmpty();
    }

    @Test
    @Silent("XDOC.DEPT-UNIT-CELL")
    void figuresInYuanAndInWanAgreeWithinDisplayPrecision() {
        Figures big = new Figures(1_234_567, 200_000, 300_000);
        Disclosure d = dept(BODY, 2025, big, "元");
        Disclosure u = unit(BODY, 2025, big);
        Disclosure uWan = new Disclosure(
                u.info(),
                u.blocks().stream()
                        .map(b -> b instanceof Table t && t.key().equals("T3") ? inWan(t) : b)
                        .toList());

        assertThat(auditor.audit(List.of(d, uWan)).findings()).isEmpty();
        assertThat(auditor.audit(List.of(d, uWan)).pairs())
                .singleElement()
                .satisfies(p -> assertThat(p.sameBody()).isTrue());
    }

    @Test
    @Silent("XDOC.DEPT-UNIT-NARRATIVE")
    void theSameNarrativeTotalsInBothTextsAreSilent() {
        Disclosure d = withNarrative(dept(BODY, 2025, SAME, "元"), "9,101.68");
        Disclosure u = withNarrative(unit(BODY, 2025, SAME), "9,101.68");

        CrossDocumentAuditor.Result r = auditor.audit(List.of(d, u));

        assertThat(r.findings()).isEmpty();
        assertThat(r.pairs())
                .singleElement()
                .satisfies(p -> assertThat(p.comparedStatements()).isGreaterThanOrEqualTo(2));
    }

    @Test
    @Fires("XDOC.DEPT-UNIT-NARRATIVE")
    void aDifferentNarrativeTotalOfAOneUnitDepartmentIsAnError() {
        Disclosure d = withNarrative(dept(BODY, 2025, SAME, "元"), "9,101.68");
        Disclosure u = withNarrative(unit(BODY, 2025, SAME), "9,101.86");

        List<Finding> findings = auditor.audit(List.of(d, u)).findings();

        // 收入预算 and 支出预算 both differ (the unit's 财政拨款收入 is a part, not a total, and is left out)
        assertThat(findings).hasSize(2).allSatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo("XDOC.DEPT-UNIT-NARRATIVE");
            assertThat(f.actual()).isEqualTo("9101.86万元");
            assertThat(f.expected()).isEqualTo("9101.68万元");
            assertThat(f.difference()).isEqualTo("0.18万元");
            assertThat(f.locations().get(0).file()).isEqualTo(UNIT);
            assertThat(f.locations().get(0).quote()).contains("9,101.86");
            assertThat(f.locations().get(1).file()).isEqualTo(DEPT);
        });
    }

    @Test
    @Fires("XDOC.DEPT-UNIT-EXCEEDS")
    void aNarrativeTotalAboveTheManyUnitDepartmentsIsAWarning() {
        Disclosure d = withNarrative(dept(BODY, 2025, new Figures(5_000, 900, 800), "元"), "9,101.68");
        Disclosure u = withNarrative(unit(BODY, 2025, SAME), "9,200.00");
        Disclosure smaller = withNarrative(unit(BODY, 2025, SAME), "101.68");

        assertThat(auditor.audit(List.of(d, u)).findings()).hasSize(2).allSatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo("XDOC.DEPT-UNIT-EXCEEDS");
            assertThat(f.location().quote()).isEqualTo("9,200.00万元");
            assertThat(f.difference()).isEqualTo("98.32万元");
        });
        assertThat(auditor.audit(List.of(d, smaller)).findings()).isEmpty();
    }

    @Test
    void theProfileCanSwitchARuleOff() {
        Disclosure d = dept(BODY, 2025, SAME, "元");
        Disclosure u = withCell(unit(BODY, 2025, SAME), "2010350", "basic", "310");
        AuditProfile off = new AuditProfile(java.util.Map.of(), java.util.Set.of("XDOC.DEPT-UNIT-CELL"));

        assertThat(new CrossDocumentAuditor(off).audit(List.of(d, u)).findings())
                .isEmpty();
    }

    // --- synthetic disclosures -------------------------------------------------------------------------------

    private static Disclosure dept(String name, int year, Figures f, String unitLabel) {
        return doc(DEPT, name, year, "shanghai-dept-budget", "部门", f, f, Long.toString(f.total()), unitLabel);
    }

    private static Disclosure unit(String name, int year, Figures f) {
        return unit(name, year, f, f);
    }

    private static Disclosure unit(String name, int year, Figures t1, Figures t3) {
        return unit(name, year, t1, t3, Long.toString(t1.total()));
    }

    private static Disclosure unit(String name, int year, Figures t1, Figures t3, String incomeTotal) {
        return doc(UNIT, name, year, "shanghai-unit-budget", "预算单位", t1, t3, incomeTotal, "元");
    }

    private static Disclosure doc(
            String file,
            String name,
            int year,
            String template,
            String prefix,
            Figures t1f,
            Figures t3f,
            String incomeTotal,
            String unitLabel) {
        String kind = prefix.equals("部门") ? "部门预算" : "单位预算";
        DisclosureInfo info = new DisclosureInfo(name, year, Kind.BUDGET, template, "某区" + year + "年区级" + kind, file);
        Table t1 = new Table(
                "T1",
                "1.",
                prefix + "财务收支预算总表",
                "",
                unitLabel,
                List.of(
                        new Table.Column("income.label", "项目", Table.ColumnType.LABEL),
                        new Table.Column("income.amount", "预算数", Table.ColumnType.AMOUNT),
                        new Table.Column("expenditure.label", "项目", Table.ColumnType.LABEL),
                        new Table.Column("expenditure.amount", "预算数", Table.ColumnType.AMOUNT)),
                List.of(
                        row("APPROP|", Table.Row.Type.DATA, "一、财政拨款收入", n(t1f.total()), "一、一般公共服务支出", n(t1f.total())),
                        row("total|total", Table.Row.Type.TOTAL, "收入总计", incomeTotal, "支出总计", n(t1f.total()))),
                List.of(),
                SourceRef.page(1, 1));
        Table t3 = new Table(
                "T3",
                "3.",
                prefix + "支出预算总表",
                "",
                unitLabel,
                List.of(
                        new Table.Column("code", "功能分类科目编码", Table.ColumnType.CODE),
                        new Table.Column("name", "功能分类科目名称", Table.ColumnType.LABEL),
                        new Table.Column("total", "合计", Table.ColumnType.AMOUNT),
                        new Table.Column("basic", "基本支出", Table.ColumnType.AMOUNT),
                        new Table.Column("project", "项目支出", Table.ColumnType.AMOUNT)),
                List.of(
                        row(
                                "201",
                                Table.Row.Type.SUBTOTAL,
                                "201",
                                "一般公共服务支出",
                                n(t3f.total()),
                                n(t3f.runBasic() + t3f.institutionBasic()),
                                n(t3f.runProject())),
                        row(
                                "2010301",
                                Table.Row.Type.DATA,
                                "2010301",
                                "行政运行",
                                n(t3f.run()),
                                n(t3f.runBasic()),
                                n(t3f.runProject())),
                        row(
                                "2010350",
                                Table.Row.Type.DATA,
                                "2010350",
                                "事业运行",
                                n(t3f.institutionBasic()),
                                n(t3f.institutionBasic()),
                                ""),
                        row(
                                "total",
                                Table.Row.Type.TOTAL,
                                "",
                                "合计",
                                n(t3f.total()),
                                n(t3f.runBasic() + t3f.institutionBasic()),
                                n(t3f.runProject()))),
                List.of(),
                SourceRef.page(3, 1));
        return new Disclosure(info, List.of(t1, t3));
    }

    /** The disclosure with an overview paragraph stating its income and expenditure totals in 万元. */
    private static Disclosure withNarrative(Disclosure d, String wan) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(1, "第二部分", "2025年部门预算情况说明", SourceRef.NONE));
        blocks.add(new Heading(2, "一", "收支预算总体情况", SourceRef.NONE));
        blocks.add(new Paragraph(
                "第二部分/一",
                "2025年，" + BODY + "收入预算" + wan + "万元，其中：财政拨款收入" + wan + "万元。支出预算" + wan + "万元。",
                SourceRef.line(40)));
        blocks.addAll(d.blocks());
        return new Disclosure(d.info(), blocks);
    }

    /** The disclosure with one cell of its 支出总表 replaced. */
    private static Disclosure withCell(Disclosure d, String rowKey, String columnKey, String text) {
        return new Disclosure(
                d.info(),
                d.blocks().stream()
                        .map(b ->
                                b instanceof Table t && t.key().equals("T3") ? withCell(t, rowKey, columnKey, text) : b)
                        .toList());
    }

    private static Table withCell(Table t, String rowKey, String columnKey, String text) {
        int c = t.columnIndex(columnKey).getAsInt();
        List<Table.Row> rows = t.rows().stream()
                .map(r -> {
                    if (!r.key().equals(rowKey)) {
                        return r;
                    }
                    List<String> cells = new ArrayList<>(r.cells());
                    cells.set(c, text);
                    return new Table.Row(r.key(), r.type(), cells, r.ref());
                })
                .toList();
        return new Table(
                t.key(), t.number(), t.title(), t.preparer(), t.unitLabel(), t.columns(), rows, t.notes(), t.ref());
    }

    private static Disclosure withInfo(Disclosure d, String name, int year, Kind kind) {
        DisclosureInfo i = d.info();
        return new Disclosure(new DisclosureInfo(name, year, kind, i.templateId(), i.title(), i.source()), d.blocks());
    }

    /** The same table printed in 万元 with two decimals (rounded half up, as templates do). */
    private static Table inWan(Table t) {
        List<Table.Row> rows = t.rows().stream()
                .map(r -> {
                    List<String> cells = new ArrayList<>(r.cells());
                    for (int c = 0; c < cells.size(); c++) {
                        if (t.columns().get(c).type() == Table.ColumnType.AMOUNT
                                && !cells.get(c).isEmpty()) {
                            cells.set(
                                    c,
                                    new java.math.BigDecimal(cells.get(c).replace(",", ""))
                                            .movePointLeft(4)
                                            .setScale(2, java.math.RoundingMode.HALF_UP)
                                            .toPlainString());
                        }
                    }
                    return new Table.Row(r.key(), r.type(), cells, r.ref());
                })
                .toList();
        return new Table(t.key(), t.number(), t.title(), t.preparer(), "万元", t.columns(), rows, t.notes(), t.ref());
    }

    private static Table.Row row(String key, Table.Row.Type type, String... cells) {
        return new Table.Row(key, type, List.of(cells), SourceRef.page(3, 10));
    }

    private static String n(long v) {
        return String.format("%,d", v);
    }
}
