package org.gongkai.core.audit.rules.conformity;

import static org.gongkai.core.audit.Category.CONFORMITY;
import static org.gongkai.core.audit.Severity.WARNING;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.audit.Rule;
import org.gongkai.core.disclosure.DisclosureInfo;

/** Lint over whole parts of the document: the glossary and the signature date. */
final class DocumentLintRules {
    private static final Pattern TRAILING_STOPS = Pattern.compile("[。；;.]+$");
    private static final Pattern DEFINITION_VERB = Pattern.compile("^(指的是|是指|指|是)");
    private static final Pattern DEFINITION = Pattern.compile(
            "^\\s*(?:[一二三四五六七八九十]+[、.．]|\\d+[、.．]|[（(][一二三四五六七八九十\\d]+[)）])?\\s*([^：:，。]{2,20})[：:](.+)$");
    private static final Pattern NUMBERED =
            Pattern.compile("^\\s*(?:[一二三四五六七八九十]+[、.．]|\\d+[、.．]|[（(][一二三四五六七八九十\\d]+[)）])");
    private static final Pattern DANGLING = Pattern.compile("(由|从|用|对|以|的|和|及|与|或|、|在|为|包括|指|是)$");
    private static final Pattern BY = Pattern.compile("由(.*)$");
    private static final Pattern BY_VERB =
            Pattern.compile("安排|拨付|拨款|提供|承担|负责|组成|构成|形成|开支|列支|核拨|下达|取得|使用|收取|缴纳|支付|管理|筹集|编制|征收|上缴");
    private static final Pattern DATE =
            Pattern.compile("^\\s*((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*(日?)\\s*$");

    private DocumentLintRules() {}

    /** The words of {@link #DANGLING}: tested by endsWith, sparing a regex attempt at every index. */
    private static final String[] DANGLING_WORDS =
            DANGLING.pattern().substring(1, DANGLING.pattern().length() - 2).split("\\|");

    /** {@code DANGLING.matcher(text).find()}, without the regex unless the text ends with a line break. */
    private static boolean dangling(String text) {
        if (!text.isEmpty() && "\n\r\u0085\u2028\u2029".indexOf(text.charAt(text.length() - 1)) >= 0) {
            return DANGLING.matcher(text).find();
        }
        for (String w : DANGLING_WORDS) {
            if (text.endsWith(w)) {
                return true;
            }
        }
        return false;
    }

    static List<Rule> all() {
        return List.of(glossaryTruncated(), signatureDate());
    }

    private static Rule glossaryTruncated() {
        return ConformityRule.of(
                "TXT.GLOSSARY-TRUNCATED",
                WARNING,
                CONFORMITY,
                "名词解释不完整",
                "名词解释“{term}”的释义“{body}”不完整",
                "释义少于8个汉字、以虚词结尾，或“由…”后没有动词",
                "参考资料 §1.4 第9项",
                (c, r) -> {
                    List<DocText.Piece> glossary = DocText.partAfter(c, "名词解释");
                    for (int i = 0; i < glossary.size(); i++) {
                        DocText.Piece p = glossary.get(i);
                        Matcher m = DEFINITION.matcher(p.text());
                        if (p.isHeading() || !m.matches()) {
                            continue;
                        }
                        boolean continued = i + 1 < glossary.size()
                                && !glossary.get(i + 1).isHeading()
                                && !NUMBERED.matcher(glossary.get(i + 1).text()).find()
                                && !DEFINITION
                                        .matcher(glossary.get(i + 1).text())
                                        .matches();
                        if (continued) {
                            continue; // the definition runs on in the next paragraph (a wrapped line)
                        }
                        String body =
                                TRAILING_STOPS.matcher(Texts.norm(m.group(2))).replaceAll("");
                        String core = DEFINITION_VERB.matcher(body).replaceFirst("");
                        long han = core.chars()
                                .filter(ch -> Texts.isHan((char) ch))
                                .count();
                        Matcher by = BY.matcher(core);
                        boolean openBy =
                                by.find() && !BY_VERB.matcher(by.group(1)).find();
                        if (han < 8 || dangling(core) || openBy) {
                            r.at(p.span(m.start(2), m.end(2)))
                                    .with("term", m.group(1).strip())
                                    .with("body", m.group(2).strip())
                                    .actual(m.group(2).strip())
                                    .suggest("补全释义，如“财政拨款：指由一般公共预算、政府性基金预算和国有资本经营预算安排的资金。”")
                                    .report();
                        }
                    }
                });
    }

    private static Rule signatureDate() {
        return ConformityRule.of(
                "TXT.SIGNATURE-DATE",
                WARNING,
                CONFORMITY,
                "落款日期有误",
                "落款日期“{date}”{problem}",
                "预算：预算年度或上一年；决算：决算年度或下一年",
                "GB/T 9704 成文日期",
                (c, r) -> {
                    List<DocText.Piece> pieces = DocText.pieces(c);
                    DisclosureInfo info = c.disclosure().info();
                    for (int i = Math.max(0, pieces.size() - 3); i < pieces.size(); i++) {
                        DocText.Piece p = pieces.get(i);
                        Matcher m = DATE.matcher(p.text());
                        if (!m.matches()) {
                            continue;
                        }
                        String problem = problem(m, info);
                        if (!problem.isEmpty()) {
                            r.at(p.where())
                                    .with("date", p.text().strip())
                                    .with("problem", problem)
                                    .actual(p.text().strip())
                                    .suggest("核对落款日期，写成“2021年2月5日”的形式")
                                    .report();
                        }
                    }
                });
    }

    private static String problem(Matcher m, DisclosureInfo info) {
        int year = Integer.parseInt(m.group(1));
        if (m.group(4).isEmpty()) {
            return "缺少“日”字";
        }
        try {
            LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return "不是有效日期";
        }
        int fy = info.fiscalYear();
        if (fy <= 0) {
            return "";
        }
        boolean budget = info.kind() == DisclosureInfo.Kind.BUDGET;
        boolean plausible = budget ? (year == fy || year == fy - 1) : (year == fy || year == fy + 1);
        return plausible ? "" : "不在" + (budget ? fy - 1 + "—" + fy : fy + "—" + (fy + 1)) + "年之间";
    }
}
