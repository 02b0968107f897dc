package org.gongkai.core.audit.rules.conformity;

import static org.gongkai.core.audit.Category.COMPLETENESS;
import static org.gongkai.core.audit.Severity.ERROR;
import static org.gongkai.core.audit.Severity.INFO;
import static org.gongkai.core.audit.Severity.WARNING;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.audit.AuditContext;
import org.gongkai.core.audit.Rule;
import org.gongkai.core.disclosure.Table;
import org.gongkai.core.disclosure.TargetTable;

/** What the narrative must explain: 三公 reasons, the 政府性基金 statement, 绩效 tables, glossary, staffing. */
final class NarrativeDutyRules {
    private static final Pattern STATES_NONE = Pattern.compile(".*(没有|未安排|无|(?<![0-9.])0(\\.0+)?万?元).*");
    private static final Pattern STATES_AMOUNT = Pattern.compile(".*[0-9]\\s*万?元.*");
    private static final Pattern CHANGE = Pattern.compile("(增加|减少|增长|下降)\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(万元|元|%)");
    private static final Pattern REASON = Pattern.compile("原因|由于|因为|因[^公]|用于|系[^统]");
    private static final Pattern PROJECT_COUNT = Pattern.compile("项目\\s*([0-9]+)\\s*个|([0-9]+)\\s*个项目");
    private static final Pattern ALL_FOLLOW = Pattern.compile("见下表|见附表|如下表|分别填报|附后|详见下表");
    private static final List<String> GLOSSARY_TERMS = List.of("基本支出", "项目支出", "三公", "机关运行经费");

    private NarrativeDutyRules() {}

    static List<Rule> all() {
        return List.of(sanGongReason(), fundStatement(), perfTableCount(), perfTableDuplicate(), glossaryTerm());
    }

    /** Paragraph pieces of the 三公 explanation: after a 三公 heading, else paragraphs that mention 三公. */
    private static List<DocText.Piece> sanGongPart(AuditContext c) {
        List<DocText.Piece> part = new ArrayList<>();
        boolean in = false;
        int level = 0;
        for (DocText.Piece p : DocText.pieces(c)) {
            if (p.isHeading()) {
                if (p.key().contains("三公")) {
                    in = true;
                    level = p.heading().level();
                    continue;
                }
                if (in && p.heading().level() <= level) {
                    in = false;
                }
                continue;
            }
            if (in || p.key().contains("三公")) {
                part.add(p);
            }
        }
        return part;
    }

    private static Rule sanGongReason() {
        return ConformityRule.of(
                "DOC.SANGONG-REASON",
                WARNING,
                COMPLETENESS,
                "“三公”经费增减未说明原因",
                "“三公”经费说明中“{change}”未说明原因",
                "增减额为0的不要求原因",
                "N-05；参考资料 §1.4",
                (c, r) -> {
                    List<DocText.Piece> part = sanGongPart(c);
                    for (int k = 0; k < part.size(); k++) {
                        DocText.Piece p = part.get(k);
                        StringBuilder following = new StringBuilder();
                        for (int n = k + 1; n < Math.min(part.size(), k + 7); n++) {
                            following.append(part.get(n).text());
                        }
                        for (Texts.Span s : Texts.sentences(p.text())) {
                            Matcher m = CHANGE.matcher(s.text());
                            while (m.find()) {
                                if (new BigDecimal(m.group(2)).signum() == 0) {
                                    continue;
                                }
                                // a reason may come later in the paragraph (items first, reasons after) or in
                                // the breakdown introduced by "其中："
                                String rest = p.text().substring(s.start() + m.end()) + following;
                                if (REASON.matcher(rest).find()
                                        || REASON.matcher(s.text().substring(0, m.start()))
                                                .find()) {
                                    continue;
                                }
                                r.at(p.span(s.start() + m.start(), s.start() + m.end()))
                                        .with("change", m.group())
                                        .actual(m.group())
                                        .suggest("说明增减的主要原因")
                                        .report();
                            }
                        }
                    }
                });
    }

