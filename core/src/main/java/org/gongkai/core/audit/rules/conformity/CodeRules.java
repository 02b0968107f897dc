package org.gongkai.core.audit.rules.conformity;

import static org.gongkai.core.audit.Category.CONFORMITY;
import static org.gongkai.core.audit.Category.CONSISTENCY;
import static org.gongkai.core.audit.Severity.ERROR;
import static org.gongkai.core.audit.Severity.INFO;
import static org.gongkai.core.audit.Severity.WARNING;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.gongkai.core.audit.AuditContext;
import org.gongkai.core.audit.Rule;
import org.gongkai.core.classification.CodeStatus;
import org.gongkai.core.disclosure.Table;

/** Classification codes and names in tables and narrative (I-21 and its 经济分类 counterpart). */
final class CodeRules {
    private CodeRules() {}

    static final String UNKNOWN_ADVICE = "不在 Gongkai 所带科目表中，可加载财政部门的正式科目表";

    static List<Rule> all() {
        List<Rule> rules = new ArrayList<>();
        rules.add(malformed("CODE.FUNC-MALFORMED", "表中支出功能分类科目编码格式错误", CodeRef.CodeList.FUNCTION, true));
        rules.add(nameMismatch("CODE.FUNC-NAME", ERROR, "表中支出功能分类科目名称与编码不符", CodeRef.CodeList.FUNCTION, true, true));
        rules.add(nameMismatch(
                "CODE.FUNC-NAME-UNVERIFIED",
                WARNING,
                "表中支出功能分类科目名称与所带科目表（未经官方核对）不符",
                CodeRef.CodeList.FUNCTION,
                true,
                false));
        rules.add(unknown(
                "CODE.FUNC-UNKNOWN",
                "表中支出功能分类科目不在所带科目表中",
                ref -> ref.inTable() && ref.list() == CodeRef.CodeList.FUNCTION));
        rules.add(malformed("CODE.ECON-MALFORMED", "表中经济分类科目编码格式错误", null, true));
        rules.add(nameMismatch("CODE.ECON-NAME", ERROR, "表中经济分类科目名称与编码不符", null, true, null));
        rules.add(unknown("CODE.ECON-UNKNOWN", "表中经济分类科目不在所带科目表中", ref -> ref.inTable() && isEconomic(ref)));
        rules.add(malformed("CODE.NARR-MALFORMED", "正文中科目编码格式错误", null, false));
        rules.add(nameMismatch("CODE.NARR-NAME", ERROR, "正文中科目名称与编码不符", null, false, null));
        rules.add(unknown("CODE.NARR-UNKNOWN", "正文中科目不在所带科目表中", ref -> !ref.inTable()));
        rules.add(nameVaries());
        rules.add(garbledName());
        rules.add(narrativeVsTable());
        rules.add(narrativeNotInTables());
        rules.add(TableCodeRules.parentMissing());
        rules.add(TableCodeRules.order());
        rules.add(TableCodeRules.wrongList());
        rules.add(TableCodeRules.splitOverlap());
        return rules;
    }

    private static boolean isEconomic(CodeRef ref) {
        return ref.list() == CodeRef.CodeList.DEPARTMENT_ECONOMIC || ref.list() == CodeRef.CodeList.GOVERNMENT_ECONOMIC;
    }

    private static boolean matches(CodeRef ref, CodeRef.CodeList list, boolean inTable) {
        if (ref.inTable() != inTable) {
            return false;
        }
        return list == null ? (!inTable || isEconomic(ref)) : ref.list() == list;
    }

    private static List<CodeRef> refs(AuditContext c) {
        List<CodeRef> all = new ArrayList<>(CodeRefs.inTables(c));
        all.addAll(CodeRefs.inNarrative(c));
        return all;
    }

    private static Rule malformed(String id, String title, CodeRef.CodeList list, boolean inTable) {
        return ConformityRule.of(
                id, ERROR, CONFORMITY, title, "{place}：科目编码“{code}”格式错误（应为3位类、5位款或7位项编码）", "", "I-21", (c, r) -> {
                    for (CodeRef ref : refs(c)) {
                        if (!matches(ref, list, inTable) || ref.list() == CodeRef.CodeList.OTHER) {
                            continue;
                        }
                        if (CodeVerdict.of(c, ref).status() == CodeStatus.MALFORMED) {
                            r.at(ref.where())
                                    .with("place", ref.place())
                                    .with("code", ref.raw())
                                    .actual(ref.raw())
                                    .suggest("按" + c.classifications().year() + "年政府收支分类科目填写完整编码")
                                    .report();
                        }
                    }
                });
    }

