package org.gongkai.core.template;

import java.util.EnumSet;
import java.util.Set;
import org.gongkai.core.budget.ExpenditureKind;
import org.gongkai.core.budget.FundSource;
import org.gongkai.core.budget.IncomeSource;

/**
 * Which budget lines a column (or a whole table) counts. An empty set means "no restriction" on that
 * dimension. Filters of a table and of its columns are combined with {@link #and(LineFilter)}.
 *
 * @param funds fund sources (资金性质) of expenditure lines
 * @param kinds 基本支出 / 项目支出
 * @param economicPrefix the 部门经济分类 code the lines must start with ("302", "30217"); "" for any
 * @param sources income sources of income lines
 */
public record LineFilter(
        Set<FundSource> funds, Set<ExpenditureKind> kinds, String economicPrefix, Set<IncomeSource> sources) {

    public static final LineFilter ALL = new LineFilter(Set.of(), Set.of(), "", Set.of());

    public LineFilter {
        funds = funds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(funds));
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        sources = sources.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sources));
        economicPrefix = economicPrefix == null ? "" : economicPrefix;
    }

    public boolean accepts(FundSource fund) {
        return funds.isEmpty() || funds.contains(fund);
    }

    public boolean accepts(ExpenditureKind kind) {
        return kinds.isEmpty() || kinds.contains(kind);
    }

    public boolean accepts(IncomeSource source) {
        return sources.isEmpty() || sources.contains(source);
    }

    public boolean acceptsEconomic(String code) {
        return economicPrefix.isEmpty() || code.startsWith(economicPrefix);
    }

    /** Lines accepted by both filters. */
    public LineFilter and(LineFilter other) {
        String prefix = longer(economicPrefix, other.economicPrefix);
        return new LineFilter(
                intersect(funds, other.funds, FundSource.class),
                intersect(kinds, other.kinds, ExpenditureKind.class),
                prefix,
                intersect(sources, other.sources, IncomeSource.class));
    }

    /** True when the two filters can accept a common line (the template reader rejects the others). */
    public boolean compatible(LineFilter other) {
        return overlaps(funds, other.funds)
                && overlaps(kinds, other.kinds)
                && overlaps(sources, other.sources)
                && (economicPrefix.startsWith(other.economicPrefix) || other.economicPrefix.startsWith(economicPrefix));
    }

    private static <E> boolean overlaps(Set<E> a, Set<E> b) {
        return a.isEmpty() || b.isEmpty() || a.stream().anyMatch(b::contains);
    }

    private static String longer(String a, String b) {
        return a.length() >= b.length() ? a : b;
    }

    private static <E extends Enum<E>> Set<E> intersect(Set<E> a, Set<E> b, Class<E> type) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        EnumSet<E> both = EnumSet.noneOf(type);
        both.addAll(a);
        both.retainAll(b);
        // Contradictory filters are rejected when the template is loaded (see TemplateReader).
        return both;
    }
}
