package org.gongkai.core.audit.cross;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.core.amount.Amount;
import org.gongkai.core.audit.AuditProfile;
import org.gongkai.core.audit.Finding;
import org.gongkai.core.audit.Location;
import org.gongkai.core.audit.Messages;
import org.gongkai.core.audit.RuleInfo;
import org.gongkai.core.audit.cross.TableCells.Cell;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.DisclosureInfo;

/**
 * The cross-document pass of one audit run, as a finance-bureau reviewer does it over a folder of disclosures:
 * pairs each 部门 disclosure with the 单位 disclosures of its own units (same year, same kind; the unit has the
 * department's name or is named in its 机构设置 section) and lays their keyed tables over each other. When the
 * department consists of that unit alone (their grand totals agree) every shared cell must be equal ({@link
 * CrossDocumentRules#CELL}); otherwise no unit figure may exceed the department's ({@link
 * CrossDocumentRules#EXCEEDS}).
 */
public final class CrossDocumentAuditor {
    /** Grand totals whose agreement tells that a department consists of one unit only. */
    private static final List<String> GRAND_TOTALS = List.of(
            TableCells.address("T1", "total", "income.amount"),
            TableCells.address("T1", "total", "expenditure.total"),
            TableCells.address("T2", "total", "total"),
            TableCells.address("T3", "total", "total"),
            TableCells.address("T5", "total", "total"));

    private final AuditProfile profile;

    public CrossDocumentAuditor(AuditProfile profile) {
        this.profile = profile;
    }

    /** A department disclosure and the disclosure of one of its units, as compared. */
    public record Pair(
            Disclosure department, Disclosure unit, boolean sameBody, int comparedCells, int comparedStatements) {
        /** "《a.pdf》（部门）与《b.pdf》（单位）：部门合计与单位合计相同……，共核对 243 个单元格". */
        public String describe() {
            return "《" + file(department) + "》（部门）与《" + file(unit) + "》（单位）："
                    + (sameBody ? "部门合计与单位合计相同，部门仅含此单位，同一单元格应相等" : "部门含多个单位，单位各数不应大于部门同一单元格")
                    + "，共核对 " + comparedCells + " 个单元格、" + comparedStatements + " 处说明中的总数";
        }
    }

    /** The pairs found and their findings. */
    public record Result(List<Pair> pairs, List<Finding> findings) {
        public Result {
            pairs = List.copyOf(pairs);
            findings = List.copyOf(findings);
        }
    }

    /** Compares every department/unit pair among {@code documents} (the disclosures read in one run). */
    public Result audit(List<Disclosure> documents) {
        List<Pair> pairs = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (Disclosure dept : documents) {
            if (DocumentRole.of(dept.info()) != DocumentRole.DEPARTMENT) {
                continue;
            }
            for (Disclosure unit : documents) {
                if (unit != dept && DocumentRole.of(unit.info()) == DocumentRole.UNIT && belongs(unit, dept)) {
                    pairs.add(compare(dept, unit, findings));
                }
            }
        }
        return new Result(pairs, findings);
    }

    /** Same year and kind, and the unit is the department itself or one of its listed units. */
    static boolean belongs(Disclosure unit, Disclosure dept) {
        DisclosureInfo u = unit.info();
        DisclosureInfo d = dept.info();
        if (u.fiscalYear() <= 0 || u.fiscalYear() != d.fiscalYear() || u.kind() == null || u.kind() != d.kind()) {
            return false;
        }
        String unitName = Names.normalise(u.unitName());
        if (unitName.isEmpty()) {
            return false;
        }
        return unitName.equals(Names.normalise(d.unitName())) || Names.listsUnit(dept, unitName);
    }

    private Pair compare(Disclosure dept, Disclosure unit, List<Finding> findings) {
        TableCells deptCells = TableCells.of(dept, file(dept));
        TableCells unitCells = TableCells.of(unit, file(unit));
        boolean sameBody = sameBody(deptCells, unitCells);
        RuleInfo rule = sameBody ? CrossDocumentRules.CELL : CrossDocumentRules.EXCEEDS;
        boolean runs = profile.runs(rule.id());
        int compared = 0;
        for (Map.Entry<String, Cell> e : unitCells.cells().entrySet()) {
            Optional<Cell> other = deptCells.get(e.getKey());
            Optional<Difference> diff = other.flatMap(d -> Difference.of(e.getValue(), d));
            if (diff.isEmpty()) {
                continue;
            }
            compared++;
            if (!runs || diff.get().sign() == 0 || (!sameBody && diff.get().sign() < 0)) {
                continue;
            }
            findings.add(finding(
                    rule,
                    e.getValue().location(),
                    other.get().location(),
                    e.getValue().shown(),
                    other.get().shown(),
                    diff.get().shown()));
        }
        int statements = compareNarratives(dept, unit, sameBody, findings);
        return new Pair(dept, unit, sameBody, compared, statements);
    }

