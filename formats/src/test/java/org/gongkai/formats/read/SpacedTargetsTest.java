package org.gongkai.formats.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.SharedDir;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.TargetTable;
import org.junit.jupiter.api.Test;

/**
 * Target tables in page text joined by single spaces: wrapped header cells, two goal columns side by side and
 * level names wrapped around their rows are read as the JSON twin's grid has them, or noted, never guessed.
 */
class SpacedTargetsTest {
    private final List<ReadNote> notes = new ArrayList<>();

    private TargetTable read(String... lines) {
        List<String> all = new ArrayList<>(List.of("=== [page 1] ==="));
        all.addAll(List.of(lines));
        Disclosure d = Assembler.assemble(new RawDocument("test.txt", SpacedLayout.parse(all)), notes);
        return d.targetTables().findFirst().orElseThrow();
    }

    private static final String[] INDICATORS = {
        "一级指标 二级指标 三级指标 年度(/项目)指标值",
        "生态环境",
        "文明施工情况 可控",
        "成本指标",
        "数量指标 桥梁建设长度 120米",
        "产出指标 质量指标 项目验收达标率 =100.00(%)",
        "时效指标 项目完成及时性 及时",
        "道路安全隐患减少情况 减少",
        "社会效益",
        "道路景观提升情况 提升",
        "指标",
        "效益指标",
        "道路通行能力提升情况 提升",
        "可持续影",
        "长效管理制度健全性 健全",
        "响指标",
        "服务对象",
        "满意度指",
        "满意度指 居民群众满意度 ≥90.00(%)",
        "标",
        "标"
    };

    private TargetTable wrapped(String... head) {
        List<String> lines = new ArrayList<>(List.of(head));
        lines.addAll(List.of(INDICATORS));
        return read(lines.toArray(String[]::new));
    }

    @Test
    void wrappedHeaderCellsAndSideBySideGoalsAreReadAsPrinted() {
        TargetTable t = wrapped(
                "财政项目支出绩效目标申报表",
                "（2026年度）",
                "长风路-金沙江路桥梁大修工 阶段性项",
                "项目名称 项目性质 项目类别 特定目标类",
                "程 目",
                "上海市某区建设和管",
                "主管部门 实施单位 上海市某区市政工程建设中心",
                "理委员会",
                "项目资金总额 77,000.00 年度资金申请总额 22,000.00",
                "其中：当年财政拨款 22,000.00",
                "项目资金",
                "其中：财政资金 77,000.00",
                "（元）",
                "上年结转资金 0",
                "其他资金 0 其他资金 0",
                "项目总目标 年度总体目标",
                "项目",
                "绩效 为居民出行提供快速便捷的通道，完善、提高了路",
                "积极推进项目前期征收工作，年内开",
                "目标 网服务功能分流中环路的交通压力、强化铁路两侧",
                "展管线搬迁及维护结构施工。",
                "的片区的交通联系，支撑区域一体化发展。");
        assertThat(t.year()).isEqualTo("2026");
        assertThat(t.projectName()).isEqualTo("长风路-金沙江路桥梁大修工程");
        assertThat(t.unitName()).isEqualTo("上海市某区市政工程建设中心");
        assertThat(t.unitLabel()).isEqualTo("元");
        assertThat(List.of(t.total(), t.fiscal(), t.other())).containsExactly("22,000.00", "22,000.00", "0");
        assertThat(t.goal()).isEqualTo("积极推进项目前期征收工作，年内开展管线搬迁及维护结构施工。");
        assertThat(t.indicators())
                .extracting(r -> r.level1() + "|" + r.level2() + "|" + r.name() + "|" + r.value())
                .containsExactly(
                        "|生态环境成本指标|文明施工情况|可控",
                        "产出指标|数量指标|桥梁建设长度|120米",
                        "产出指标|质量指标|项目验收达标率|=100.00(%)",
                        "产出指标|时效指标|项目完成及时性|及时",
                        "效益指标|社会效益指标|道路安全隐患减少情况|减少",
                        "效益指标|社会效益指标|道路景观提升情况|提升",
                        "效益指标|社会效益指标|道路通行能力提升情况|提升",
                        "效益指标|可持续影响指标|长效管理制度健全性|健全",
                        "满意度指标|服务对象满意度指标|居民群众满意度|≥90.00(%)");
        assertThat(notes).isEmpty();
    }

