package org.gongkai.core.derive.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.amount.DisplayUnit;
import org.gongkai.core.budget.IncomeSource;
import org.gongkai.core.budget.QuantityKey;
import org.gongkai.core.disclosure.Block;
import org.gongkai.core.disclosure.Heading;
import org.gongkai.core.disclosure.Paragraph;
import org.gongkai.core.testing.TestCodes;
import org.junit.jupiter.api.Test;

/** Styles are data: a new wording needs a JSON document, not Java; broken styles say what is wrong. */
class StyleTest {
    private static final String MINIMAL = """
            {"displayUnit": "YUAN_FEN",
             "options": {"itemEnd": "。", "incomeSourceNames": {"GP_APPROP": "财政拨款"},
                         "kindNames": {"basic": "基本", "project": "项目"}},
             "sections": [
               {"level": 2, "number": "1", "heading": "{unit}{year}年支出", "kind": "expenditure"},
               {"level": 2, "number": "2", "heading": "收入", "kind": "income"}
             ],
             "templates": {
               "comparison.up": "，较{lastYear}年多{change}（{rate}）",
               "comparison.down": "，较{lastYear}年少{change}（{rate}）",
               "comparison.flat": "，与{lastYear}年相同",
               "comparison.new": "，为新增",
               "comparison.reason": "，因{reason}",
               "expenditure.intro": "支出共{total}：",
               "expenditure.part": "{name}{amount}（{share}）{comparison}",
               "income.intro": "收入共{total}：",
               "income.source": "{name}{amount}{comparison}"
             }}
            """;

    @Test
    void aNewStyleIsOnlyData() {
        Style style = Style.fromJson("test-style", MINIMAL);
        var budget = Budgets.kezhouLike()
                .last(QuantityKey.BASIC, "170", "")
                .last(QuantityKey.PROJECT, "93.40", "")
                .last(QuantityKey.income(IncomeSource.GP_APPROP), "200", "人员增加")
                .build();
        List<Block> blocks =
                NarrativeWriter.write(budget, TestCodes.INSTANCE, DisplayUnit.WAN_YUAN, style, new ArrayList<>());
        assertThat(blocks.get(0))
                .isEqualTo(new Heading(2, "1", "测试中心2021年支出", blocks.get(0).ref()));
        List<String> text = blocks.stream()
                .filter(Paragraph.class::isInstance)
                .map(b -> ((Paragraph) b).text())
                .toList();
        // The style's own unit (元 with 分), order and words.
        assertThat(text)
                .containsExactly(
                        "支出共2682200.00元：",
                        "基本1748200.00元（65.18%），较2020年多48200.00元（2.84%）。",
                        "项目934000.00元（34.82%），与2020年相同。",
                        "收入共2682200.00元：",
                        "财政拨款2682200.00元，较2020年多682200.00元（34.11%），因人员增加。");
    }

    @Test
    void aTemplateWithoutItsValueIsAClearError() {
        Style style = Style.fromJson("broken", MINIMAL.replace("{name}{amount}（{share}）", "{name}{amount}{oops}"));
        assertThatThrownBy(() -> NarrativeWriter.write(
                        Budgets.kezhouLike().build(),
                        TestCodes.INSTANCE,
                        DisplayUnit.WAN_YUAN,
                        style,
                        new ArrayList<>()))
                .hasMessageContaining("broken")
                .hasMessageContaining("expenditure.part")
                .hasMessageContaining("{oops}");
    }

    @Test
    void anUnknownSectionKindOrMissingTemplateIsNamed() {
        Style unknownKind = Style.fromJson("k", MINIMAL.replace("\"kind\": \"income\"", "\"kind\": \"weather\""));
        assertThatThrownBy(() -> NarrativeWriter.write(
                        Budgets.kezhouLike().build(),
                        TestCodes.INSTANCE,
                        DisplayUnit.WAN_YUAN,
                        unknownKind,
                        new ArrayList<>()))
                .hasMessageContaining("未知的章节类型：weather");
        Style missing = Style.fromJson("m", MINIMAL.replace("\"income.intro\"", "\"income.preface\""));
        assertThatThrownBy(() -> NarrativeWriter.write(
                        Budgets.kezhouLike().build(),
                        TestCodes.INSTANCE,
                        DisplayUnit.WAN_YUAN,
                        missing,
                        new ArrayList<>()))
                .hasMessageContaining("缺少句式 income.intro");
    }

    @Test
    void shippedStylesLoad() {
        for (String id : List.of("xinjiang-2021", "shanghai-2026")) {
            assertThat(Style.load(id).sections()).isNotEmpty();
        }
    }
}