    /**
     * True when most grand totals both documents print agree: the department is that one unit. A majority, not
     * all, so that one mistyped total is reported as a cell error instead of turning the pair into a
     * multi-unit department.
     */
    static boolean sameBody(TableCells dept, TableCells unit) {
        int equal = 0;
        int different = 0;
        for (String address : GRAND_TOTALS) {
            Optional<Cell> d = dept.get(address);
            Optional<Cell> u = unit.get(address);
            if (d.isEmpty() || u.isEmpty()) {
                continue;
            }
            Optional<Difference> diff = Difference.of(u.get(), d.get());
            if (diff.isEmpty()) {
                continue;
            }
            if (diff.get().sign() == 0 && u.get().value().signum() != 0) {
                equal++;
            } else {
                different++;
            }
        }
        return equal > different;
    }

    private Finding finding(
            RuleInfo rule, Location unitPlace, Location deptPlace, String actual, String expected, String difference) {
        Map<String, String> values = Map.of(
                "unitFile",
                "《" + unitPlace.file() + "》",
                "deptFile",
                "《" + deptPlace.file() + "》",
                "where",
                unitPlace.inFile("").describe(),
                "actual",
                actual,
                "expected",
                expected,
                "difference",
                difference);
        return new Finding(
                rule.id(),
                profile.severityOf(rule),
                rule.category(),
                Messages.fill(rule.message(), values),
                List.of(unitPlace, deptPlace),
                expected,
                actual,
                difference,
                rule == CrossDocumentRules.EXCEEDS
                        ? "核对单位公开与部门公开的这一数字：部门数应为所属各单位之和，不应小于其中任一单位。"
                        : "核对两份公开的这一数字，改正有误的一份；部门仅含一个单位时两份公开的数字应相同。");
    }

    /** The narrative totals: equal for a one-unit department, not above the department's otherwise. */
    private int compareNarratives(Disclosure dept, Disclosure unit, boolean sameBody, List<Finding> findings) {
        RuleInfo rule = sameBody ? CrossDocumentRules.NARRATIVE : CrossDocumentRules.EXCEEDS;
        Map<String, NarrativeTotals.Stated> deptTotals = NarrativeTotals.of(dept, file(dept));
        int compared = 0;
        for (Map.Entry<String, NarrativeTotals.Stated> e :
                NarrativeTotals.of(unit, file(unit)).entrySet()) {
            NarrativeTotals.Stated d = deptTotals.get(e.getKey());
            if (d == null) {
                continue;
            }
            compared++;
            NarrativeTotals.Stated u = e.getValue();
            int sign = NarrativeTotals.sign(u, d);
            if (!profile.runs(rule.id()) || sign == 0 || (!sameBody && sign < 0)) {
                continue;
            }
            String diff =
                    u.amount().minus(d.amount()).wan().stripTrailingZeros().toPlainString() + "万元";
            findings.add(finding(rule, u.location(), d.location(), u.shown(), d.shown(), diff));
        }
        return compared;
    }

    private static String file(Disclosure d) {
        DisclosureInfo info = d.info();
        if (info.source() != null && !info.source().isEmpty()) {
            return info.source();
        }
        return info.unitName() + (info.title() == null ? "" : info.title());
    }

    /**
     * Unit figure minus department figure. {@code sign} is 0 within display precision: exact when both tables
     * print the same unit, within half the coarser display step when one prints 元 and the other 万元.
     */
    record Difference(int sign, String shown) {
        static Optional<Difference> of(Cell u, Cell d) {
            if (u.unit() == d.unit()) {
                BigDecimal diff = u.value().subtract(d.value());
                String label = u.unit() == null ? "" : u.unit().label();
                boolean grouped = u.printed().contains(",") || d.printed().contains(",");
                String shown = grouped
                        ? String.format(java.util.Locale.ROOT, "%,." + Math.max(0, diff.scale()) + "f", diff)
                        : diff.toPlainString();
                return Optional.of(new Difference(diff.signum(), shown + label));
            }
            if (u.unit() == null || d.unit() == null) {
                return Optional.empty(); // one table names no money unit: the figures cannot be laid over each other
            }
            Amount diff = u.unit().toAmount(u.value()).minus(d.unit().toAmount(d.value()));
            Amount coarser = max(
                    u.unit().step(u.value().scale()), d.unit().step(d.value().scale()));
            boolean within = diff.abs().yuan().multiply(BigDecimal.valueOf(2)).compareTo(coarser.yuan()) <= 0;
            return Optional.of(
                    new Difference(within ? 0 : diff.signum(), diff.yuan().toPlainString() + "元"));
        }

        private static Amount max(Amount a, Amount b) {
            return a.compareTo(b) >= 0 ? a : b;
        }
    }
}
