package org.gongkai.core.audit.rules.conformity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.core.audit.Docs;
import org.gongkai.core.audit.Finding;
import org.gongkai.core.audit.Fires;
import org.gongkai.core.audit.RuleProbe;
import org.gongkai.core.audit.Severity;
import org.gongkai.core.audit.Silent;
import org.gongkai.core.classification.Classifications;
import org.gongkai.core.classification.ReferenceData;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.Table;
import org.gongkai.core.testing.TestCodes;
import org.junit.jupiter.api.Test;

class CodeRulesTest {
    private static final Classifications LISTS = TestCodes.INSTANCE;

    private static List<Finding> run(String id, Disclosure d) {
        return RuleProbe.run(id, d, LISTS);
    }

    private static Docs t5(String... rows) {
        return Docs.budget(2021).codeTable("T5", "表五", "一般公共预算支出情况表", rows);
    }

    private static final String[] GOOD_T5 = {
        "201|一般公共服务支出|268.22|174.82|93.40", "20105|统计信息事务|268.22|174.82|93.40", "2010504|信息事务|268.22|174.82|93.40"
    };

    @Test
    @Silent("CODE.FUNC-MALFORMED")
    @Silent("CODE.FUNC-NAME")
    @Silent("CODE.FUNC-NAME-UNVERIFIED")
    @Silent("CODE.FUNC-UNKNOWN")
    @Silent("CODE.PARENT-MISSING")
    @Silent("CODE.ORDER")
    @Silent("CODE.WRONG-LIST")
    @Silent("CODE.NAME-VARIES")
    void correctFunctionTableIsSilent() {
        Disclosure d = t5(GOOD_T5).codeTable("T3", "表三", "部门支出总体情况表", GOOD_T5).build();
        for (String id : List.of(
                "CODE.FUNC-MALFORMED",
                "CODE.FUNC-NAME",
                "CODE.FUNC-NAME-UNVERIFIED",
                "CODE.FUNC-UNKNOWN",
                "CODE.PARENT-MISSING",
                "CODE.ORDER",
                "CODE.WRONG-LIST",
                "CODE.NAME-VARIES")) {
            assertThat(run(id, d)).as(id).isEmpty();
        }
    }

