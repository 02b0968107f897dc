package org.gongkai.formats.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.TargetTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Performance-target tables in {@code pdftotext -layout} text: both the Xinjiang form and the Shanghai 申报表. */
class LayoutTargetTableTest {
    @TempDir
    Path dir;

    private static final String BUDGET_TABLE = """
                                       部门收支总体情况表
            编制部门：某某中心                                                    单位：万元
                   收入                                          支出
            项目                    预算数             项目                   预算数
            一、一般公共预算拨款        268.22         一、一般公共服务支出       268.22
            二、政府性基金预算拨款        0.00         二、教育支出                 0.00
            收入总计                    268.22         支出总计                   268.22

            """;

    private static final String XINJIANG = """
                                项  目  支  出  绩  效  目  标  表
                                            （2021年）
              项目名称              电子政务外网三级等保测评服务费
              预算单位              某某电子政务服务中心
              项目资金                        年度资金总额：12
              （万元）                        其中：财政拨款：12
                                              其他资金：
              总       年度目标
              体       确保电子政务外网安全运行，提升网络防护能力，
              目       保障各类业务系统稳定运行。
              标
              绩       一级指标        二级指标          三级指标                  指标值（包含数字及文字描述）
              效       项目完成        数量指标          全年三级等保测评数             1次
              指                                 全年出测评报告书              1份
              标                   质量指标          等保测评通过率                100%
            \f
                                  时效指标          项目完成时间                2021年12月
                      项目效益        经济效益指标
                                  社会效益指标         发现安全隐患及不足            提升系统安全和网络
                                                                      防护能力
                                  满意度           使用部门满意度（%）            ≥95%
                                  指标

              第四部分  名词解释
              一、财政拨款收入：指本级财政当年拨付的资金。
            """;

    private static final String SHANGHAI = """
                                    财政项目支出绩效目标申报表
                                          （2026年度）
              项目名称          拆违经费                    项目性质        阶段性项目         项目类别      特定目标类
              主管部门          某某执法局                   实施单位        某某执法大队
                            项目资金总额        10,308,000.00   年度资金申请总额            3,498,000.00
              项目资金          其中：财政资金       10,308,000.00   其中：当年财政拨款           3,498,000.00
              （元）                                         上年结转资金                      0.00
                            其他资金                   0.00   其他资金                        0.00
              项目            项目总体目标                        年度总体目标
              绩效            1.完成年度拆违任务。                   1.完成市、区相关部门下达的
              目标            2.新增违建零增长。                    年度拆违任务。
              绩效            一级指标        二级指标            三级指标                  年度(/项目)指标值
              指标            产出指标        数量指标            完成年度拆违计划              =100.00(%)
                                        质量指标            违法建筑销项正确率             =100.00(%)
                            满意度指标       服务对象满意度         群众满意度                 ≥90.00(%)
                                        指标
            """;

    private Disclosure read(String text) throws Exception {
        Path file = dir.resolve("layout.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return Readers.read(file).disclosure();
    }

    @Test
    void xinjiangTargetTableOverAPageBreak() throws Exception {
        Disclosure d = read(BUDGET_TABLE + XINJIANG);

        TargetTable t = d.targetTables().findFirst().orElseThrow();
        assertThat(List.of(t.year(), t.projectName(), t.unitName(), t.unitLabel(), t.total(), t.fiscal(), t.other()))
                .containsExactly("2021", "电子政务外网三级等保测评服务费", "某某电子政务服务中心", "万元", "12", "12", "");
        assertThat(t.goal()).isEqualTo("确保电子政务外网安全运行，提升网络防护能力，保障各类业务系统稳定运行。");
        assertThat(t.indicators())
                .extracting(r -> List.of(r.level1(), r.level2(), r.name(), r.value()))
                .containsExactly(
                        List.of("项目完成", "数量指标", "全年三级等保测评数", "1次"),
                        List.of("项目完成", "数量指标", "全年出测评报告书", "1份"),
                        List.of("项目完成", "质量指标", "等保测评通过率", "100%"),
                        List.of("项目完成", "时效指标", "项目完成时间", "2021年12月"),
                        List.of("项目效益", "经济效益指标", "", ""),
                        List.of("项目效益", "社会效益指标", "发现安全隐患及不足", "提升系统安全和网络防护能力"),
                        List.of("项目效益", "满意度指标", "使用部门满意度（%）", "≥95%"));
        // the ordinary table before it and the headings after it are read as before
        assertThat(d.tables().map(x -> x.title()).toList()).containsExactly("部门收支总体情况表");
        assertThat(d.headings().map(h -> h.text()).toList()).contains("名词解释");
    }

    @Test
    void shanghaiApplicationFormWithTwoGoalColumns() throws Exception {
        Disclosure d = read(BUDGET_TABLE + SHANGHAI + "\n" + XINJIANG);

        List<TargetTable> targets = d.targetTables().toList();
        assertThat(targets).hasSize(2);
        TargetTable t = targets.get(0);
        assertThat(List.of(t.year(), t.projectName(), t.unitName(), t.unitLabel(), t.total(), t.fiscal(), t.other()))
                .containsExactly("2026", "拆违经费", "某某执法大队", "元", "3,498,000.00", "3,498,000.00", "0.00");
        assertThat(t.goal()).isEqualTo("1.完成市、区相关部门下达的年度拆违任务。");
        assertThat(t.indicators())
                .extracting(r -> List.of(r.level1(), r.level2(), r.name(), r.value()))
                .containsExactly(
                        List.of("产出指标", "数量指标", "完成年度拆违计划", "=100.00(%)"),
                        List.of("产出指标", "质量指标", "违法建筑销项正确率", "=100.00(%)"),
                        List.of("满意度指标", "服务对象满意度指标", "群众满意度", "≥90.00(%)"));
        assertThat(targets.get(1).projectName()).isEqualTo("电子政务外网三级等保测评服务费");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {
                "011_putuo_zhengfuban_2025_dept_budget.txt",
                "012_putuo_zhengfuban_2025_unit_budget.txt",
                "007_shanghai_bumenjuesuan_moban_2024_template.txt"
            })
    void corpusLayoutTextsThatOnlyMentionTargetsHaveNoTargetTable(String name) throws Exception {
        Path file = org.gongkai.core.SharedDir.corpus(name);
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(file), name + " missing");

        Disclosure d = Readers.read(file).disclosure();

        // they say "详见单位的项目绩效目标表" / "编报绩效目标的项目…个" but print no target table
        assertThat(d.targetTables()).isEmpty();
        assertThat(d.tables()).isNotEmpty();
    }
}