    private static Rule fundStatement() {
        return ConformityRule.of(
                "DOC.FUND-STATEMENT",
                ERROR,
                COMPLETENESS,
                "正文未说明政府性基金预算情况",
                "正文没有说明政府性基金预算{what}",
                "",
                "I-36；参考资料 §1.4 第7项",
                (c, r) -> {
                    List<Table> fund = c.disclosure()
                            .tables()
                            .filter(t -> Texts.key(t.title()).contains("政府性基金"))
                            .toList();
                    if (fund.isEmpty()
                            || c.disclosure().paragraphs().findAny().isEmpty()
                            || !fund.stream().allMatch(EmptyTables::structured)) {
                        return;
                    }
                    boolean empty = fund.stream().allMatch(EmptyTables::holdsNoFigure);
                    boolean stated = c.disclosure().paragraphs().anyMatch(p -> {
                        String s = Texts.key(p.text());
                        if (!s.contains("政府性基金")) {
                            return false;
                        }
                        return empty
                                ? EmptyTables.STATES_EMPTY.matcher(s).find()
                                        || STATES_NONE.matcher(s).matches()
                                : STATES_AMOUNT.matcher(s).matches();
                    });
                    boolean noted = empty
                            && fund.stream()
                                    .flatMap(t -> EmptyTables.notes(c.disclosure(), t).stream())
                                    .anyMatch(n -> EmptyTables.STATES_EMPTY
                                            .matcher(Texts.norm(n))
                                            .find());
                    stated |= noted;
                    if (!stated) {
                        r.at(Where.table(fund.get(0)))
                                .with("what", empty ? "（本单位没有政府性基金预算拨款、表为空）" : "支出的金额和用途")
                                .suggest(empty ? "说明“本单位没有使用政府性基金预算拨款安排的支出，政府性基金预算支出情况表为空表。”" : "说明政府性基金预算支出金额及用途")
                                .report();
                    }
                });
    }

    private static Rule perfTableCount() {
        return ConformityRule.of(
                "DOC.PERF-TABLE-COUNT",
                ERROR,
                COMPLETENESS,
                "绩效目标表数量与正文所述项目数不符",
                "正文称{count}个项目实行绩效管理并见下表，但文件中有{tables}张项目支出绩效目标表",
                "",
                "I-30；参考资料 §2.10 十(四)",
                (c, r) -> {
                    long tables = c.disclosure().targetTables().count();
                    for (DocText.Piece p : DocText.pieces(c)) {
                        String s = p.norm();
                        if (p.isHeading()
                                || !s.contains("绩效")
                                || !ALL_FOLLOW.matcher(s).find()) {
                            continue;
                        }
                        Matcher m = PROJECT_COUNT.matcher(s);
                        if (!m.find()) {
                            continue;
                        }
                        int count = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
                        if (count != tables) {
                            r.at(p.where())
                                    .with("count", String.valueOf(count))
                                    .with("tables", String.valueOf(tables))
                                    .expected(String.valueOf(count))
                                    .actual(String.valueOf(tables))
                                    .difference(String.valueOf(tables - count))
                                    .suggest("补齐或核对各项目的绩效目标表")
                                    .report();
                        }
                        return;
                    }
                });
    }

    private static Rule perfTableDuplicate() {
        return ConformityRule.of(
                "DOC.PERF-TABLE-DUPLICATE",
                WARNING,
                COMPLETENESS,
                "同一项目的绩效目标表出现多次",
                "项目“{project}”的绩效目标表出现{count}次",
                "",
                "I-30",
                (c, r) -> {
                    Map<String, List<TargetTable>> byName = new HashMap<>();
                    c.disclosure()
                            .targetTables()
                            .forEach(t -> byName.computeIfAbsent(Texts.key(t.projectName()), k -> new ArrayList<>())
                                    .add(t));
                    c.disclosure().targetTables().forEach(t -> {
                        List<TargetTable> same = byName.get(Texts.key(t.projectName()));
                        if (!Texts.isBlank(t.projectName()) && same.size() > 1 && same.get(1) == t) {
                            r.at(List.of(Where.target(t, "", "项目名称"), Where.target(same.get(0), "", "项目名称")))
                                    .with("project", t.projectName().strip())
                                    .with("count", String.valueOf(same.size()))
                                    .suggest("删除重复的绩效目标表")
                                    .report();
                        }
                    });
                });
    }

    private static Rule glossaryTerm() {
        return ConformityRule.of(
                "DOC.GLOSSARY-TERM-MISSING",
                INFO,
                COMPLETENESS,
                "名词解释缺少常用术语",
                "名词解释中没有“{term}”",
                "",
                "参考资料 §1.4 第9项",
                (c, r) -> {
                    List<DocText.Piece> glossary = DocText.partAfter(c, "名词解释");
                    if (glossary.isEmpty()) {
                        return;
                    }
                    StringBuilder all = new StringBuilder();
                    glossary.forEach(p -> all.append(p.key()));
                    for (String term : GLOSSARY_TERMS) {
                        if (!all.toString().contains(term)) {
                            r.at(glossary.get(0).where())
                                    .with("term", term)
                                    .expected(term)
                                    .suggest("在名词解释中补充“" + term + "”")
                                    .report();
                        }
                    }
                });
    }
}