    @Test
    @Fires("CODE.FUNC-MALFORMED")
    void malformedFunctionCodeIsAnError() {
        List<Finding> f = run(
                "CODE.FUNC-MALFORMED",
                t5("201|一般公共服务支出|1||", "201050|统计信息事务|1||").build());
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(x.actual()).isEqualTo("201050");
            assertThat(x.location().table()).isEqualTo("表五 一般公共预算支出情况表");
            assertThat(x.location().row()).isEqualTo("201050 统计信息事务");
        });
    }

    @Test
    @Fires("CODE.FUNC-NAME")
    void wrongFunctionNameSuggestsTheOfficialOne() {
        List<Finding> f =
                run("CODE.FUNC-NAME", t5("201|一般公共服务支出|1||", "20105|财政事务|1||").build());
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.expected()).isEqualTo("统计信息事务");
            assertThat(x.actual()).isEqualTo("财政事务");
            assertThat(x.suggestion()).contains("统计信息事务");
            assertThat(x.message()).contains("20105").contains("2021");
        });
    }

    @Test
    @Fires("CODE.FUNC-NAME-UNVERIFIED")
    void nameAgainstAuthorKnowledgeIsOnlyAWarning() {
        Disclosure d = Docs.budget(2021)
                .codeTable("T1", "表一", "部门收支总体情况表", "234|抗疫特别国债还本支出||", "222|粮油物资管理支出||")
                .build();
        assertThat(run("CODE.FUNC-NAME-UNVERIFIED", d))
                .singleElement()
                .satisfies(x -> assertThat(x.actual()).isEqualTo("抗疫特别国债还本支出"));
        assertThat(run("CODE.FUNC-NAME", d))
                .singleElement()
                .satisfies(x -> assertThat(x.expected()).isEqualTo("粮油物资储备支出"));
    }

    @Test
    @Fires("CODE.FUNC-UNKNOWN")
    void unknownCodeIsInfoWithAdvice() {
        assertThat(LISTS.function("20197"))
                .as("a well-formed code the shipped list lacks")
                .isEmpty();
        List<Finding> f = run(
                "CODE.FUNC-UNKNOWN", t5("201|一般公共服务支出|1||", "20197|其他事务|1||").build());
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.INFO);
            assertThat(x.suggestion()).isEqualTo("不在 Gongkai 所带科目表中，可加载财政部门的正式科目表");
        });
    }

    @Test
    @Fires("CODE.ECON-MALFORMED")
    @Fires("CODE.ECON-NAME")
    @Fires("CODE.ECON-UNKNOWN")
    void economicCodesInTheBasicTable() {
        Disclosure d = Docs.budget(2021)
                .codeTable(
                        "T6",
                        "表六",
                        "一般公共预算基本支出情况表",
                        "301|工资福利支出|1||",
                        "30101|奖金|1||",
                        "3010|基本工资|1||",
                        "30104|其他津贴|1||",
                        "501|机关工资福利支出|1||",
                        "50101|工资|1||")
                .build();
        assertThat(run("CODE.ECON-MALFORMED", d)).extracting(Finding::actual).containsExactly("3010");
        assertThat(run("CODE.ECON-NAME", d)).extracting(Finding::expected).containsExactly("基本工资", "工资奖金津补贴");
        assertThat(LISTS.departmentEconomic("30104"))
                .as("a well-formed code the shipped list lacks")
                .isEmpty();
        assertThat(run("CODE.ECON-UNKNOWN", d)).extracting(Finding::actual).containsExactly("30104");
    }

    @Test
    @Silent("CODE.ECON-MALFORMED")
    void splitCodesWhose款OverlapsThe类AreAPrintConventionNotAnError() {
        // Some systems print 30211 as 类 "302" and 款 "211" (the code's last three digits).
        List<Table.Column> cols = List.of(
                new Table.Column("code.class", "类", Table.ColumnType.CODE),
                new Table.Column("code.section", "款", Table.ColumnType.CODE),
                new Table.Column("name", "科目名称", Table.ColumnType.LABEL),
                new Table.Column("total", "合计", Table.ColumnType.AMOUNT));
        Disclosure ok = Docs.budget(2021)
                .table("T6", "表六", "一般公共预算基本支出情况表", cols, List.of(), "302|211|差旅费|2.5", "301|01|基本工资|1")
                .build();
        assertThat(run("CODE.ECON-MALFORMED", ok)).isEmpty();
        Disclosure bad = Docs.budget(2021)
                .table("T6", "表六", "一般公共预算基本支出情况表", cols, List.of(), "302|311|差旅费|2.5")
                .build();
        assertThat(run("CODE.ECON-MALFORMED", bad)).extracting(Finding::actual).containsExactly("302311");
    }

    @Test
    @Silent("CODE.ECON-MALFORMED")
    @Silent("CODE.ECON-NAME")
    @Silent("CODE.ECON-UNKNOWN")
    void correctEconomicTableIsSilent() {
        Disclosure d = Docs.budget(2021)
                .codeTable("T6", "表六", "一般公共预算基本支出情况表", "301|工资福利支出|1||", "30101|基本工资|1||", "30102 | 津贴补贴 |1||")
                .build();
        assertThat(run("CODE.ECON-MALFORMED", d)).isEmpty();
        assertThat(run("CODE.ECON-NAME", d)).isEmpty();
        assertThat(run("CODE.ECON-UNKNOWN", d)).isEmpty();
    }

    private static final String NARR = "1.一般公共服务（类：201）财政事务（款：05）行政运行（项：04）：2021年预算数为268.22万元。";

    @Test
    @Fires("CODE.NARR-NAME")
    void narrativeLevelChainWithWrongNames() {
        Disclosure d = t5(GOOD_T5).para(NARR).build();
        List<Finding> f = run("CODE.NARR-NAME", d);
        assertThat(f).extracting(Finding::actual).containsExactly("财政事务", "行政运行");
        assertThat(f).extracting(Finding::expected).containsExactly("统计信息事务", "信息事务");
        assertThat(f.get(0).location().quote()).isEqualTo("财政事务（款：05）");
    }

    @Test
    @Silent("CODE.NARR-NAME")
    @Silent("CODE.NARR-MALFORMED")
    @Silent("CODE.NARR-UNKNOWN")
    @Silent("CODE.NARR-TABLE-NAME")
    @Silent("CODE.NARR-NOT-IN-TABLE")
    void narrativeWithRightNamesIsSilent() {
        Disclosure d = t5(GOOD_T5)
                .para("1.一般公共服务（类：201）统计信息事务（款：05）信息事务（项：04）：2021年预算数为268.22万元。")
                .para("2010504信息事务支出268.22万元，比上年增加30000万元。")
                .build();
        for (String id : List.of(
                "CODE.NARR-NAME",
                "CODE.NARR-MALFORMED",
                "CODE.NARR-UNKNOWN",
                "CODE.NARR-TABLE-NAME",
                "CODE.NARR-NOT-IN-TABLE")) {
            assertThat(run(id, d)).as(id).isEmpty();
        }
    }

    @Test
    @Silent("CODE.NARR-MALFORMED")
    void namesWithABracketedPartKeepTheChain() {
        // 20131 党委办公厅（室）及相关机构事务: the （室） must not cut the 款 off from its 类.
        Disclosure d = t5(GOOD_T5)
                .para("1.一般公共服务（类：201）党委办公厅（室）及相关机构事务（款：31）行政运行（项：01）：预算数为1万元。")
                .build();
        assertThat(run("CODE.NARR-MALFORMED", d)).isEmpty();
    }

    @Test
    @Fires("CODE.NARR-MALFORMED")
    void narrativeSectionWithoutClassIsMalformed() {
        Disclosure d = t5(GOOD_T5).para("统计信息事务（款：5）支出268.22万元。").build();
        assertThat(run("CODE.NARR-MALFORMED", d))
                .singleElement()
                .satisfies(x -> assertThat(x.actual()).isEqualTo("5"));
    }

    @Test
    @Fires("CODE.NARR-UNKNOWN")
    @Fires("CODE.NARR-TABLE-NAME")
    @Fires("CODE.NARR-NOT-IN-TABLE")
    void narrativeMentionsOfUnknownCodes() {
        // 2019998 and 2019997 are well-formed 项 of a known 款 (20199) that the shipped list lacks.
        assertThat(List.of("2019998", "2019997"))
                .allSatisfy(code -> assertThat(LISTS.function(code)).isEmpty());
        Disclosure d = t5("201|一般公共服务支出|1||", "20199|其他一般公共服务支出|1||", "2019998|其他一般公共服务支出|1||")
                .para("2019998其他公共服务支出1万元；2019997其他一般公共服务支出2万元。")
                .build();
        assertThat(run("CODE.NARR-UNKNOWN", d)).extracting(Finding::actual).containsExactly("2019998", "2019997");
        assertThat(run("CODE.NARR-TABLE-NAME", d)).singleElement().satisfies(x -> {
            assertThat(x.expected()).isEqualTo("其他一般公共服务支出");
            assertThat(x.locations()).hasSize(2);
        });
        assertThat(run("CODE.NARR-NOT-IN-TABLE", d))
                .singleElement()
                .satisfies(x -> assertThat(x.actual()).isEqualTo("2019997"));
    }

    @Test
    @Fires("CODE.NAME-VARIES")
    void classNamedDifferentlyInTwoTables() {
        Disclosure d = Docs.budget(2021)
                .codeTable("T1", "表一", "部门收支总体情况表", "222|粮油物资管理支出||")
                .codeTable("T4", "表四", "财政拨款收支预算总体情况表", "222|粮油物资储备支出||")
                .build();
        assertThat(run("CODE.NAME-VARIES", d)).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(x.location().table()).startsWith("表四");
            assertThat(x.locations().get(1).table()).startsWith("表一");
            assertThat(x.suggestion()).contains("粮油物资储备支出");
        });
    }

    @Test
    @Fires("CODE.PARENT-MISSING")
    void itemWithoutItsSection() {
        Disclosure d = t5("201|一般公共服务支出|1||", "2010504|信息事务|1||").build();
        assertThat(run("CODE.PARENT-MISSING", d))
                .singleElement()
                .satisfies(x -> assertThat(x.expected()).isEqualTo("20105"));
    }

    @Test
    @Fires("CODE.ORDER")
    void economicRowsOutOfOrder() {
        Disclosure d = Docs.budget(2021)
                .codeTable(
                        "T6",
                        "表六",
                        "一般公共预算基本支出情况表",
                        "301|工资福利支出|1||",
                        "30102|津贴补贴|1||",
                        "30101|基本工资|1||",
                        "301|工资福利支出|1||")
                .build();
        assertThat(run("CODE.ORDER", d)).singleElement().satisfies(x -> {
            assertThat(x.actual()).isEqualTo("30101");
            assertThat(x.message()).contains("30102");
        });
    }

    @Test
    @Fires("CODE.WRONG-LIST")
    void functionCodeInEconomicTable() {
        Disclosure d = Docs.budget(2021)
                .codeTable("T6", "表六", "一般公共预算基本支出情况表", "301|工资福利支出|1||", "2010504|信息事务|1||")
                .build();
        assertThat(run("CODE.WRONG-LIST", d))
                .singleElement()
                .satisfies(x -> assertThat(x.actual()).isEqualTo("2010504"));
    }

    private static Disclosure splitT6(String... rows) {
        return Docs.budget(2021)
                .table(
                        "T6",
                        "表六",
                        "一般公共预算基本支出情况表",
                        List.of(
                                new Table.Column("code.class", "类", Table.ColumnType.CODE),
                                new Table.Column("code.section", "款", Table.ColumnType.CODE),
                                new Table.Column("name", "经济分类科目名称", Table.ColumnType.LABEL),
                                new Table.Column("total", "合计", Table.ColumnType.AMOUNT)),
                        List.of(),
                        rows)
                .build();
    }

    @Test
    @Fires("CODE.SPLIT-OVERLAP")
    void sectionPrintedWithThreeDigits() {
        Disclosure d = splitT6("301||工资福利支出|5", "301|102|津贴补贴|2", "301|101|基本工资|3");
        assertThat(run("CODE.SPLIT-OVERLAP", d)).singleElement().satisfies(f -> {
            assertThat(f.expected()).isEqualTo("02");
            assertThat(f.message()).contains("“301”“102”");
        });
        assertThat(run("CODE.ECON-MALFORMED", d)).isEmpty();
        assertThat(run("CODE.ECON-NAME", d)).isEmpty();
    }

    @Test
    @Silent("CODE.SPLIT-OVERLAP")
    void twoDigitSectionsAreRight() {
        Disclosure d = splitT6("301||工资福利支出|5", "301|01|基本工资|3", "301|02|津贴补贴|2");
        assertThat(run("CODE.SPLIT-OVERLAP", d)).isEmpty();
        assertThat(run("CODE.ECON-MALFORMED", splitT6("301|1|基本工资|3"))).hasSize(1);
    }

    @Test
    @Silent("CODE.FUNC-NAME")
    @Silent("CODE.NAME-VARIES")
    @Silent("CODE.ECON-NAME")
    void wrappedLabelsAndSplitLeadingCodesAreNotMismatches() {
        Disclosure d = Docs.budget(2021)
                .codeTable("T2", "表二", "收入预算总表", "201|一般公共服务支出|1||", "20105|统计信息|1||", "2010504|务信息事务|1||")
                .codeTable("T3", "表三", "支出预算总表", "201|一般公共服务支出|1||", "20105|统计信息事务|1||", "2010504|信息事务|1||")
                .table(
                        "",
                        "",
                        "一般公共预算基本支出部门预算经济分类预算表",
                        List.of(
                                new Table.Column("name", "项目", Table.ColumnType.LABEL),
                                new Table.Column("total", "合计", Table.ColumnType.AMOUNT)),
                        List.of(),
                        "301 01基本工资|3",
                        "301 02津贴补贴|2",
                        "302 ………|0")
                .build();
        assertThat(run("CODE.FUNC-NAME", d)).isEmpty();
        assertThat(run("CODE.NAME-VARIES", d)).isEmpty();
        assertThat(run("CODE.ECON-NAME", d)).isEmpty();
        assertThat(CodeRefs.inTables(d)).extracting(CodeRef::raw).contains("30101", "30102");
        Disclosure split = splitT6("301||01基本工资|3");
        assertThat(CodeRefs.inTables(split)).extracting(CodeRef::raw).containsExactly("30101");
        assertThat(run("CODE.ECON-NAME", split)).isEmpty();
    }

    private static final Classifications PENSIONS = ReferenceData.forYear(2025);

    /** Three tall cells whose wrapped lines the extraction interleaved, as read from a published page. */
    private static final String[] INTERLEAVED = {
        "208|社会保障和就业支出|471.44||",
        "20805|行政事业单位养老支出|460.67||",
        "2080505|机关事业单位基本养老保|229.67||",
        "2080506|险机缴关费事支业出单位职业年金缴|116.59||",
        "2080599|费其支他出行政事业单位养老支|1.27||",
        "20808|出抚恤|10.77||",
        "2080801|死亡抚恤|10.77||"
    };

    private static final String[] CLEAN = {
        "208|社会保障和就业支出|471.44||",
        "20805|行政事业单位养老支出|460.67||",
        "2080505|机关事业单位基本养老保险缴费支出|229.67||",
        "2080506|机关事业单位职业年金缴费|116.59||",
        "2080599|其他行政事业单位养老支出|1.27||",
        "20808|抚恤|10.77||",
        "2080801|死亡抚恤|10.77||"
    };

    @Test
    @Fires("READ.NAME-GARBLED")
    void interleavedWrappedLabelsAreAnExtractionProblemNotANamingError() {
        Disclosure d = Docs.budget(2025)
                .codeTable("T1", "表一", "收入决算表", CLEAN)
                .codeTable("T5", "表五", "一般公共预算财政拨款支出决算表", INTERLEAVED)
                .build();

        assertThat(RuleProbe.run("READ.NAME-GARBLED", d, PENSIONS))
                .extracting(Finding::actual)
                .containsExactly("险机缴关费事支业出单位职业年金缴", "费其支他出行政事业单位养老支", "出抚恤");
        assertThat(RuleProbe.run("READ.NAME-GARBLED", d, PENSIONS)).allSatisfy(x -> {
            assertThat(x.severity()).isEqualTo(Severity.INFO);
            assertThat(x.message()).contains("名称文字顺序错乱").contains("提取问题");
            assertThat(x.location().table()).startsWith("表五");
        });
        assertThat(RuleProbe.run("READ.NAME-GARBLED", d, PENSIONS).get(0).expected())
                .isEqualTo("机关事业单位职业年金缴费支出");
        assertThat(RuleProbe.run("CODE.FUNC-NAME", d, PENSIONS)).isEmpty();
        assertThat(RuleProbe.run("CODE.NAME-VARIES", d, PENSIONS)).isEmpty();
    }

    @Test
    @Silent("READ.NAME-GARBLED")
    void aNameExtendedInOrderOrWithForeignCharactersStaysANamingError() {
        Disclosure d = Docs.budget(2025)
                .codeTable("T1", "表一", "收入决算表", CLEAN)
                .codeTable(
                        "T5",
                        "表五",
                        "一般公共预算财政拨款支出决算表",
                        "208|社会保障和就业支出|471.44||",
                        "20805|行政事业单位养老支出|460.67||",
                        // a qualifier in front, in order: a different name, even though 其他 is printed nearby
                        "2080505|其他机关事业单位基本养老保险缴费支出|229.67||",
                        "2080599|其他行政事业单位养老支出|1.27||",
                        // shuffled, but with characters no neighbouring label holds
                        "20808|恤抚金|10.77||",
                        "2080801|死亡抚恤|10.77||")
                .build();

        assertThat(RuleProbe.run("READ.NAME-GARBLED", d, PENSIONS)).isEmpty();
        assertThat(RuleProbe.run("CODE.FUNC-NAME", d, PENSIONS))
                .extracting(Finding::actual)
                .containsExactly("恤抚金");
        assertThat(run("READ.NAME-GARBLED", t5(GOOD_T5).build())).isEmpty();
    }

    @Test
    void garbleTestNeedsTheStrayHeadToBeTheTailOfTheRowAbove() {
        assertThat(GarbledNames.garbled("出抚恤", "抚恤", "其他行政事业单位养老支出", "死亡抚恤")).isTrue();
        assertThat(GarbledNames.garbled("出抚恤", "抚恤", "出口退税", "死亡抚恤")).isFalse();
        assertThat(GarbledNames.garbled("抚恤死", "抚恤", "", "死亡抚恤")).isTrue();
        assertThat(GarbledNames.garbled("恤抚", "抚恤", "", "")).isFalse(); // same characters, nothing extra
        assertThat(GarbledNames.garbled("险机缴关费事支业出单位职业年金缴", "机关事业单位职业年金缴费支出", "机关事业单位基本养老保险缴费支出", ""))
                .isTrue();
        assertThat(GarbledNames.garbled("一二三四五机关", "关机", "一二三四五", "")).isFalse(); // too many strays
    }
}
