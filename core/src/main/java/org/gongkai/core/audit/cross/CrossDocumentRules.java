package org.gongkai.core.audit.cross;

import java.util.List;
import org.gongkai.core.audit.AuditContext;
import org.gongkai.core.audit.Category;
import org.gongkai.core.audit.FindingSink;
import org.gongkai.core.audit.Rule;
import org.gongkai.core.audit.RuleInfo;
import org.gongkai.core.audit.Severity;

/**
 * The cross-document rules: they compare a 部门 disclosure with the 单位 disclosures of its units and run in
 * {@link CrossDocumentAuditor}, not per document. They are catalogued like every rule (docs/rules.md, profiles,
 * both-way tests); their per-document {@link Rule#check} does nothing because one document alone has nothing to
 * compare.
 */
public final class CrossDocumentRules {
    private static final String BASIS = "部门预算（决算）由本部门所属各单位的单位预算（决算）汇总而成";

    /** A unit's cell differs from the same cell of a department that consists of that unit alone. */
    public static final RuleInfo CELL = new RuleInfo(
            "XDOC.DEPT-UNIT-CELL",
            Severity.ERROR,
            Category.CONSISTENCY,
            "跨文件：仅含一个单位的部门，其部门公开与单位公开同一单元格数字不一致",
            "{unitFile}{where}为{actual}，{deptFile}同一位置为{expected}，相差{difference}；部门仅含此一个单位，两者应相同",
            "显示精度；两表金额单位不同时取较粗的显示单位",
            BASIS + "；部门合计与该单位合计相同即视为部门仅含此单位");

    /** A unit's figure exceeds the department's figure of the same cell. */
    public static final RuleInfo EXCEEDS = new RuleInfo(
            "XDOC.DEPT-UNIT-EXCEEDS",
            Severity.WARNING,
            Category.CONSISTENCY,
            "跨文件：所属单位公开的数字大于部门公开同一单元格",
            "{unitFile}{where}为{actual}，大于{deptFile}同一位置的{expected}，超出{difference}；部门数应包含所属各单位之数",
            "显示精度；两表金额单位不同时取较粗的显示单位",
            BASIS);

    /** A total the unit's narrative states differs from the same total in the narrative of its one-unit department. */
    public static final RuleInfo NARRATIVE = new RuleInfo(
            "XDOC.DEPT-UNIT-NARRATIVE",
            Severity.ERROR,
            Category.CONSISTENCY,
            "跨文件：仅含一个单位的部门，其部门公开与单位公开的说明中同一总数不一致",
            "{unitFile}{where}所说本年{actual}，{deptFile}说明中同一总数为{expected}，相差{difference}；部门仅含此一个单位，两者应相同",
            "两处中较粗的书写精度（如“4,614万元”按1万元）",
            BASIS + "；比较收入、支出、财政拨款、“三公”经费、机关运行经费、政府采购等本年总数（各取首次出现）");

    private CrossDocumentRules() {}

    /** The catalogue entries (see {@link org.gongkai.core.audit.RuleCatalogue}). */
    public static List<Rule> all() {
        return List.of(catalogued(CELL), catalogued(NARRATIVE), catalogued(EXCEEDS));
    }

    private static Rule catalogued(RuleInfo info) {
        return new Rule() {
            @Override
            public RuleInfo info() {
                return info;
            }

            @Override
            public void check(AuditContext context, FindingSink sink) {
                // One document alone has nothing to compare; CrossDocumentAuditor applies this rule to pairs.
            }
        };
    }
}
