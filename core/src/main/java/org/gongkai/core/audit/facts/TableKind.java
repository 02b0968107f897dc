package org.gongkai.core.audit.facts;

import java.util.Optional;
import org.gongkai.core.disclosure.Table;

/**
 * The nine table kinds of a 部门预算 disclosure (template keys T1…T9). A table whose key is empty (a
 * reader could not match the template) is recognised from its title.
 */
public enum TableKind {
    T1("部门收支总体情况表"),
    T2("部门收入总体情况表"),
    T3("部门支出总体情况表"),
    T4("财政拨款收支预算总体情况表"),
    T5("一般公共预算支出情况表"),
    T6("一般公共预算基本支出情况表"),
    T7("一般公共预算项目支出情况表"),
    T8("一般公共预算“三公”经费支出情况表"),
    T9("政府性基金预算支出情况表"),
    T10("国有资本经营预算支出情况表");

    private final String usualTitle;

    TableKind(String usualTitle) {
        this.usualTitle = usualTitle;
    }

    public String usualTitle() {
        return usualTitle;
    }

    public static Optional<TableKind> of(Table table) {
        for (TableKind k : values()) {
            if (k.name().equals(table.key())) {
                return Optional.of(k);
            }
        }
        return fromTitle(table.title());
    }

    /** Recognises a table from its title; the order of the tests matters (the specific titles first). */
    public static Optional<TableKind> fromTitle(String rawTitle) {
        String t = Numbers.clean(rawTitle);
        if (t.contains("三公")) {
            return Optional.of(T8);
        }
        if (t.contains("国有资本经营") && t.contains("支出")) {
            return Optional.of(T10);
        }
        if (t.contains("政府性基金") && t.contains("支出")) {
            return Optional.of(T9);
        }
        if (t.contains("财政拨款收支")) {
            return Optional.of(T4);
        }
        if (t.contains("基本支出")) {
            return Optional.of(T6);
        }
        if (t.contains("项目支出") && !t.contains("绩效")) {
            return Optional.of(T7);
        }
        if (t.contains("一般公共预算支出") || t.contains("一般公共预算拨款支出")) {
            return Optional.of(T5);
        }
        if (t.contains("收支总") || t.contains("财务收支")) {
            return Optional.of(T1);
        }
        if (t.contains("收入总") || t.contains("收入预算总")) {
            return Optional.of(T2);
        }
        if (t.contains("支出总") || t.contains("支出预算总")) {
            return Optional.of(T3);
        }
        return Optional.empty();
    }
}
