package org.gongkai.core.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gongkai.core.classification.CodeEntry.Level;

class ShippedListsPropertiesTest {
    private static final Classifications LISTS = ReferenceData.forYear(2021);

    @Provide
    Arbitrary<CodeEntry> shippedEntries() {
        List<CodeEntry> all = new java.util.ArrayList<>();
        for (CodeScheme s : CodeScheme.values()) {
            all.addAll(LISTS.list(s).all());
        }
        return Arbitraries.of(all);
    }

    @Property(tries = 600)
    void everyParentChainEndsAtAClass(@ForAll("shippedEntries") CodeEntry entry) {
        CodeList list = listOf(entry);
        List<CodeEntry> chain = list.ancestors(entry.code());
        CodeEntry top = chain.isEmpty() ? entry : chain.get(0);
        assertThat(top.level()).isEqualTo(Level.CLASS);
        assertThat(top.parent()).isEmpty();
        assertThat(chain).allSatisfy(a -> assertThat(entry.code()).startsWith(a.code()));
        assertThat(chain).hasSize(entry.code().length() / 2 - 1);
    }

    @Property(tries = 600)
    void everyShippedCodeChecksValidWithItsOwnName(@ForAll("shippedEntries") CodeEntry entry) {
        CodeCheck check = listOf(entry).check(entry.code(), entry.name());
        assertThat(check.status()).isEqualTo(CodeStatus.VALID);
        assertThat(check.officialName()).isEqualTo(entry.name());
        assertThat(listOf(entry).byName(entry.name())).contains(entry);
    }

    @Property(tries = 300)
    void splitPrintingFindsTheSameEntry(@ForAll("shippedEntries") CodeEntry entry) {
        String code = entry.code();
        StringBuilder split = new StringBuilder(code.substring(0, 3));
        for (int i = 3; i < code.length(); i += 2) {
            split.append('　').append(code, i, i + 2);
        }
        assertThat(listOf(entry).get(split.toString())).contains(entry);
    }

    private static CodeList listOf(CodeEntry entry) {
        for (CodeScheme s : CodeScheme.values()) {
            if (LISTS.list(s).get(entry.code()).filter(entry::equals).isPresent()) {
                return LISTS.list(s);
            }
        }
        throw new AssertionError("not shipped: " + entry);
    }
}
