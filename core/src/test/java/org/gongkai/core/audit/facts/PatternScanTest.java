package org.gongkai.core.audit.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** A scan that tries a pattern only at its possible first characters finds exactly what find() finds. */
class PatternScanTest {
    private static final Pattern AMOUNT = Pattern.compile("(-?\\d+(?:[.．]\\d+)?)\\s*(亿元|万元|元)(?![/／])");
    private static final Pattern CODE_NAME =
            Pattern.compile("(?<!\\d)(\\d{3}(?:\\d{2}){0,2})(?!\\d)\\s*([\\u4e00-\\u9fa5]{2,})");
    private static final Pattern CHANGE = Pattern.compile("(?:比上年)?(增加|减少|减)\\s*(\\d+)\\s*万元");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("0123-. 万元亿/比上年增加减少支出，").ofMaxLength(40);
    }

    @Property(tries = 2000)
    void findsWhatFindFinds(@ForAll("texts") String text) {
        assertThat(scan(AMOUNT, text, "-0123456789")).isEqualTo(find(AMOUNT, text));
        assertThat(scan(CODE_NAME, text, "0123456789")).isEqualTo(find(CODE_NAME, text));
        assertThat(scan(CHANGE, text, "比增减")).isEqualTo(find(CHANGE, text));
    }

    /** A gate of one character (found by indexOf) and a gate narrowed by {@code and} find what find() finds. */
    @Property(tries = 2000)
    void oneCharacterAndNarrowedGatesFindWhatFindFinds(@ForAll("texts") String text) {
        Pattern lastYear = Pattern.compile("比上年(增加|减少|减)\\s*(\\d+)\\s*万元");
        assertThat(scan(lastYear, text, "比")).isEqualTo(find(lastYear, text));
        PatternScan.Gate firstDigit =
                PatternScan.Gate.chars("0123456789").and((t, i) -> i == 0 || !Character.isDigit(t.charAt(i - 1)));
        assertThat(Scans.scan(CODE_NAME, text, firstDigit)).isEqualTo(find(CODE_NAME, text));
        assertThat(Scans.scan(CODE_NAME, text, firstDigit.and((t, i) -> false))).isEmpty();
    }

    @Provide
    Arbitrary<String> amountTexts() {
        return Arbitraries.strings().withChars("0129-.．,，  \t万元亿/／增加为的").ofMaxLength(30);
    }

    /** The amount gate (no number continued, a unit after the figure) lets every match of the real pattern through. */
    @Property(tries = 5000)
    void amountGateKeepsEveryAmount(@ForAll("amountTexts") String text) {
        assertThat(Scans.scan(ClaimExtractor.AMOUNT, text, ClaimExtractor.AMOUNT_GATE))
                .as(text)
                .isEqualTo(find(ClaimExtractor.AMOUNT, text));
    }

    @Test
    void amountGateSkipsDigitsInsideANumberAndNumbersWithoutUnit() {
        assertThat(ClaimExtractor.mayStartAmount("2021年12.5万元", 0)).isFalse();
        assertThat(ClaimExtractor.mayStartAmount("2021年12.5万元", 5)).isTrue();
        assertThat(ClaimExtractor.mayStartAmount("2021年12.5万元", 6)).isFalse();
        assertThat(ClaimExtractor.mayStartAmount("3，518.85 万元", 0)).isTrue();
    }

    @Provide
    Arbitrary<String> codedTexts() {
        return Arbitraries.strings().withChars("一般公共服务（(）):：类款项 0123").ofMaxLength(30);
    }

    @Property(tries = 3000)
    void classCodeGuardLetsEveryCodedNameThrough(@ForAll("codedTexts") String text) {
        if (SubjectLexicon.CODED.matcher(text).find()) {
            assertThat(SubjectLexicon.hasClassCode(text)).as(text).isTrue();
        }
    }

    @Test
    void classCodeGuardPassesTheXinjiangFormOnly() {
        assertThat(SubjectLexicon.hasClassCode("一般公共服务（类：201）财政事务（款：05）")).isTrue();
        assertThat(SubjectLexicon.hasClassCode("一般公共服务(类) 201)")).isFalse();
        assertThat(SubjectLexicon.hasClassCode("一般公共服务（类）268.22万元")).isFalse();
    }

    @Test
    void lookBehindSeesBeforeTheTriedPlace() {
        // "1201" must not yield "201支出": the digit before it is seen although the scan starts at "2"
        assertThat(scan(CODE_NAME, "1201支出", "0123456789")).isEqualTo(find(CODE_NAME, "1201支出"));
        // the look-ahead after the unit sees the "/" that follows: "-3元/人" is a rate, not an amount
        assertThat(scan(AMOUNT, "增加12.5万元，减少-3元/人", "-0123456789")).containsExactly("2:8");
    }

    private static List<String> scan(Pattern p, String text, String starts) {
        return Scans.scan(p, text, PatternScan.Gate.chars(starts));
    }

    private static List<String> find(Pattern p, String text) {
        return Scans.find(p, text);
    }
}
