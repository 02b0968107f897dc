package org.gongkai.core.audit.rules.conformity;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gongkai.core.audit.facts.PatternScan;
import org.gongkai.core.audit.facts.Scans;

/** The unit-missing forms scanned only where their gates allow find exactly what Matcher.find finds. */
class UnitMissingScanTest {
    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(
                        "1", "2", "0", ".", ",", "，", " ", "万", "元", "。", "；", "（", "占", "比", "：", "、", "\t", "预算",
                        "决算", "支出", "金额", "合计", "总", "预", "数", "为", "%", "年")
                .list()
                .ofMaxSize(24)
                .map(l -> String.join("", l));
    }

    @Property(tries = 5000)
    void fullWidthGroupsGateFindsWhatFindFinds(@ForAll("texts") String text) {
        String amount = text.replace("预算", "3，518");
        assertThat(Scans.scan(
                        UnitMissingRules.FULL_WIDTH_GROUPS,
                        amount,
                        PatternScan.Gate.chars("0123456789").and(UnitMissingRules::mayStartGroups)))
                .as(amount)
                .isEqualTo(Scans.find(UnitMissingRules.FULL_WIDTH_GROUPS, amount));
    }

    @Property(tries = 5000)
    void everyFormFindsWhatFindFinds(@ForAll("texts") String text) {
        for (UnitMissingRules.Form form : UnitMissingRules.FORMS) {
            assertThat(Scans.scan(form.pattern(), text, form.gate()))
                    .as(form.pattern() + " on " + text)
                    .isEqualTo(Scans.find(form.pattern(), text));
        }
    }
}
