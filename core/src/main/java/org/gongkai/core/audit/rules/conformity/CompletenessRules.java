package org.gongkai.core.audit.rules.conformity;

import static org.gongkai.core.audit.Category.COMPLETENESS;
import static org.gongkai.core.audit.Category.CONFORMITY;
import static org.gongkai.core.audit.Severity.ERROR;
import static org.gongkai.core.audit.Severity.INFO;
import static org.gongkai.core.audit.Severity.WARNING;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.core.audit.AuditContext;
import org.gongkai.core.audit.Location;
import org.gongkai.core.audit.Rule;
import org.gongkai.core.disclosure.Table;

/** Completeness against the template family: required tables and sections, table units. */
final class CompletenessRules {
    private CompletenessRules() {}

    static List<Rule> all() {
        List<Rule> rules = new ArrayList<>();
        rules.add(familyUnknown());
        rules.add(tableMissing());
        rules.add(tableDuplicate());
        rules.add(tableOrder());
        rules.add(sectionMissing());
        rules.add(tableUnitMissing());
        rules.addAll(EmptyTableRules.all());
        rules.addAll(NarrativeDutyRules.all());
        return rules;
    }

    private static Optional<TemplateFamily> family(AuditContext c) {
        return TemplateFamilies.detect(c.disclosure());
    }

    private static Rule familyUnknown() {
        return ConformityRule.of(
                "DOC.FAMILY-UNKNOWN",
                INFO,
                COMPLETENESS,
                "无法确定公开文件所属模板",
                "未能从模板标识“{templateId}”或表名识别出模板（已知：{known}），未检查必备表和必备章节",
                "",
                "参考资料 §1.2、§1.7",
                (c, r) -> {
                    if (family(c).isPresent() || c.disclosure().blocks().isEmpty()) {
                        return;
                    }
                    List<String> known = TemplateFamilies.all().stream()
                            .map(TemplateFamily::label)
                            .toList();
                    r.at(Location.document())
                            .with("templateId", c.disclosure().info().templateId())
                            .with("known", String.join("、", known))
                            .suggest("在文件信息中注明模板，或使用标准表名")
                            .report();
                });
    }

    private static Rule tableMissing() {
        return ConformityRule.of(
                "DOC.TABLE-MISSING",
                ERROR,
                COMPLETENESS,
                "缺少模板要求的公开表",
                "按{family}，应公开“{table}”，文件中未找到",
                "按表名关键词或模板表键识别",
                "财预〔2016〕143号；参考资料 §1.2",
                (c, r) -> family(c).ifPresent(f -> {
                    for (TemplateFamily.RequiredTable rt : f.tables()) {
                        if (!TemplateFamilies.present(c, rt)) {
                            r.at(Location.document())
                                    .with("family", f.label())
                                    .with("table", rt.name())
                                    .expected(rt.name())
                                    .suggest("补充公开“" + rt.name() + "”；无数据时公开空表并说明原因")
                                    .report();
                        }
                    }
                }));
    }

    private static Rule tableDuplicate() {
        return ConformityRule.of(
                "DOC.TABLE-DUPLICATE",
                WARNING,
                COMPLETENESS,
                "同一公开表出现多次",
                "“{table}”在文件中出现{count}次",
                "",
                "参考资料 §1.2",
                (c, r) -> family(c).ifPresent(f -> {
                    for (TemplateFamily.RequiredTable rt : f.tables()) {
                        List<Table> found = TemplateFamilies.find(c, rt);
                        if (found.size() > 1) {
                            r.at(List.of(Where.table(found.get(1)), Where.table(found.get(0))))
                                    .with("table", rt.name())
                                    .with("count", String.valueOf(found.size()))
                                    .actual(String.valueOf(found.size()))
                                    .expected("1")
                                    .suggest("删除重复的表，或核对表名")
                                    .report();
                        }
                    }
                }));
    }

