package org.gongkai.core.derive.table;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gongkai.core.amount.DisplayUnit;
import org.gongkai.core.budget.Budget;
import org.gongkai.core.classification.Classifications;
import org.gongkai.core.derive.DerivationIssue;
import org.gongkai.core.template.Template;

/**
 * What a table builder needs: the budget, the code lists, the template, the displayed figures (one set per
 * display unit, shared by every table of the derivation) and the sink for missing input.
 */
public final class TableContext {
    private final Budget budget;
    private final Classifications codes;
    private final Template template;
    private final List<DerivationIssue> issues;
    private final Map<DisplayUnit, Figures> figures = new EnumMap<>(DisplayUnit.class);

    public TableContext(Budget budget, Classifications codes, Template template, List<DerivationIssue> issues) {
        this.budget = budget;
        this.codes = codes;
        this.template = template;
        this.issues = issues;
    }

    public Budget budget() {
        return budget;
    }

    public Classifications codes() {
        return codes;
    }

    public Template template() {
        return template;
    }

    public List<DerivationIssue> issues() {
        return issues;
    }

    /** The displayed figures in a unit, built once per derivation. */
    public Figures figures(DisplayUnit unit) {
        return figures.computeIfAbsent(unit, u -> Figures.of(budget, u));
    }

    private List<org.gongkai.core.disclosure.Block> narrative;

    /** The narrative blocks, written once per derivation (templates may place them in several parts). */
    public List<org.gongkai.core.disclosure.Block> narrative(
            java.util.function.Supplier<List<org.gongkai.core.disclosure.Block>> writer) {
        if (narrative == null) {
            narrative = writer.get();
        }
        return narrative;
    }

    /** Every 支出功能分类 类 code of the year, in code order (computed once per code lists). */
    public List<String> functionClassCodes() {
        ClassCache c = classCache;
        if (c == null || c.codes != codes) {
            c = new ClassCache(
                    codes, codes.functionClasses().stream().map(e -> e.code()).toList());
            classCache = c;
        }
        return c.classes;
    }

    /** Single-entry cache: derivations nearly always use the same (shared) code lists. */
    private record ClassCache(Classifications codes, List<String> classes) {}

    private static volatile ClassCache classCache;

    /** Replaces {unit} and {year} in a template text. */
    public String fill(String pattern) {
        return pattern.replace("{unit}", budget.unit().name()).replace("{year}", Integer.toString(budget.fiscalYear()));
    }

    /** Official name of a 支出功能分类 code, "" when unknown (reported once as missing input). */
    public String functionName(String code) {
        return codes.function(code)
                .map(e -> e.name())
                .orElseGet(() -> unknown("支出功能分类", code, "$.expenditure[?(@.functionCode=~/^" + code + "/)]"));
    }

    /** Official name of a 部门经济分类 code, "" when unknown. */
    public String economicName(String code) {
        return codes.departmentEconomic(code)
                .map(e -> e.name())
                .orElseGet(() -> unknown("部门预算支出经济分类", code, "$.expenditure[?(@.economicCode=='" + code + "')]"));
    }

    /** Reports an unknown code once per derivation (the narrative uses the same paths). */
    private String unknown(String list, String code, String path) {
        if (issues.stream().noneMatch(i -> i.path().equals(path))) {
            issues.add(new DerivationIssue(
                    "CODE-UNKNOWN", path, codes.year() + "年" + list + "中没有科目“" + code + "”，表中名称留空，请核对科目编码。"));
        }
        return "";
    }
}
