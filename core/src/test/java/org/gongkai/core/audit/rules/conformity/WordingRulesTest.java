package org.gongkai.core.audit.rules.conformity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.core.audit.Docs;
import org.gongkai.core.audit.Finding;
import org.gongkai.core.audit.Fires;
import org.gongkai.core.audit.RuleProbe;
import org.gongkai.core.audit.Severity;
import org.gongkai.core.audit.Silent;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.SourceRef;
import org.gongkai.core.disclosure.Table;
import org.gongkai.core.testing.TestCodes;
import org.junit.jupiter.api.Test;

/** Self-contradicting change words, passages printed twice, a table left without its preparer, doubled words. */
class WordingRulesTest {
    private static final String UNIT = "上海市普陀区某某局";

    private static List<Finding> run(String id, Disclosure d) {
        return RuleProbe.run(id, d, TestCodes.INSTANCE);
    }

    private static Docs doc() {
        return Docs.budget(2026).unit(UNIT);
    }

    @Test
    @Fires("NARR.DIRECTION-CLASH")
    void aChangeThatIsAlsoFlat() {
        Disclosure d = doc().heading(1, "一", "部门预算编制说明")
                .para("政府性基金拨款支出预算0万元，与2025年预算增加持平；国有资本经营预算拨款支出预算0万元，与2025年预算持平。")
                .para("公务用车购置及运行维护费支出决算增加 5.07 万元，增长 42.68%；公务接待费支出决算减少为 0.00")
                .para("万元，与 2024 年持平。")
                .build();
        List<Finding> f = run("NARR.DIRECTION-CLASH", d);
        assertThat(f).extracting(Finding::actual).containsExactly("增加持平", "减少为 0.00万元，与 2024 年持平");
        assertThat(f.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(f.get(0).message()).contains("既说“增加”又说“持平”");
        // the wrapped second sentence is read whole and located at its first line
        assertThat(f.get(1).location().quote()).isEqualTo("减少为 0.00万元，与 2024 年持平");
    }

    @Test
    @Silent("NARR.DIRECTION-CLASH")
    void changesAndFlatsOfDifferentItemsAreFine() {
        Disclosure d = doc().heading(1, "一", "部门预算编制说明")
                .para("基本支出增加5.2万元，项目支出与上年持平；因公出国（境）费0万元，与2025年预算持平。")
                .para("年初预算为 1.27 万元，支出决算为 1.27 万元，决算数与预算数持平。")
                .para("公务用车运行费增加2万元，与预算数持平的是公务接待费。")
                .build();
        assertThat(run("NARR.DIRECTION-CLASH", d)).isEmpty();
    }

    @Test
    @Fires("DOC.TEXT-REPEATED")
    void aPassagePrintedTwiceInARow() {
        Docs docs = doc().heading(2, "四", "实施方案")
                .para("1.加强组织，强化领导，强化对突发事件的协调和处置。")
                .para("2.构建监控网络，开展对违法建设行为的全方位巡查。")
                .heading(2, "五", "实施周期")
                .para("2026年1月1日-2026年12月31日");
        docs.para("2.构建监控网络，开展对违法建设行为的全方位巡查。")
                .heading(2, "五", "实施周期")
                .para("2026年1月1日-2026年12月31日")
                .heading(2, "六", "年度预算安排");
        List<Finding> f = run("DOC.TEXT-REPEATED", docs.build());
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.message()).contains("3段文字").contains("2.构建监控网络");
            assertThat(x.location().source().line()).isEqualTo(6);
            assertThat(x.locations().get(1).source().line()).isEqualTo(3);
        });
    }

    @Test
    void aRepeatedPassageWhoseFirstCopyStopsAtThePageEnd() {
        // page text read as whole paragraphs: the first copy's last paragraph ends where its page ended
        Docs docs = doc().heading(2, "四", "实施方案")
                .para("2.构建监控网络，开展对违法建设行为的全方位巡查。")
                .para("3.违建治理的工作安排要高度重视、严密组织、完善方案。")
                .para("本年度拆违经费预算金额为349.80万元，分别用于拆违现场安全秩序维护第三方服务、以及数")
                .para("2.构建监控网络，开展对违法建设行为的全方位巡查。")
                .para("3.违建治理的工作安排要高度重视、严密组织、完善方案。")
                .para("本年度拆违经费预算金额为349.80万元，分别用于拆违现场安全秩序维护第三方服务、以及数据库销项等。");
        assertThat(run("DOC.TEXT-REPEATED", docs.build()))
                .singleElement()
                .satisfies(x -> assertThat(x.message()).contains("3段文字"));
    }

    @Test
    void aParagraphFollowedByItsOwnLongerVersionIsNoRepeatedPassage() {
        // one paragraph only: a sentence that starts the way the one before it did is no copy of a passage
        Disclosure d = doc().para("本年度拆违经费预算金额为349.80万元，分别用于拆违现场安全秩序维护第三方服务、以及数")
                .para("本年度拆违经费预算金额为349.80万元，分别用于拆违现场安全秩序维护第三方服务、以及数据库销项等。")
                .para("2.构建监控网络，开展对违法建设行为的全方位巡查。")
                .para("3.违建治理的工作安排要高度重视、严密组织、完善方案，以及数")
                .para("2.构建监控网络，开展对违法建设行为的全方位巡查。")
                .para("3.违建治理的工作安排要高度重视、严密组织、完善方案。")
                .build();
        assertThat(run("DOC.TEXT-REPEATED", d)).isEmpty();
    }

    @Test
    @Silent("DOC.TEXT-REPEATED")
    void repeatedHeaderLinesAndRecurringSentencesAreFine() {
        Disclosure d = doc().para("项目 年初结转和结余 本年收入 本年支出 年末结转和结余 功能分类科目编码")
                .para("科目名称 合计 基本支出 项目支出 合计 基本支出 项目支出 决算数 决算数")
                .para("项目 年初结转和结余 本年收入 本年支出 年末结转和结余 功能分类科目编码")
                .para("科目名称 合计 基本支出 项目支出 合计 基本支出 项目支出 决算数 决算数")
                .para("主要用于行政单位的基本支出，保障机构正常运转。")
                .para("事业运行科目380.73万元。")
                .para("主要用于行政单位的基本支出，保障机构正常运转。")
                .build();
        assertThat(run("DOC.TEXT-REPEATED", d)).isEmpty();
    }

    @Test
    @Fires("DOC.PREPARER-MISSING")
    void oneTableWithoutItsPreparer() {
        Disclosure d = withBlankPreparer(doc().codeTable("T1", "1", "部门收入预算总表", "201|一般公共服务支出|1||")
                        .codeTable("T2", "2", "部门支出预算总表", "201|一般公共服务支出|1||")
                        .codeTable("T3", "3", "部门一般公共预算支出功能分类预算表", "201|一般公共服务支出|1||"))
                .build();
        assertThat(run("DOC.PREPARER-MISSING", d)).singleElement().satisfies(x -> {
            assertThat(x.location().table()).isEqualTo("7 部门国有资本经营预算支出功能分类预算表");
            assertThat(x.expected()).isEqualTo(UNIT);
            assertThat(x.message()).contains("其他3张表都填了");
        });
    }

    @Test
    @Silent("DOC.PREPARER-MISSING")
    void documentsThatNameNoPreparerOrAllOfThem() {
        Disclosure all = doc().codeTable("T1", "1", "部门收入预算总表", "201|一般公共服务支出|1||")
                .codeTable("T2", "2", "部门支出预算总表", "201|一般公共服务支出|1||")
                .build();
        assertThat(run("DOC.PREPARER-MISSING", all)).isEmpty();
        // one named table out of two is no pattern to hold the other to
        Disclosure few = withBlankPreparer(doc().codeTable("T1", "1", "部门收入预算总表", "201|一般公共服务支出|1||"))
                .build();
        assertThat(run("DOC.PREPARER-MISSING", few)).isEmpty();
    }

    private static Docs withBlankPreparer(Docs docs) {
        return docs.block(new Table(
                "T10",
                "7",
                "部门国有资本经营预算支出功能分类预算表",
                "",
                "元",
                List.of(new Table.Column("name", "项目", Table.ColumnType.LABEL)),
                List.of(),
                List.of("注：本部门无国有资本经营预算财政拨款安排的预算，故本表为空表。"),
                SourceRef.line(99)));
    }

    @Test
    @Fires("TXT.REPEATED-PHRASE")
    void aDoubledBudgetWord() {
        Disclosure d = doc().para("财政拨款收入27,807.61万元，比2025年预算增加增加27.45万元。")
                .para("研究研究再定，看看效果。")
                .build();
        assertThat(run("TXT.REPEATED-PHRASE", d))
                .singleElement()
                .satisfies(x -> assertThat(x.actual()).isEqualTo("增加增加"));
    }
}