    private static Rule tableOrder() {
        return ConformityRule.of(
                "DOC.TABLE-ORDER",
                INFO,
                CONFORMITY,
                "公开表顺序与模板不同",
                "“{table}”排在“{previous}”之前，与{family}的顺序不同",
                "",
                "参考资料 §1.2",
                (c, r) -> family(c).filter(TemplateFamily::ordered).ifPresent(f -> {
                    int lastIndex = -1;
                    String lastName = "";
                    List<Table> tables = c.disclosure().tables().toList();
                    for (TemplateFamily.RequiredTable rt : f.tables()) {
                        List<Table> found = TemplateFamilies.find(c, rt);
                        if (found.isEmpty()) {
                            continue;
                        }
                        int index = tables.indexOf(found.get(0));
                        if (index < lastIndex) {
                            r.at(Where.table(found.get(0)))
                                    .with("table", rt.name())
                                    .with("previous", lastName)
                                    .with("family", f.label())
                                    .suggest("按模板顺序排列公开表")
                                    .report();
                            return;
                        }
                        lastIndex = index;
                        lastName = rt.name();
                    }
                }));
    }

    private static Rule sectionMissing() {
        return ConformityRule.of(
                "DOC.SECTION-MISSING",
                ERROR,
                COMPLETENESS,
                "缺少模板要求的说明内容",
                "按{family}，应说明“{section}”，正文中未找到",
                "标题或正文出现关键词即视为已说明",
                "财预〔2016〕143号；参考资料 §1.4",
                (c, r) -> family(c).ifPresent(f -> {
                    // keys hold no line break, so a keyword is in the joined text exactly when it is in a piece
                    StringBuilder joined = new StringBuilder();
                    DocText.pieces(c).forEach(p -> joined.append(p.key()).append('\n'));
                    String texts = joined.toString();
                    for (TemplateFamily.RequiredSection s : f.sections()) {
                        boolean present = s.keywords().stream().anyMatch(texts::contains);
                        if (!present) {
                            r.at(Location.document())
                                    .with("family", f.label())
                                    .with("section", s.name())
                                    .expected(s.name())
                                    .suggest("补充“" + s.name() + "”的说明")
                                    .report();
                        }
                    }
                }));
    }

    private static Rule tableUnitMissing() {
        return ConformityRule.of(
                "DOC.TABLE-UNIT-MISSING",
                WARNING,
                CONFORMITY,
                "公开表未注明金额单位",
                "{table}未注明金额单位（如“单位：万元”）",
                "",
                "参考资料 §1.5",
                (c, r) -> {
                    Table previous = null;
                    for (Table t : c.disclosure().tables().toList()) {
                        boolean money = showsMoney(t);
                        // A table without number and title that follows a table with a unit is its continuation
                        // on the next page: the unit was stated once, above the first part.
                        boolean continues = previous != null
                                && !Texts.isBlank(previous.unitLabel())
                                && Texts.isBlank(t.number())
                                && Texts.isBlank(t.title());
                        if (money && !continues && Texts.isBlank(t.unitLabel())) {
                            r.at(Where.table(t))
                                    .with("table", Where.tableName(t))
                                    .expected("单位：万元")
                                    .suggest("在表头注明“单位：万元”或“单位：元”")
                                    .report();
                        }
                        previous = t;
                    }
                });
    }

    /** Some amount column other than a 序号 shows a figure (a list of units has a 序号 and an empty 备注). */
    private static boolean showsMoney(Table t) {
        for (int i = 0; i < t.columns().size(); i++) {
            Table.Column col = t.columns().get(i);
            int c = i;
            if (col.type() == Table.ColumnType.AMOUNT
                    && !counts(col.label())
                    && t.rows().stream().anyMatch(r -> !r.cell(c).isBlank())) {
                return true;
            }
        }
        return false;
    }

    /** A column of running numbers (序号 1, 2, 3 of a list of units) holds no money. */
    private static boolean counts(String label) {
        String l = label == null ? "" : label.strip();
        return l.equals("序号") || l.equals("编号") || l.equals("行次") || l.equals("栏次");
    }
}
