package org.gongkai.core.audit;

/**
 * What a rule is, for the catalogue and for every finding it makes.
 *
 * @param id stable, globally unique, never reused (e.g. {@code T.ROW-SUM}, {@code NARR.RATE-BASE})
 * @param severity default severity (a profile may override it)
 * @param category 完整性/准确性/一致性/规范性
 * @param title short Chinese name ("表内行合计不等于各列之和")
 * @param message Chinese message template with named placeholders in braces, e.g. "{table}{row}：合计{actual}，各项之和{expected}"
 * @param tolerance the tolerance it applies, in words ("±0.01万元（显示精度）"); empty when exact
 * @param basis where the rule comes from (identity ID such as I-19, or a rule text); may be empty
 */
public record RuleInfo(
        String id,
        Severity severity,
        Category category,
        String title,
        String message,
        String tolerance,
        String basis) {}
