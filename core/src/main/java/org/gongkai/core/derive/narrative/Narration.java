package org.gongkai.core.derive.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.core.amount.Amount;
import org.gongkai.core.amount.DisplayUnit;
import org.gongkai.core.amount.Percent;
import org.gongkai.core.budget.Budget;
import org.gongkai.core.budget.ExpenditureKind;
import org.gongkai.core.budget.FundSource;
import org.gongkai.core.budget.IncomeSource;
import org.gongkai.core.classification.Classifications;
import org.gongkai.core.classification.CodeEntry;
import org.gongkai.core.derive.DerivationIssue;
import org.gongkai.core.disclosure.Block;
import org.gongkai.core.disclosure.Paragraph;
import org.gongkai.core.disclosure.SourceRef;
import org.gongkai.core.template.LineFilter;
import org.gongkai.core.template.Template;
import org.gongkai.core.template.Templates;

/** The state of one narrative being written: inputs, output blocks, and the shared wording helpers. */
final class Narration {
    final Budget budget;
    final Classifications codes;
    final DisplayUnit unit;
    final Style style;
    final BudgetFacts facts;
    /** The tables' displayed figures: the narrative states exactly what the tables show. */
    final org.gongkai.core.derive.table.Figures shown;
    /** Which economic codes are 人员经费 and which 公用经费 (the template's, else the style's). */
    final Template.ExpenseSplit split;

    private final List<DerivationIssue> issues;
    private final Set<String> reported = new HashSet<>();
    final List<Block> blocks = new ArrayList<>();
    String path = "";

    Narration(Budget budget, Classifications codes, DisplayUnit unit, Style style, List<DerivationIssue> issues) {
        this.budget = budget;
        this.codes = codes;
        this.unit = unit;
        this.style = style;
        this.facts = new BudgetFacts(budget);
        this.shown = org.gongkai.core.derive.table.Figures.of(budget, unit);
        this.split = Templates.find(budget.templateId())
                .map(Template::split)
                .orElseGet(() -> new Template.ExpenseSplit(
                        style.listOption("personnelEconomicClasses"), style.listOption("publicEconomicClasses")));
        this.issues = issues;
    }

    /** Placeholders every sentence may use: {unit}, {year}, {lastYear}. */
    Map<String, String> vars() {
        Map<String, String> m = new HashMap<>();
        m.put("unit", budget.unit().name());
        m.put("year", String.valueOf(budget.fiscalYear()));
        m.put("lastYear", String.valueOf(budget.fiscalYear() - 1));
        return m;
    }

    /** {@link #vars()} plus pairs of extra placeholder names and values. */
    Map<String, String> vars(String... pairs) {
        Map<String, String> m = vars();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    String text(Map<String, String> values, String... keys) {
        return style.text(values, keys);
    }

    void paragraph(String text) {
        blocks.add(new Paragraph(path, text, SourceRef.NONE));
    }

    void paragraph(Map<String, String> values, String... keys) {
        paragraph(text(values, keys));
    }

    /**
     * A displayed value with its unit word: "268.22万元"; styles with {@code wholeWithoutDecimals} write
     * whole values without decimals ("27万元", but "28.50万元").
     */
    String money(BigDecimal displayed) {
        BigDecimal shown = displayed;
        if ("true".equals(style.option("wholeWithoutDecimals", "false"))
                && displayed.stripTrailingZeros().scale() <= 0) {
            shown = displayed.setScale(0, java.math.RoundingMode.UNNECESSARY);
        }
        return shown.toPlainString() + unit.label();
    }

    /** True when the style's template {@code key} uses {@code {placeholder}} (so it is worth computing). */
    boolean uses(String key, String placeholder) {
        return style.has(key) && style.raw(key).contains("{" + placeholder + "}");
    }

    /** A quantity shown on its own. */
    String money(Amount amount) {
        return money(Figures.alone(amount, unit));
    }

    String percent(BigDecimal percent) {
        return Percent.format(percent);
    }

    void issue(String code, String path, String message) {
        if (reported.add(code + path)) {
            issues.add(new DerivationIssue(code, path, message));
        }
    }

    /** Comparison wording for a quantity shown as {@code shown}; see {@link Comparisons}. */
    String compare(String key, String label, Amount current, BigDecimal shown, String prefix) {
        return Comparisons.phrase(this, key, label, current, shown, prefix);
    }

    /** Official name of a 支出功能分类 code, or the code itself (reported) when unknown. */
    String functionName(String code) {
        var entry = codes == null ? java.util.Optional.<CodeEntry>empty() : codes.function(code);
        if (entry.isEmpty()) {
            issue(
                    "CODE-UNKNOWN",
                    "$.expenditure[?(@.functionCode=~/^" + code + "/)]",
                    "支出功能分类科目 " + code + " 不在" + budget.classificationYear() + "年科目表中，情况说明只能写出编码。");
            return "科目" + code;
        }
        return entry.get().name();
    }

    /** Official name of a 部门预算支出经济分类 code, or the code itself (reported) when unknown. */
    String economicName(String code) {
        var entry = codes == null ? java.util.Optional.<CodeEntry>empty() : codes.departmentEconomic(code);
        if (entry.isEmpty()) {
            issue(
                    "CODE-UNKNOWN",
                    "$.expenditure[?(@.economicCode=='" + code + "')]",
                    "部门预算支出经济分类科目 " + code + " 不在" + budget.classificationYear() + "年科目表中，情况说明只能写出编码。");
            return "科目" + code;
        }
        return entry.get().name();
    }

    /** A 类 name in the short form some sentences use ("一般公共服务" for 一般公共服务支出). */
    String shortClassName(String code) {
        String name = functionName(code);
        String suffix = style.option("classSuffix", "");
        return !suffix.isEmpty() && name.endsWith(suffix) && name.length() > suffix.length()
                ? name.substring(0, name.length() - suffix.length())
                : name;
    }

    /** Paragraphs of a list: every line but the last ends with the style's itemEnd, the last with lastEnd. */
    void lines(List<String> lines) {
        String itemEnd = style.option("itemEnd", "。");
        String lastEnd = style.option("lastEnd", "。");
        for (int i = 0; i < lines.size(); i++) {
            paragraph(lines.get(i) + (i == lines.size() - 1 ? lastEnd : itemEnd));
        }
    }

    /** Items joined with the style's list separator ("、"). */
    String join(List<String> items) {
        return String.join(style.option("listSeparator", "、"), items);
    }

    /** A name from a style name map (income sources, 三公 items …), falling back to the key. */
    String name(String map, String key) {
        return style.mapOption(map).getOrDefault(key, key);
    }

    /** Lines of the given fund sources and kinds (null: any). */
    static LineFilter lines(FundSource fund, ExpenditureKind kind) {
        return new LineFilter(
                fund == null ? java.util.Set.of() : java.util.Set.of(fund),
                kind == null ? java.util.Set.of() : java.util.Set.of(kind),
                "",
                java.util.Set.of());
    }

    /** Income of one source. */
    static LineFilter source(IncomeSource source) {
        return new LineFilter(java.util.Set.of(), java.util.Set.of(), "", java.util.Set.of(source));
    }
}