    /** verifiedOnly: true = only entries seen in published sources; false = only author-knowledge entries; null = any. */
    private static Rule nameMismatch(
            String id,
            org.gongkai.core.audit.Severity severity,
            String title,
            CodeRef.CodeList list,
            boolean inTable,
            Boolean verifiedOnly) {
        return ConformityRule.of(
                id,
                severity,
                CONFORMITY,
                title,
                "{place}：{code}印为“{printed}”，{year}科目表中为“{official}”",
                "忽略空白、全半角括号、“（类）”后缀和末尾“支出”",
                "I-21",
                (c, r) -> {
                    for (CodeRef ref : refs(c)) {
                        if (!matches(ref, list, inTable) || ref.list() == CodeRef.CodeList.OTHER) {
                            continue;
                        }
                        CodeVerdict v = CodeVerdict.of(c, ref);
                        if (v.status() != CodeStatus.NAME_MISMATCH
                                || CodeVerdict.partOfName(ref, v.officialName())
                                || GarbledNames.of(c).containsKey(ref)) {
                            continue;
                        }
                        if (verifiedOnly != null && v.verified() != verifiedOnly) {
                            continue;
                        }
                        r.at(ref.where())
                                .with("place", ref.place())
                                .with("code", ref.raw())
                                .with("printed", ref.name())
                                .with("official", v.officialName())
                                .with(
                                        "year",
                                        c.classifications().year() > 0
                                                ? c.classifications().year() + "年"
                                                : "所带")
                                .expected(v.officialName())
                                .actual(ref.name())
                                .suggest("改为“" + v.officialName() + "”")
                                .report();
                    }
                });
    }

    private static Rule unknown(String id, String title, Predicate<CodeRef> scope) {
        return ConformityRule.of(
                id, INFO, CONFORMITY, title, "{place}：{code} {printed} " + UNKNOWN_ADVICE, "", "I-21", (c, r) -> {
                    Set<String> seen = new HashSet<>();
                    for (CodeRef ref : refs(c)) {
                        if (!scope.test(ref) || ref.list() == CodeRef.CodeList.OTHER) {
                            continue;
                        }
                        if (CodeVerdict.of(c, ref).status() == CodeStatus.UNKNOWN
                                && seen.add(ref.place() + ref.raw())) {
                            r.at(ref.where())
                                    .with("place", ref.place())
                                    .with("code", ref.raw())
                                    .with("printed", ref.name())
                                    .actual(ref.raw())
                                    .suggest(UNKNOWN_ADVICE)
                                    .report();
                        }
                    }
                });
    }

    private static Rule nameVaries() {
        return ConformityRule.of(
                "CODE.NAME-VARIES",
                ERROR,
                CONSISTENCY,
                "同一科目编码在不同表中名称不同",
                "{code}在{place}印为“{printed}”，在{otherPlace}印为“{other}”",
                "忽略空白、全半角括号和末尾“支出”",
                "I-21",
                (c, r) -> {
                    Map<String, CodeRef> first = new LinkedHashMap<>();
                    Set<String> reported = new HashSet<>();
                    for (CodeRef ref : CodeRefs.inTables(c)) {
                        if (!ref.wellFormed()
                                || ref.name().isEmpty()
                                || GarbledNames.of(c).containsKey(ref)) {
                            continue;
                        }
                        CodeRef earlier = first.putIfAbsent(ref.raw(), ref);
                        if (earlier == null
                                || CodeVerdict.sameName(ref.name(), earlier.name())
                                || CodeVerdict.wrapped(ref.name(), earlier.name())
                                || ref.name().chars().noneMatch(ch -> Texts.isHan((char) ch))
                                || earlier.name().chars().noneMatch(ch -> Texts.isHan((char) ch))) {
                            continue;
                        }
                        if (!reported.add(ref.raw() + "|" + Texts.key(ref.name()))) {
                            continue;
                        }
                        String official = CodeVerdict.of(c, ref).officialName();
                        r.at(List.of(ref.where(), earlier.where()))
                                .with("code", ref.raw())
                                .with("place", ref.place())
                                .with("printed", ref.name())
                                .with("otherPlace", earlier.place())
                                .with("other", earlier.name())
                                .expected(earlier.name())
                                .actual(ref.name())
                                .suggest(official.isEmpty() ? "各表统一使用同一科目名称" : "各表统一使用科目表名称“" + official + "”")
                                .report();
                    }
                });
    }

