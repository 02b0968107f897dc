package org.gongkai.core.audit.rules.conformity;

import static org.gongkai.core.audit.Category.CONSISTENCY;
import static org.gongkai.core.audit.Severity.WARNING;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.audit.AuditContext;
import org.gongkai.core.audit.Location;
import org.gongkai.core.audit.Rule;
import org.gongkai.core.audit.facts.Fact;
import org.gongkai.core.audit.facts.Period;
import org.gongkai.core.disclosure.Paragraph;

/** The economic items a narrative says 人员经费/公用经费 "mainly include", held against the 基本支出 table. */
final class EconListRules {
    /**
     * "公用经费 416.36 万元，主要包括：办公费、印刷费、…等" up to the end of the clause. The amount keeps out
     * definitions ("机关运行经费：指…公用经费，包括办公及印刷费…"), which describe no table.
     */
    private static final Pattern LIST =
            Pattern.compile("(人员经费|日常公用经费|公用经费)\\s*\\d[\\d,]*(?:\\.\\d+)?\\s*万?元[^。；;]{0,20}?包括[：:]?([^。；;]+)");

    private static final Pattern ITEM = Pattern.compile("[^、，,]+");

    private static final Pattern T6_ITEM = Pattern.compile("T6\\|(\\d{5})\\|total");

    private EconListRules() {}

    /** A listed item the table does not bear out: its place in the sentence and its row, if any. */
    private record Unfounded(String name, Location where, Fact row) {}

    static List<Rule> all() {
        return List.of(listedItems());
    }

    private static Rule listedItems() {
        return ConformityRule.of(
                "NT.ECON-LISTED",
                WARNING,
                CONSISTENCY,
                "正文列举的人员经费、公用经费科目在基本支出表中为0或没有",
                "{where}：正文说{kind}主要包括{names}，但{table}中{state}",
                "只查正文列举中与经济分类款级科目名称相同的词",
                "参考资料 §2（说明与表格一致）",
                (c, r) -> {
                    // the list's own words first: most documents have no such sentence, and spare the facts scan
                    List<Paragraph> lists = c.claims().paragraphs().stream()
                            .filter(p -> p.text().contains("包括") && p.text().contains("经费"))
                            .toList();
                    if (lists.isEmpty()) {
                        return;
                    }
                    Map<String, Fact> byCode = new HashMap<>();
                    for (Fact f : c.facts().all()) {
                        Matcher m = f.concept().startsWith("T6|") ? T6_ITEM.matcher(f.concept()) : null;
                        if (m != null && m.matches() && f.period() == Period.CURRENT) {
                            byCode.putIfAbsent(m.group(1), f);
                        }
                    }
                    if (byCode.isEmpty()) {
                        return;
                    }
                    String table = byCode.values().iterator().next().location().table();
                    for (Paragraph p : lists) {
                        Matcher list = LIST.matcher(p.text());
                        while (list.find()) {
                            List<Unfounded> bad = unfounded(c, byCode, p, list);
                            if (!bad.isEmpty()) {
                                report(r, list.group(1), table, bad);
                            }
                        }
                    }
                });
    }

    private static List<Unfounded> unfounded(AuditContext c, Map<String, Fact> byCode, Paragraph p, Matcher list) {
        List<Unfounded> out = new ArrayList<>();
        Matcher item = ITEM.matcher(list.group(2));
        while (item.find()) {
            String name = item.group().strip().replaceFirst("等$", "");
            Optional<List<Fact>> found = econRows(c, byCode, name);
            if (found.isEmpty()
                    || found.get().stream().anyMatch(f -> !f.amount().isZero())) {
                continue;
            }
            List<Fact> rows = found.get();
            int start = list.start(2) + item.start() + item.group().indexOf(name);
            out.add(new Unfounded(
                    name, Where.span(p, start, start + name.length()), rows.isEmpty() ? null : rows.get(0)));
        }
        return out;
    }

    private static void report(Reporter r, String kind, String table, List<Unfounded> bad) {
        List<Location> places = new ArrayList<>();
        bad.forEach(u -> places.add(u.where()));
        bad.stream().map(Unfounded::row).filter(Objects::nonNull).forEach(f -> places.add(f.location()));
        String zero = names(bad.stream().filter(u -> u.row() != null).toList());
        String none = names(bad.stream().filter(u -> u.row() == null).toList());
        String state = (zero.isEmpty() ? "" : zero + "为0")
                + (zero.isEmpty() || none.isEmpty() ? "" : "，")
                + (none.isEmpty() ? "" : none + "没有金额");
        r.at(places)
                .with("where", places.get(0).describe())
                .with("kind", kind)
                .with("names", names(bad))
                .with("table", table)
                .with("state", state)
                .expected("")
                .actual(names(bad))
                .suggest("正文只列举表中有金额的科目；核对是否漏列或误列")
                .report();
    }

    private static String names(List<Unfounded> items) {
        return items.isEmpty()
                ? ""
                : "“" + String.join("、", items.stream().map(Unfounded::name).toList()) + "”";
    }

    /**
     * The table rows of the 款-level economic items of this exact name (one name may be two items: 办公设备购置 is
     * 30902 and 31002); empty when the word names no such item, so it is not checked.
     */
    private static Optional<List<Fact>> econRows(AuditContext c, Map<String, Fact> byCode, String name) {
        if (name.length() < 2 || name.length() > 20) {
            return Optional.empty();
        }
        List<String> codes = c.classifications().departmentEconomicList().byNormalizedName(name).stream()
                .map(e -> e.code())
                .filter(code -> code.length() == 5)
                .toList();
        if (codes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                codes.stream().map(byCode::get).filter(Objects::nonNull).toList());
    }
}
