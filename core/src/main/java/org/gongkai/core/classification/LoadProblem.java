package org.gongkai.core.classification;

/**
 * One problem found while loading reference data.
 *
 * @param source the resource or text the problem is in (e.g. {@code function-classification.csv})
 * @param line the 1-based line number in that source (the line where the record starts); 0 for the whole source
 * @param message what is wrong and what was expected, in Chinese
 */
public record LoadProblem(String source, int line, String message) {
    @Override
    public String toString() {
        return line > 0 ? source + " 第" + line + "行：" + message : source + "：" + message;
    }
}
