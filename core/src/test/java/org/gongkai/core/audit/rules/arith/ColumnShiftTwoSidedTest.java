package org.gongkai.core.audit.rules.arith;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.core.audit.AuditContext;
import org.gongkai.core.audit.Auditor;
import org.gongkai.core.audit.Finding;
import org.gongkai.core.audit.Fires;
import org.gongkai.core.audit.Silent;
import org.gongkai.core.audit.rules.conformity.ConformityRules;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.Paragraph;
import org.gongkai.core.disclosure.SourceRef;
import org.gongkai.core.disclosure.Table;
import org.gongkai.core.testing.TestCodes;
import org.junit.jupiter.api.Test;

/**
 * T.COLUMN-SHIFT on a 基本支出决算表 printed as two halves side by side and read as one list of codes: the 302 half's
 * amounts slipped one row above their codes (the half's last code shows a stray figure, its first code's own amount
 * is printed nowhere), the 301 and 303 halves right. The 302 class sum, the 三公 caps of 表八 and the components the
 * narrative lists are the evidence.
 */
class ColumnShiftTwoSidedTest {
    /** Code, name, true amount of the 302 class (办公费 0: its amount is the one the slip loses). */
    private static final String[][] GOODS = {
        {"30201", "办公费", "0.00"},
        {"30202", "印刷费", "1.00"},
        {"30205", "水费", "0.00"},
        {"30206", "电费", "3.00"},
        {"30207", "邮电费", "1.50"},
        {"30209", "物业管理费", "0.00"},
        {"30211", "差旅费", "2.50"},
        {"30212", "因公出国（境）费用", "0.00"},
        {"30213", "维修（护）费", "4.00"},
        {"30216", "培训费", "0.00"},
        {"30217", "公务接待费", "0.50"},
        {"30226", "劳务费", "0.00"},
        {"30228", "工会经费", "3.00"},
        {"30229", "福利费", "2.00"},
        {"30231", "公务用车运行维护费", "3.50"},
        {"30239", "其他交通费用", "0.00"},
        {"30299", "其他商品和服务支出", "8.00"},
    };

    /** 表六 (决算) with the 302 amounts as printed: right, or one row above their codes. */
    private static Table t6(boolean slipped, String goods) {
        TableBuilder b = TableBuilder.table("", "", "一般公共预算财政拨款基本支出决算表")
                .code("科目编码")
                .label("科目名称")
                .amount("total", "决算数");
        b.row("301", "工资福利支出", "100.00");
        b.row("30101", "基本工资", "40.00");
        b.row("30102", "津贴补贴", "30.00");
        b.row("30107", "绩效工资", "20.00");
        b.row("30113", "住房公积金", "10.00");
        b.row("302", "商品和服务支出", goods);
        for (int q = 0; q < GOODS.length; q++) {
            String shown = !slipped ? GOODS[q][2] : q + 1 < GOODS.length ? GOODS[q + 1][2] : "29.00";
            b.row(GOODS[q][0], GOODS[q][1], shown);
        }
        b.row("303", "对个人和家庭的补助", "5.00");
        b.row("30302", "退休费", "5.00");
        return b.build();
    }

    private static Table t8() {
        return TableBuilder.table("", "", "财政拨款“三公”经费支出决算表")
                .amounts("合计", "因公出国（境）费", "公务用车购置及运行费/合计", "公务用车购置及运行费/公务用车购置费", "公务用车购置及运行费/公务用车运行费", "公务接待费")
                .row("4.00", "0.00", "3.50", "0.00", "3.50", "0.50")
                .build();
    }

    private static Disclosure doc(boolean slipped) {
        return doc(slipped, "29.00");
    }

    private static Disclosure doc(boolean slipped, String goods) {
        Paragraph list = new Paragraph(
                "六、一般公共预算财政拨款基本支出决算情况说明",
                "人员经费105.00万元，主要包括：基本工资、津贴补贴、绩效工资、住房公积金、退休费；公用经费29.00万元，主要包括：印刷费、电费、邮电费、差旅费、维修（护）费、工会经费、福利费。",
                SourceRef.line(400));
        return Fixture.of(List.of(t6(slipped, goods), t8(), list));
    }

    private static List<Finding> audit(Disclosure d) {
        List<org.gongkai.core.audit.Rule> rules = new java.util.ArrayList<>(ArithRules.all());
        rules.addAll(ConformityRules.all());
        return new Auditor(rules).audit(AuditContext.of(d, TestCodes.INSTANCE));
    }

    private static List<Finding> ofRule(List<Finding> findings, String id) {
        return findings.stream().filter(f -> f.ruleId().equals(id)).toList();
    }

    @Test
    @Fires("T.COLUMN-SHIFT")
    void theSlippedHalfIsOneFinding() {
        List<Finding> findings = audit(doc(true));
        assertThat(ofRule(findings, "T.COLUMN-SHIFT"))
                .as(Fixture.describe(findings))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.location().row()).isEqualTo("30201 办公费");
                    assertThat(f.location().column()).isEqualTo("决算数");
                    assertThat(f.message())
                            .contains(
                                    "至30299 其他商品和服务支出",
                                    "金额比所属科目高1行",
                                    "本段以外的行不受影响",
                                    "其中6项成立，0项不成立",
                                    "30201 办公费没有所印金额",
                                    "30299 其他商品和服务支出行所印29.00不属于本段任何科目",
                                    "T6.HIER×1",
                                    "X.T6-T8×1",
                                    "NARR.COMPONENT-EMPTY×4");
                });
        assertThat(findings)
                .as(Fixture.describe(findings))
                .noneMatch(f ->
                        List.of("T6.HIER", "X.T6-T8", "NARR.COMPONENT-EMPTY").contains(f.ruleId()));
    }

    @Test
    @Silent("T.COLUMN-SHIFT")
    void theRightTableHasNoFinding() {
        List<Finding> findings = audit(doc(false));
        assertThat(ofRule(findings, "T.COLUMN-SHIFT"))
                .as(Fixture.describe(findings))
                .isEmpty();
        assertThat(ofRule(findings, "T6.HIER")).isEmpty();
        assertThat(ofRule(findings, "NARR.COMPONENT-EMPTY")).isEmpty();
    }

    @Test
    @Silent("T.COLUMN-SHIFT")
    void withoutTheClassSumItIsNoShift() {
        // the same slip, but the lost first amount was not zero: the class sum holds neither way, and the caps and
        // the narrative alone do not claim a shift
        List<Finding> findings = audit(doc(true, "34.00"));
        assertThat(ofRule(findings, "T.COLUMN-SHIFT"))
                .as(Fixture.describe(findings))
                .isEmpty();
    }
}
