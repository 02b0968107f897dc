package org.gongkai.core.audit.rules.conformity;

import static org.gongkai.core.audit.Category.CONFORMITY;
import static org.gongkai.core.audit.Severity.ERROR;
import static org.gongkai.core.audit.Severity.INFO;
import static org.gongkai.core.audit.Severity.WARNING;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gongkai.core.audit.AuditContext;
import org.gongkai.core.audit.Rule;

/** Code rules about the layout of one code table: hierarchy, order, list. */
final class TableCodeRules {
    private TableCodeRules() {}

    /** The codes of one table in printed order. */
    static List<List<CodeRef>> byTable(AuditContext d) {
        List<List<CodeRef>> out = new ArrayList<>();
        List<CodeRef> current = new ArrayList<>();
        String place = null;
        for (CodeRef ref : CodeRefs.inTables(d)) {
            if (!ref.place().equals(place) && !current.isEmpty()) {
                out.add(current);
                current = new ArrayList<>();
            }
            place = ref.place();
            current.add(ref);
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    static Rule parentMissing() {
        return ConformityRule.of(
                "CODE.PARENT-MISSING",
                WARNING,
                CONFORMITY,
                "表中科目缺少上级科目行",
                "{place}列有{code}，但没有其上级科目{parent}的行",
                "",
                "I-07（类 = Σ款，款 = Σ项）",
                (c, r) -> {
                    for (List<CodeRef> table : byTable(c)) {
                        Set<String> codes = new HashSet<>();
                        boolean hierarchical = false;
                        for (CodeRef ref : table) {
                            codes.add(ref.raw());
                            hierarchical |=
                                    ref.wellFormed() && ref.raw().length() == 3 && ref.list() != CodeRef.CodeList.OTHER;
                        }
                        if (!hierarchical) {
                            continue;
                        }
                        Set<String> reported = new HashSet<>();
                        for (CodeRef ref : table) {
                            if (!ref.wellFormed() || ref.raw().length() == 3) {
                                continue;
                            }
                            String parent = ref.raw().substring(0, ref.raw().length() - 2);
                            if (!codes.contains(parent) && reported.add(parent)) {
                                r.at(ref.where())
                                        .with("place", ref.place())
                                        .with("code", ref.raw())
                                        .with("parent", parent)
                                        .expected(parent)
                                        .suggest("补列上级科目" + parent + "的合计行")
                                        .report();
                            }
                        }
                    }
                });
    }

    static Rule order() {
        return ConformityRule.of(
                "CODE.ORDER",
                INFO,
                CONFORMITY,
                "表中科目未按编码顺序排列",
                "{place}中{code}排在{previous}之后，未按科目编码顺序排列",
                "",
                "参考资料 §2.6：按编码顺序列示",
                (c, r) -> {
                    for (List<CodeRef> table : byTable(c)) {
                        CodeRef previous = null;
                        for (CodeRef ref : table) {
                            if (!ref.wellFormed()) {
                                continue;
                            }
                            if (previous != null && previous.raw().startsWith(ref.raw())) {
                                continue; // a subtotal printed after its items
                            }
                            if (previous != null && padded(ref.raw()).compareTo(padded(previous.raw())) < 0) {
                                r.at(ref.where())
                                        .with("place", ref.place())
                                        .with("code", ref.raw())
                                        .with("previous", previous.raw())
                                        .actual(ref.raw())
                                        .suggest("按科目编码从小到大排列")
                                        .report();
                                break; // one finding per table is enough to fix the order
                            }
                            previous = ref;
                        }
                    }
                });
    }

    /** Pads a code so that a parent sorts before its children ("201" &lt; "20101" &lt; "2010101" &lt; "202"). */
    private static String padded(String code) {
        return (code + "0000000").substring(0, 7) + code.length();
    }

    static Rule splitOverlap() {
        return ConformityRule.of(
                "CODE.SPLIT-OVERLAP",
                WARNING,
                CONFORMITY,
                "分栏编码位数错误",
                "{place}的下级编码栏印成多一位、与上级编码重叠（如{code}印为“{parent}”“{part}”），应只印本级两位",
                "",
                "参考资料 §1.3",
                (c, r) -> {
                    for (List<CodeRef> table : byTable(c)) {
                        for (CodeRef ref : table) {
                            if (ref.overlapped()) {
                                String parent = ref.raw().substring(0, ref.raw().length() - 2);
                                r.at(ref.where())
                                        .with("place", ref.place())
                                        .with("code", ref.raw())
                                        .with("parent", parent)
                                        .with(
                                                "part",
                                                parent.substring(parent.length() - 1)
                                                        + ref.raw().substring(parent.length()))
                                        .expected(ref.raw().substring(parent.length()))
                                        .actual(parent.substring(parent.length() - 1)
                                                + ref.raw().substring(parent.length()))
                                        .suggest("款、项栏只印两位，如“" + ref.raw().substring(parent.length()) + "”")
                                        .report();
                                break; // one finding per table: the whole column is printed this way
                            }
                        }
                    }
                });
    }

    static Rule wrongList() {
        return ConformityRule.of(
                "CODE.WRONG-LIST",
                ERROR,
                CONFORMITY,
                "表中编码不属于该表应使用的分类",
                "{place}是{expected}表，却列有{list}编码{code}",
                "",
                "参考资料 §1.3",
                (c, r) -> {
                    c.disclosure().tables().forEach(t -> {
                        String title = Texts.key(t.title());
                        boolean economic = CodeRules.isEconomicTable(t);
                        boolean function = !economic && title.contains("功能分类");
                        if (!economic && !function) {
                            return;
                        }
                        String name = Where.tableName(t);
                        for (CodeRef ref : CodeRefs.inTables(c)) {
                            if (!ref.place().equals(name)) {
                                continue;
                            }
                            boolean wrong = economic
                                    ? ref.list() == CodeRef.CodeList.FUNCTION
                                    : ref.list() != CodeRef.CodeList.FUNCTION;
                            if (wrong && ref.list() != CodeRef.CodeList.OTHER) {
                                r.at(ref.where())
                                        .with("place", Where.tableName(t))
                                        .with("expected", economic ? "经济分类" : "功能分类")
                                        .with("list", ref.list().label())
                                        .with("code", ref.raw())
                                        .actual(ref.raw())
                                        .suggest("核对该行科目编码")
                                        .report();
                            }
                        }
                    });
                });
    }
}
