package org.gongkai.core.audit.rules.conformity;

import static org.gongkai.core.audit.Category.CONSISTENCY;
import static org.gongkai.core.audit.Severity.WARNING;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.core.audit.AuditContext;
import org.gongkai.core.audit.Location;
import org.gongkai.core.audit.Rule;
import org.gongkai.core.audit.facts.Fact;
import org.gongkai.core.audit.facts.TableKind;
import org.gongkai.core.audit.facts.TableView;

/**
 * The components the narrative names for 人员经费 and 公用经费 ("人员经费8055.07万元，主要包括：基本工资、津贴补贴、
 * 奖金…"): each one that is an economic 款 must have money in the 基本支出 table.
 */
final class ComponentListRules {

    private ComponentListRules() {}

    static List<Rule> all() {
        return List.of(ConformityRule.of(
                "NARR.COMPONENT-EMPTY",
                WARNING,
                CONSISTENCY,
                "正文所列经费构成在基本支出表中没有金额",
                "{where}：正文所列{kind}构成“{name}”在{table}中{state}",
                "只核对与经济分类款级科目名称完全相同、且正文未另列金额的构成",
                "I-22；参考资料 §2.10 六",
                ComponentListRules::check));
    }

    private static void check(AuditContext c, Reporter r) {
        Optional<TableView> view = c.facts().view(TableKind.T6);
        if (view.isEmpty()) {
            return;
        }
        String table = view.get().name();
        for (ComponentLists.Listed listed : ComponentLists.of(c)) {
            Optional<Fact> cell = c.facts().first("T6|" + listed.code() + "|total");
            if (cell.isPresent() && cell.get().amount().signum() != 0) {
                continue;
            }
            String state = cell.isPresent() ? "为0" : "没有金额";
            List<Location> at = new ArrayList<>();
            at.add(listed.at());
            // the table cell too: a diagnosis that explains the empty cell (a shifted column) finds it there
            cell.map(Fact::location).or(() -> cellOf(view.get(), listed.code())).ifPresent(at::add);
            r.at(at)
                    .with("where", listed.at().describe())
                    .with("kind", listed.kind())
                    .with("name", listed.name())
                    .with("table", table + "（" + listed.code() + "）")
                    .with("state", state)
                    .expected("大于0")
                    .actual(cell.map(f -> f.figure().printed().toPlainString()).orElse("空"))
                    .suggest("核对基本支出表中" + listed.code() + " " + listed.name() + "的金额，或从正文的构成中删去")
                    .report();
        }
    }

    /** The 决算数/合计 cell of the code's row, when the table prints the row. */
    private static Optional<Location> cellOf(TableView view, String code) {
        Optional<Integer> column = view.column("total");
        if (column.isEmpty()) {
            return Optional.empty();
        }
        return view.rows().stream()
                .filter(row -> row.code().equals(code))
                .findFirst()
                .map(row -> view.location(row, column.get()));
    }
}
