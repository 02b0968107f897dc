package org.gongkai.formats.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.core.SharedDir;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.Paragraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The per-page JSON documents and their {@code .txt} twins read into the same running text: printed lines joined
 * into whole paragraphs, so a sentence wrapped over lines (or over a page break) is one paragraph in both.
 */
class ProseTwinCorpusTest {
    private static List<String> paragraphs(String name) throws Exception {
        Disclosure d = Readers.read(SharedDir.corpus(name)).disclosure();
        return d.paragraphs().map(Paragraph::text).toList();
    }

    /** Sentences of running text; a table note left among the .txt's table lines is not running text. */
    private static List<String> prose(String name) throws Exception {
        return paragraphs(name).stream()
                .filter(t -> t.contains("。") && !t.startsWith("注："))
                .toList();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "001_putuo_chengguanju_2026_dept_budget",
                "002_putuo_jianguanwei_2026_dept_budget",
                "003_putuo_wenlvju_2026_dept_budget",
                "004_putuo_wenlvju_2025_dept_final",
                "005_putuo_yichuanlujiedao_2025_dept_final",
                "006_putuo_shengtaihuanjingju_2025_dept_final"
            })
    void jsonAndTextTwinReadTheSameParagraphs(String name) throws Exception {
        List<String> json = prose(name + ".json");
        assertThat(json).isNotEmpty().containsExactlyElementsOf(prose(name + ".txt"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"004_putuo_wenlvju_2025_dept_final.json", "004_putuo_wenlvju_2025_dept_final.txt"})
    void wrappedSentencesAreWhole(String name) throws Exception {
        assertThat(paragraphs(name))
                .contains(
                        "政府性基金预算财政拨款收入 2002.80 万元，支出收入2002.80 万元，支出具体情况如下：",
                        "四、其他收入：指单位取得的除“财政拨款收入”、“事业收入”、“经营收入”等以外的收入。")
                // a paragraph that runs over a page break: “…情定苏河”2025 年…百” / “位新人集体婚礼经费…”
                .anyMatch(p -> p.contains("“苏河婚典”百位新人集体婚礼经费"));
    }
}
