package org.gongkai.core.audit.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The word index finds every occurrence a plain indexOf search finds, by place and then list order. */
class WordIndexTest {
    private static final List<String> WORDS = List.of("基本支出", "支出", "项目支出", "一般公共预算", "预算", "支出预算", "基本");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("基本", "支出", "项目", "一般", "公共", "预算", "，", "1")
                .list()
                .ofMaxSize(12)
                .map(l -> String.join("", l));
    }

    @Property(tries = 3000)
    void findsWhatIndexOfFinds(@ForAll("texts") String text) {
        List<String> found = new ArrayList<>();
        new WordIndex(WORDS).find(text, (w, at) -> found.add(at + ":" + WORDS.get(w)));
        List<String> plain = new ArrayList<>();
        for (int at = 0; at < text.length(); at++) {
            for (String w : WORDS) {
                if (text.startsWith(w, at)) {
                    plain.add(at + ":" + w);
                }
            }
        }
        assertThat(found).as(text).isEqualTo(plain);
    }

    @Test
    void aOneCharacterWordIsRefused() {
        assertThatThrownBy(() -> new WordIndex(List.of("支出", "元"))).isInstanceOf(IllegalArgumentException.class);
    }
}
