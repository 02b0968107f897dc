package org.gongkai.core.derive.narrative;

import java.util.List;
import org.gongkai.core.amount.DisplayUnit;
import org.gongkai.core.budget.Budget;
import org.gongkai.core.classification.Classifications;
import org.gongkai.core.derive.DerivationIssue;
import org.gongkai.core.disclosure.Block;
import org.gongkai.core.disclosure.Heading;
import org.gongkai.core.disclosure.SourceRef;

/**
 * Writes the narrative explanation (情况说明 一 to 十) of a budget in a regional style.
 *
 * <p>The style ({@code org/gongkai/core/narrative/<styleId>.json}) fixes headings, order and wording;
 * the figures follow {@link Figures} (the same displayed values as the tables) and {@link Comparisons}
 * (change = this − last, words from the sign, rate on last year's base).
 */
public final class NarrativeWriter {
    private NarrativeWriter() {}

    /**
     * The headings and paragraphs of the narrative part, in order.
     *
     * @param styleId the template's narrative style (wording conventions), e.g. {@code xinjiang-2021}
     * @param issues receives missing input (e.g. a change of 10% or more without a reason)
     */
    public static List<Block> write(
            Budget budget, Classifications codes, DisplayUnit unit, String styleId, List<DerivationIssue> issues) {
        return write(budget, codes, unit, Style.load(styleId), issues);
    }

    /** Writes with a style already read (tests, or a style supplied as data by the application). */
    static List<Block> write(
            Budget budget, Classifications codes, DisplayUnit unit, Style style, List<DerivationIssue> issues) {
        Narration n = new Narration(budget, codes, style.displayUnit().orElse(unit), style, issues);
        for (SectionSpec spec : style.sections()) {
            write(n, spec, "");
        }
        return List.copyOf(n.blocks);
    }

    private static void write(Narration n, SectionSpec spec, String parentPath) {
        String path = spec.number().isEmpty()
                ? parentPath
                : parentPath.isEmpty() ? spec.number() : parentPath + "/" + spec.number();
        if (!spec.heading().isEmpty()) {
            n.blocks.add(new Heading(spec.level(), spec.number(), fill(n, spec.heading()), SourceRef.NONE));
        }
        n.path = path;
        if (!spec.kind().isEmpty()) {
            SectionWriter writer = SectionKinds.find(spec.kind())
                    .orElseThrow(
                            () -> new IllegalStateException("情况说明样式 " + n.style.id() + " 用到未知的章节类型：" + spec.kind()));
            writer.write(n);
        }
        for (SectionSpec child : spec.children()) {
            write(n, child, path);
        }
    }

    /** Heading texts use the same placeholders as sentences ({unit}, {year}, {lastYear}). */
    private static String fill(Narration n, String heading) {
        var v = n.vars();
        String out = heading;
        for (var e : v.entrySet()) {
            out = out.replace("{" + e.getKey() + "}", e.getValue());
        }
        return out;
    }
}
