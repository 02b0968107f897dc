package org.gongkai.core.audit.rules.conformity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The chain scan tried only at "（类）" marks finds exactly what Matcher.find finds. */
class ItemChainScanTest {
    private static final Pattern CHAIN = ItemChains.CHAIN;

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(
                        "社会",
                        "保障",
                        "就业",
                        "支出",
                        "类",
                        "款",
                        "项",
                        "（",
                        "）",
                        "(",
                        ")",
                        " ",
                        "\n",
                        "、",
                        "“",
                        "1",
                        "，",
                        "（类）",
                        "（款）",
                        "(项)",
                        "行政运行",
                        "文化旅游体育与传媒支出")
                .list()
                .ofMaxSize(40)
                .map(l -> String.join("", l));
    }

    @Property(tries = 5000)
    void findsWhatFindFinds(@ForAll("texts") String text) {
        assertThat(scan(text)).as(text).isEqualTo(find(text));
    }

    @Test
    void aLongClassNameStartsThirtyCharactersBeforeItsMark() {
        String name = "一二三四五六七八九十".repeat(4);
        String text = name + "（类）文化和旅游（款）行政运行（项）511.66万元";
        assertThat(scan(text)).isEqualTo(find(text)).hasSize(1);
        assertThat(scan(text).get(0)).startsWith("10:");
    }

    private static List<String> scan(String text) {
        List<String> out = new ArrayList<>();
        ItemChains.chains(text)
                .forEach(m ->
                        out.add(m.start() + ":" + m.end() + ":" + m.group(1) + "|" + m.group(2) + "|" + m.group(3)));
        return out;
    }

    private static List<String> find(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = CHAIN.matcher(text);
        while (m.find()) {
            out.add(m.start() + ":" + m.end() + ":" + m.group(1) + "|" + m.group(2) + "|" + m.group(3));
        }
        return out;
    }
}
