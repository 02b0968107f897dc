package org.gongkai.core.audit.rules.conformity;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The cheap guards before the lint patterns must be necessary conditions: whenever a pattern finds something,
 * its guard lets the text through (otherwise a speed-up would silence a finding).
 */
class TextLintGuardsTest {
    /** Characters the patterns care about, mixed with ordinary Han text and white space. */
    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings()
                .withChars("Xx×【】[]（）() \t_＿，。；、重复词语预算支出项目\uD840\uDC00")
                .ofMaxLength(40);
    }

    @Property(tries = 3000)
    void repeatGuardLetsEveryRepeatThrough(@ForAll("texts") String s) {
        if (TextLintRules.REPEATED.matcher(s).find()) {
            assertThat(TextLintGuards.mayRepeat(s)).as(s).isTrue();
        }
    }

    @Property(tries = 3000)
    void repeatGuardIsExactWithoutSurrogates(@ForAll("fewHan") String s) {
        assertThat(TextLintGuards.mayRepeat(s))
                .as(s)
                .isEqualTo(TextLintRules.REPEATED.matcher(s).find());
    }

    /** Few distinct characters, so that doubled runs are common. */
    @Provide
    Arbitrary<String> fewHan() {
        return Arbitraries.strings().withChars("预算支，1").ofMaxLength(30);
    }

    @Property(tries = 1000)
    void repeatGuardLetsADoubledRunThrough(
            @ForAll("texts") String before, @ForAll("hanRuns") String run, @ForAll("texts") String after) {
        String s = before + run + run + after;
        assertThat(TextLintRules.REPEATED.matcher(s).find()).as(s).isTrue();
        assertThat(TextLintGuards.mayRepeat(s)).as(s).isTrue();
    }

    /** 3 to 8 Han code points, some outside the BMP (two chars each). */
    @Provide
    Arbitrary<String> hanRuns() {
        return Arbitraries.of("预", "算", "支", "出", "项", "目", "\uD840\uDC00", "\uD840\uDC01")
                .list()
                .ofMinSize(3)
                .ofMaxSize(8)
                .map(l -> String.join("", l));
    }

    @Property(tries = 3000)
    void placeholderGuardLetsEveryPlaceholderThrough(@ForAll("texts") String s) {
        if (TextLintRules.PLACEHOLDER.matcher(s).find()) {
            assertThat(TextLintGuards.mayPlaceholder(s)).as(s).isTrue();
        }
    }

    @Provide
    Arbitrary<String> reasonTexts() {
        return Arbitraries.of(
                        "原因", "主要", "是", "为", "在于", "：", ":", " ", "\u3000", "。", "，", ",", "；", "增加", "1", "2.5", "%",
                        "％", "\u00a0")
                .list()
                .ofMaxSize(10)
                .map(l -> String.join("", l));
    }

    @Property(tries = 5000)
    void emptyReasonAndPercentSpaceGuardsLetEveryMatchThrough(@ForAll("reasonTexts") String s) {
        if (TextLintRules.EMPTY_REASON.matcher(s).find()) {
            assertThat(TextLintGuards.mayEmptyReason(s)).as(s).isTrue();
        }
        if (TextLintRules.PERCENT_SPACE.matcher(s).find()) {
            assertThat(TextLintGuards.mayPercentSpace(s)).as(s).isTrue();
        }
    }

    @Property(tries = 3000)
    void amountInYuanAsThePatternItReplaced(@ForAll("amountTexts") String s) {
        boolean pattern = java.util.regex.Pattern.compile("(?s).*[0-9.]+\\s*万?元.*")
                .matcher(s)
                .matches();
        assertThat(TextLintRules.hasAmountInYuan(s)).as(s).isEqualTo(pattern);
    }

    @Provide
    Arbitrary<String> amountTexts() {
        return Arbitraries.strings().withChars("12.万元 \t年预算").ofMaxLength(12);
    }

    @Property(tries = 3000)
    void doublePunctGuardLetsEveryDoubleMarkThrough(@ForAll("texts") String s) {
        if (TextLintRules.DOUBLE_PUNCT.matcher(s).find()) {
            assertThat(TextLintGuards.mayDoublePunct(s)).as(s).isTrue();
        }
    }

    @Test
    void guardsPassTheirCasesAndStopPlainText() {
        assertThat(TextLintGuards.mayRepeat("支出预算支出预算")).isTrue();
        assertThat(TextLintGuards.mayRepeat("项目支出项目支出")).isTrue();
        assertThat(TextLintGuards.mayRepeat("2021年2021年")).isFalse();
        assertThat(TextLintGuards.mayPlaceholder("单位（ ）")).isTrue();
        assertThat(TextLintGuards.mayPlaceholder("XX局")).isTrue();
        assertThat(TextLintGuards.mayPlaceholder("基本支出（含人员经费）")).isFalse();
        assertThat(TextLintGuards.mayDoublePunct("支出，，项目")).isTrue();
        assertThat(TextLintGuards.mayDoublePunct("支出，项目。")).isFalse();
    }

    @Test
    void noHanCharacterLiesBelowTheFloorTheRepeatGuardSkips() {
        for (int c = 0; c < 0x2E80; c++) {
            assertThat(Character.UnicodeScript.of(c)).as("U+%04X", c).isNotEqualTo(Character.UnicodeScript.HAN);
        }
    }
}
