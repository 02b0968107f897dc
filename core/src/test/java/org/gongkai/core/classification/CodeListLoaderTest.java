package org.gongkai.core.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CodeListLoaderTest {
    private static final String HEADER = "code,level,name,parent,source,confidence,note\n";

    @Test
    void cleanTextHasNoProblems() {
        Loaded<CodeList> loaded = ReferenceData.validate(
                CodeScheme.FUNCTION,
                "ok.csv",
                HEADER + "201,类,一般公共服务支出,,\"seen in a, b\",verified,\n"
                        + "20105,款,统计信息事务,201,x,high,\n"
                        + "2010504,项,信息事务,20105,x,high,\n");
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.clean()).isTrue();
        assertThat(loaded.value().size()).isEqualTo(3);
    }

    @Test
    void brokenTextReportsEveryProblemWithItsLine() {
        String text = HEADER
                + "201,类,一般公共服务支出,,s,verified,\n" // 2 ok
                + "2O105,款,统计信息事务,201,s,high,\n" // 3 letter O
                + "20105,项,统计信息事务,201,s,high,\n" // 4 level does not match length
                + "2010504,项,信息事务,20106,s,high,\n" // 5 parent not a prefix
                + "2019901,项,国家赔偿费用支出,20199,s,high,\n" // 6 parent missing
                + "20105,款,统计信息事务,201,s,high,\n" // 7 duplicate of line 4
                + "2010501,项,,20105,s,high,\n" // 8 empty name
                + "2010502,项,一般行政管理事务,20105,s,probably,\n" // 9 unknown confidence
                + "201050,项,六位编码,2010,s,high,\n" // 10 wrong length
                + "202,类,外交支出,201,s,high,\n" // 11 a 类 with a parent
                + "203,类,国防支出,,s,high\n" // 12 missing a field
                + "204,类,\"公共安全\"支出,,s,high,\n" // 13 text after a closing quote
                + "205,级,教育支出,,s,high,\n"; // 14 unknown level label
        Loaded<CodeList> loaded = ReferenceData.validate(CodeScheme.FUNCTION, "broken.csv", text);
        List<LoadProblem> p = loaded.problems();
        assertThat(p).extracting(LoadProblem::source).containsOnly("broken.csv");
        assertThat(p).extracting(LoadProblem::line).containsExactlyInAnyOrder(3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
        assertThat(at(p, 3)).contains("纯数字");
        assertThat(at(p, 4)).contains("应为款");
        assertThat(at(p, 5)).contains("上级应为20105");
        assertThat(at(p, 6)).contains("20199", "不存在");
        assertThat(at(p, 7)).contains("重复", "第4行");
        assertThat(at(p, 8)).contains("名称为空");
        assertThat(at(p, 9)).contains("probably");
        assertThat(at(p, 10)).contains("6位");
        assertThat(at(p, 11)).contains("不应有上级");
        assertThat(at(p, 12)).contains("字段数为6");
        assertThat(at(p, 13)).contains("引号");
        assertThat(at(p, 14)).contains("级次");
        assertThat(p).isSortedAccordingTo((a, b) -> Integer.compare(a.line(), b.line()));
        // the first problem does not stop the load: good rows are still there
        assertThat(loaded.value().contains("201")).isTrue();
        assertThat(loaded.value().contains("2010502")).isTrue();
        assertThat(loaded.value().contains("2O105")).isFalse();
        assertThat(p.get(0).toString()).startsWith("broken.csv 第3行：");
    }

    @Test
    void missingColumnsAreOneProblemOnTheHeader() {
        Loaded<CodeList> loaded = ReferenceData.validate(CodeScheme.FUNCTION, "h.csv", "code,name\n201,一般公共服务支出\n");
        assertThat(loaded.problems()).singleElement().satisfies(pr -> {
            assertThat(pr.line()).isEqualTo(1);
            assertThat(pr.message()).contains("level", "parent", "confidence");
        });
    }

    @Test
    void economicSchemeHasNoItems() {
        Loaded<CodeList> loaded = ReferenceData.validate(
                CodeScheme.DEPARTMENT_ECONOMIC,
                "eco.csv",
                HEADER + "302,类,商品和服务支出,,s,high,\n3020101,项,办公费,30201,s,high,\n");
        assertThat(loaded.problems()).singleElement().satisfies(pr -> {
            assertThat(pr.line()).isEqualTo(3);
            assertThat(pr.message()).contains("7位", "3位（类）或5位（款）");
        });
    }

    @Test
    void emptyTextIsAProblemNotACrash() {
        assertThat(ReferenceData.validate(CodeScheme.FUNCTION, "e.csv", "").problems())
                .singleElement()
                .extracting(LoadProblem::message)
                .asString()
                .contains("为空");
    }

    private static String at(List<LoadProblem> problems, int line) {
        return problems.stream()
                .filter(pr -> pr.line() == line)
                .map(LoadProblem::message)
                .reduce("", (a, b) -> a + " | " + b);
    }
}
