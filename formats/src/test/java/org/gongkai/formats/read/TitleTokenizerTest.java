package org.gongkai.formats.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.core.SharedDir;
import org.gongkai.formats.read.TableTitles.Numbered;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TitleTokenizerTest {
    private static Numbered split(String line) {
        return TableTitles.number(line).orElseThrow(() -> new AssertionError("no table number in " + line));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // the example (number alone, title on the next line) and the Shanghai unit budget (corpus 012)
                "表一：|表一|",
                "表九：|表九|",
                "1. 2025年预算单位财务收支预算总表|1.|2025年预算单位财务收支预算总表",
                "4．2025年预算单位财政拨款收支预算总表|4.|2025年预算单位财政拨款收支预算总表",
                "9.2025年单位“三公”经费和机关运行经费预算表|9.|2025年单位“三公”经费和机关运行经费预算表",
                // the HTML caption as rendered, and glued: 五一 is no numeral, so the number ends at 五
                "表五 一般公共预算支出情况表|表五|一般公共预算支出情况表",
                "表五一般公共预算支出情况表|表五|一般公共预算支出情况表",
                "表 五 一 般 公 共 预 算 支 出 情 况 表|表五|一般公共预算支出情况表",
                "表八三公经费支出情况表|表八|三公经费支出情况表",
                "表十 一般公共预算项目支出情况表|表十|一般公共预算项目支出情况表",
                "表十二部门收支总体情况表|表十二|部门收支总体情况表",
                "表二十一部门收入总体情况表|表二十一|部门收入总体情况表",
                "表3-1 一般公共预算支出情况表|表3-1|一般公共预算支出情况表",
                "表三－二项目支出预算表|表三-二|项目支出预算表",
                "表1部门收支总表|表1|部门收支总表",
                "（2）部门收入总表|(2)|部门收入总表",
                "(三)部门支出总表|(三)|部门支出总表",
                "12、政府采购预算表|12.|政府采购预算表",
            })
    void splitsNumberAndTitleByGrammar(String line, String number, String title) {
        Numbered n = split(line);
        assertThat(n.number()).isEqualTo(number);
        assertThat(n.title()).isEqualTo(title == null ? "" : title);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2025年部门收入预算总表", // a title without a number
                "表2025年部门收入预算总表", // 表 then a year: three digits are no table number
                "表明本部门支出情况表", // 表 as a word
                "3.部门支出增加，主要是人员增加。", // a numbered sentence
                "（2021年）", // the year line under a title
                "(2)部门", // a number without a title
                "表五一", // 表五 then a stray character, no title
                "表一…………………………3", // a table-of-contents line
                "表-1部门收支总表", // a dash without a number before it
            })
    void staysSilentOnLinesThatAreNoNumberedTitle(String line) {
        assertThat(TableTitles.number(line)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"表三,T3", "表十二,T12", "3.,T3", "(2),T2", "表3-1,T3-1", "表三-二,T3-2", "表１２,T12", "'',''"})
    void keysFromPrintedNumbers(String number, String key) {
        assertThat(TableTitles.key(number)).isEqualTo(key == null ? "" : key);
    }

    @Test
    void numeralValues() {
        assertThat(List.of("五", "十", "十五", "二十", "九十九", "12", "１２"))
                .extracting(TitleTokenizer::value)
                .containsExactly(5, 10, 15, 20, 99, 12, 12);
        assertThat(TitleTokenizer.value("五一")).isZero();
    }

    @Test
    void theExampleNumbersItsNineTables() throws IOException {
        List<String> keys = Files.readAllLines(SharedDir.example(), StandardCharsets.UTF_8).stream()
                .map(TableTitles::number)
                .flatMap(java.util.Optional::stream)
                .map(n -> TableTitles.key(n.number(), n.title()))
                .toList();
        assertThat(keys).containsExactly("T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9");
    }

    @Test
    void theShanghaiUnitBudgetTitlesGiveTheirContentKeys() throws IOException {
        // docs/table-keys.md, Shanghai column: the printed numbers differ from the content keys from 6 on.
        Map<String, String> keyByNumber = new LinkedHashMap<>();
        for (String line : Files.readAllLines(
                SharedDir.corpus("012_putuo_zhengfuban_2025_unit_budget.txt"), StandardCharsets.UTF_8)) {
            TableTitles.number(line)
                    .ifPresent(n -> keyByNumber.putIfAbsent(n.number(), TableTitles.key(n.number(), n.title())));
        }
        assertThat(keyByNumber)
                .containsExactly(
                        Map.entry("1.", "T1"),
                        Map.entry("2.", "T2"),
                        Map.entry("3.", "T3"),
                        Map.entry("4.", "T4"),
                        Map.entry("5.", "T5"),
                        Map.entry("6.", "T9"),
                        Map.entry("7.", "T10"),
                        Map.entry("8.", "T6"),
                        Map.entry("9.", "T8"));
    }
}
