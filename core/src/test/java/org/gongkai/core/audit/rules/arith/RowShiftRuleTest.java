package org.gongkai.core.audit.rules.arith;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.audit.Finding;
import org.gongkai.core.audit.Fires;
import org.gongkai.core.audit.Silent;
import org.gongkai.core.disclosure.Block;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** T.ROW-SHIFT: a block of amounts printed some rows off its codes is one finding, not a cascade. */
class RowShiftRuleTest {
    /** Code, name, 合计, 基本支出, 项目支出: a consistent 表五 (and 表三, the same figures). */
    static final String[][] ROWS = {
        {"201", "一般公共服务支出", "123.45", "81.10", "42.35"},
        {"20101", "人大事务", "70.25", "50.10", "20.15"},
        {"2010101", "行政运行", "50.10", "50.10", ""},
        {"2010102", "一般行政管理事务", "20.15", "", "20.15"},
        {"20103", "政府办公厅（室）及相关机构事务", "53.20", "31.00", "22.20"},
        {"2010301", "行政运行", "31.00", "31.00", ""},
        {"2010302", "一般行政管理事务", "22.20", "", "22.20"},
        {"208", "社会保障和就业支出", "38.00", "38.00", ""},
        {"20805", "行政事业单位养老支出", "38.00", "38.00", ""},
        {"2080501", "行政单位离退休", "12.34", "12.34", ""},
        {"2080505", "机关事业单位基本养老保险缴费支出", "25.66", "25.66", ""},
        {"210", "卫生健康支出", "19.30", "9.30", "10.00"},
        {"21011", "行政事业单位医疗", "9.30", "9.30", ""},
        {"2101101", "行政单位医疗", "9.30", "9.30", ""},
        {"21099", "其他卫生健康支出", "10.00", "", "10.00"},
        {"2109999", "其他卫生健康支出", "10.00", "", "10.00"},
        {"221", "住房保障支出", "25.75", "25.75", ""},
        {"22102", "住房改革支出", "25.75", "25.75", ""},
        {"2210201", "住房公积金", "17.50", "17.50", ""},
        {"2210203", "购房补贴", "8.25", "8.25", ""},
    };

    static final String[] TOTAL = {"206.50", "154.15", "52.35"};

    /** 表五 with the amounts of rows {@code from}.. printed {@code k} rows above their codes (k > 0) or below. */
    static Table t5(int from, int k) {
        TableBuilder b = TableBuilder.table("", "表五", "一般公共预算支出情况表")
                .code("科目编码")
                .label("科目名称")
                .amounts("合计", "基本支出", "项目支出");
        b.total("", "合计", TOTAL[0], TOTAL[1], TOTAL[2]);
        for (int q = 0; q < ROWS.length; q++) {
            int p = q < from ? q : q + k; // the amounts printed on code row q
            boolean shown = q < from || p >= from && p < ROWS.length;
            String[] a = shown ? ROWS[p] : new String[] {"", "", "", "", ""};
            b.row(ROWS[q][0], ROWS[q][1], a[2], a[3], a[4]);
        }
        return b.build();
    }

    static Table t3() {
        TableBuilder b = TableBuilder.table("", "表三", "部门支出总体情况表")
                .code("科目编码")
                .label("科目名称")
                .amounts("合计", "基本支出", "项目支出");
        b.total("", "合计", TOTAL[0], TOTAL[1], TOTAL[2]);
        for (String[] r : ROWS) {
            b.row(r);
        }
        return b.build();
    }

    private static Disclosure doc(Table t5) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(t3());
        blocks.add(t5);
        return Fixture.of(blocks);
    }

    private static List<Finding> ofRule(List<Finding> findings, String id) {
        return findings.stream().filter(f -> f.ruleId().equals(id)).toList();
    }

    @Test
    @Silent("T.ROW-SHIFT")
    void consistentTablesHaveNoFinding() {
        List<Finding> findings = Fixture.audit(doc(t5(ROWS.length, 0)));
        assertThat(findings).as(Fixture.describe(findings)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"4, 1, 20103 政府办公厅（室）及相关机构事务, 高1行", "7, 2, 208 社会保障和就业支出, 高2行", "5, -1, 2010302 一般行政管理事务, 低1行"})
    @Fires("T.ROW-SHIFT")
    void aShiftedBlockIsOneFindingWithoutItsCascade(int from, int k, String row, String how) {
        Disclosure shifted = doc(t5(from, k));
        // as printed, the cascade is there: sums up the code tree, the 合计 and the 表三 comparison fail
        List<Finding> cascade = new org.gongkai.core.audit.Auditor(ArithRules.all().stream()
                        .filter(r -> !r.info().id().equals("T.ROW-SHIFT"))
                        .toList())
                .audit(org.gongkai.core.audit.AuditContext.of(shifted, org.gongkai.core.testing.TestCodes.INSTANCE));
        assertThat(ofRule(cascade, "T5.HIER")).isNotEmpty();

        List<Finding> findings = Fixture.audit(shifted);
        assertThat(findings).as(Fixture.describe(findings)).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("T.ROW-SHIFT");
            assertThat(f.location().row()).isEqualTo(row);
            assertThat(f.message()).contains("表五 一般公共预算支出情况表：自" + row + "起", "金额比所属科目" + how, "由此引起的其他", "T5.HIER×");
        });
    }

    @Test
    @Silent("T.ROW-SHIFT")
    void aSingleWrongCellIsNoShift() {
        Disclosure d = Fixture.withCell(doc(t5(ROWS.length, 0)), "表五", 9, 2, "21.34");
        List<Finding> findings = Fixture.audit(d);
        assertThat(ofRule(findings, "T.ROW-SHIFT")).isEmpty();
        assertThat(ofRule(findings, "T5.HIER")).isNotEmpty();
    }

    @Test
    @Silent("T.ROW-SHIFT")
    void aFewWrongCellsAreNoShift() {
        Disclosure d = doc(t5(ROWS.length, 0));
        d = Fixture.withCell(d, "表五", 3, 2, "70.10");
        d = Fixture.withCell(d, "表五", 10, 3, "12.43");
        d = Fixture.withCell(d, "表五", 18, 2, "35.57");
        List<Finding> findings = Fixture.audit(d);
        assertThat(ofRule(findings, "T.ROW-SHIFT"))
                .as(Fixture.describe(findings))
                .isEmpty();
    }
}