    @Test
    void piecesThatCannotBeGivenToACellAndGoalsThatCannotBeSplitAreNotedNotGuessed() {
        TargetTable t = wrapped(
                "财政项目支出绩效目标申报表",
                "（2026年度）",
                "阶段",
                "项目名称 拆违经费 项目性质 性项 项目类别 特定目标类",
                "目",
                "项目资金总额 100.00 年度资金申请总额 50.00",
                "其中：当年财政拨款 50.00",
                "项目总体目标",
                "年度总体目标",
                "1.完成年度拆违任务。 1.完成年度拆违",
                "任务。");
        assertThat(t.projectName()).isEqualTo("拆违经费");
        assertThat(t.goal()).contains("完成年度拆违任务");
        assertThat(notes)
                .extracting(ReadNote::message)
                .anyMatch(m -> m.contains("“阶段”") && m.contains("无法从页面文字确定属于哪一栏"))
                .anyMatch(m -> m.contains("“目”"))
                .anyMatch(m -> m.contains("并排印出"));
    }

    @Test
    void levelNamesThatFitNoSpansAreLeftBlankWithANote() {
        TargetTable t = read(
                "项目支出绩效目标表",
                "项目名称 某某经费",
                "年度目标 完成某某工作",
                "一级指标 二级指标 三级指标 指标值",
                "产出指标 完成数量 10个",
                "质量指标",
                "合格率 100%",
                "达标率 100%");
        assertThat(t.indicators()).extracting(TargetTable.IndicatorRow::name).containsExactly("完成数量", "合格率", "达标率");
        assertThat(t.indicators())
                .allMatch(r -> r.level1().isEmpty() && r.level2().isEmpty());
        assertThat(notes).extracting(ReadNote::message).anyMatch(m -> m.contains("无法从页面文字确定各自包含哪些指标"));
    }

    /** The page text's target tables equal the JSON twin's, field by field, wherever no note was given. */
    @Test
    void pageTextTargetTablesMatchTheJsonTwin() throws Exception {
        for (String name :
                List.of("001_putuo_chengguanju_2026_dept_budget", "002_putuo_jianguanwei_2026_dept_budget")) {
            ReadResult text = Readers.read(SharedDir.corpus(name + ".txt"));
            ReadResult json = Readers.read(SharedDir.corpus(name + ".json"));
            List<TargetTable> mine = text.disclosure().targetTables().toList();
            List<TargetTable> truth = json.disclosure().targetTables().toList();
            assertThat(mine).as(name).hasSameSizeAs(truth).isNotEmpty();
            boolean goalNoted = text.notes().stream().anyMatch(n -> n.message().contains("并排印出"));
            for (int i = 0; i < mine.size(); i++) {
                TargetTable a = mine.get(i);
                TargetTable b = truth.get(i);
                assertThat(List.of(a.year(), a.projectName(), a.unitName(), a.total(), a.fiscal(), a.other()))
                        .as(name)
                        .containsExactly(b.year(), b.projectName(), b.unitName(), b.total(), b.fiscal(), b.other());
                assertThat(a.indicators())
                        .extracting(r -> r.level1() + "|" + r.level2() + "|" + r.name() + "|" + r.value())
                        .as(name)
                        .containsExactlyElementsOf(b.indicators().stream()
                                .map(r -> r.level1() + "|" + r.level2() + "|" + r.name() + "|" + r.value())
                                .toList());
                if (!goalNoted) {
                    assertThat(a.goal()).as(name).isEqualTo(b.goal());
                }
            }
        }
        assertThat(Readers.read(SharedDir.corpus("002_putuo_jianguanwei_2026_dept_budget.txt"))
                        .notes())
                .noneMatch(n -> n.message().startsWith("绩效目标表"));
    }
}
