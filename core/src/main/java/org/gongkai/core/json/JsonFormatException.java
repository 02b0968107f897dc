package org.gongkai.core.json;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A JSON document that parses but does not fit its model, with every problem found (not only the first):
 * each names the JSON path, what was expected there and what was found.
 */
public class JsonFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    protected JsonFormatException(String what, List<Problem> problems) {
        super(describe(what, problems));
        this.problems = List.copyOf(problems);
    }

    /** The problems, in document order. */
    public List<Problem> problems() {
        return problems;
    }

    private static String describe(String what, List<Problem> problems) {
        return what + "有 " + problems.size() + " 处问题：\n"
                + problems.stream().map(p -> "  " + p.describe()).collect(Collectors.joining("\n"));
    }

    /**
     * One problem.
     *
     * @param path JSON path, e.g. {@code $.expenditure[3].amount}
     * @param expected what should be there, in Chinese ("金额（元，最多两位小数）")
     * @param found what is there ("\"12.345\"", "缺失", "未知字段 \"nmae\"")
     */
    public record Problem(String path, String expected, String found) {
        /** "$.expenditure[3].amount：应为金额（元，最多两位小数），实际为 "12.345"". */
        public String describe() {
            return path + "：应为" + expected + "，实际为 " + found;
        }
    }
}