    /** A label mangled by the extraction (see {@link GarbledNames}): said once, instead of as a naming error. */
    private static Rule garbledName() {
        return ConformityRule.of(
                "READ.NAME-GARBLED",
                INFO,
                CONFORMITY,
                "表中科目名称文字错乱（提取问题）",
                "{place}：{code}名称印为“{printed}”，名称文字顺序错乱或夹杂相邻行文字，可能是原文件换行造成的提取问题，应为“{known}”",
                "名称含已知名称（科目表或其他表）的全部文字，另多出至多" + GarbledNames.MAX_STRAY + "个相邻行标签中的文字",
                "I-21",
                (c, r) -> {
                    Map<CodeRef, String> garbled = GarbledNames.of(c);
                    for (CodeRef ref : CodeRefs.inTables(c)) {
                        String known = garbled.get(ref);
                        if (known != null) {
                            r.at(ref.where())
                                    .with("place", ref.place())
                                    .with("code", ref.raw())
                                    .with("printed", ref.name())
                                    .with("known", known)
                                    .expected(known)
                                    .actual(ref.name())
                                    .suggest("对照原文件核对该行名称；如原文件无误，可改用 DOCX/XLSX 或页面表格数据复核")
                                    .report();
                        }
                    }
                });
    }

    private static Rule narrativeVsTable() {
        return ConformityRule.of(
                "CODE.NARR-TABLE-NAME",
                WARNING,
                CONSISTENCY,
                "正文中科目名称与表中名称不同",
                "正文中{code}印为“{printed}”，{place}中为“{table}”",
                "忽略空白、全半角括号、“（类）”后缀和末尾“支出”；科目表已知的编码由 CODE.NARR-NAME 判断",
                "I-21",
                (c, r) -> {
                    Map<String, CodeRef> tableNames = new LinkedHashMap<>();
                    for (CodeRef ref : CodeRefs.inTables(c)) {
                        if (ref.wellFormed() && !ref.name().isEmpty()) {
                            tableNames.putIfAbsent(ref.raw(), ref);
                        }
                    }
                    for (CodeRef ref : CodeRefs.inNarrative(c)) {
                        CodeRef table = tableNames.get(ref.raw());
                        if (table == null || !ref.wellFormed() || ref.name().isEmpty()) {
                            continue;
                        }
                        if (CodeVerdict.of(c, ref).status() != CodeStatus.UNKNOWN) {
                            continue;
                        }
                        if (ref.list() == CodeRef.CodeList.FUNCTION
                                && !Texts.key(ref.name()).startsWith(Texts.key(table.name()))
                                && !CodeVerdict.sameName(ref.name(), table.name())) {
                            r.at(List.of(ref.where(), table.where()))
                                    .with("code", ref.raw())
                                    .with("printed", ref.name())
                                    .with("place", table.place())
                                    .with("table", table.name())
                                    .expected(table.name())
                                    .actual(ref.name())
                                    .suggest("与表中科目名称保持一致")
                                    .report();
                        }
                    }
                });
    }

    private static Rule narrativeNotInTables() {
        return ConformityRule.of(
                "CODE.NARR-NOT-IN-TABLE",
                WARNING,
                CONSISTENCY,
                "正文提到的功能分类科目不在任何表中",
                "正文提到{code} {printed}，但各表中没有该科目",
                "",
                "I-21",
                (c, r) -> {
                    Set<String> inTables = new HashSet<>();
                    boolean anyFunctionTable = false;
                    for (CodeRef ref : CodeRefs.inTables(c)) {
                        inTables.add(ref.raw());
                        anyFunctionTable |= ref.list() == CodeRef.CodeList.FUNCTION
                                && ref.raw().length() == 7;
                    }
                    if (!anyFunctionTable) {
                        return;
                    }
                    for (CodeRef ref : CodeRefs.inNarrative(c)) {
                        if (ref.wellFormed()
                                && ref.list() == CodeRef.CodeList.FUNCTION
                                && ref.raw().length() == 7
                                && !inTables.contains(ref.raw())) {
                            r.at(ref.where())
                                    .with("code", ref.raw())
                                    .with("printed", ref.name())
                                    .actual(ref.raw())
                                    .suggest("核对正文引用的科目编码，或在表中补列该科目")
                                    .report();
                        }
                    }
                });
    }

    /** Whether a table lists 经济分类 rather than 功能分类 by its title or key. */
    static boolean isEconomicTable(Table t) {
        String title = Texts.key(t.title());
        return "T6".equals(t.key()) || title.contains("经济分类") || title.contains("基本支出情况表");
    }
}
