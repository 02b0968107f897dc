package org.gongkai.core.derive;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.budget.Budget;
import org.gongkai.core.classification.Classifications;
import org.gongkai.core.derive.narrative.NarrativeWriter;
import org.gongkai.core.derive.table.Numerals;
import org.gongkai.core.derive.table.TableBuilders;
import org.gongkai.core.derive.table.TableContext;
import org.gongkai.core.disclosure.Block;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.DisclosureInfo;
import org.gongkai.core.disclosure.Heading;
import org.gongkai.core.disclosure.Paragraph;
import org.gongkai.core.disclosure.SourceRef;
import org.gongkai.core.template.TableSpec;
import org.gongkai.core.template.Template;
import org.gongkai.core.template.Templates;

/** {@code Budget + Template → Disclosure}. */
public final class Deriver {
    private Deriver() {}

    /** Derives the disclosure of a budget with the template its {@link Budget#templateId()} names. */
    public static Derivation derive(Budget budget, Classifications codes) {
        return derive(budget, codes, Templates.byId(budget.templateId()));
    }

    /** Derives the disclosure of a budget with an explicit template. */
    public static Derivation derive(Budget budget, Classifications codes, Template template) {
        List<DerivationIssue> issues = new ArrayList<>();
        TableContext ctx = new TableContext(budget, codes, template, issues);
        checkBalance(budget, issues);
        List<Block> blocks = new ArrayList<>(64);
        for (Template.Part part : template.parts()) {
            write(part, "", ctx, blocks);
        }
        DisclosureInfo info = new DisclosureInfo(
                budget.unit().name(),
                budget.fiscalYear(),
                template.kind(),
                template.id(),
                ctx.fill(template.title()),
                "derived");
        return new Derivation(new Disclosure(info, blocks), distinct(issues));
    }

    /**
     * Income and expenditure must agree per 资金性质 (收入总计 = 支出总计, 财政拨款 income = its spending); the
     * tables of an unbalanced budget cannot balance, so the officer is told which budget is off.
     */
    private static void checkBalance(Budget budget, List<DerivationIssue> issues) {
        java.util.Map<org.gongkai.core.budget.FundSource, org.gongkai.core.amount.Amount> diff =
                new java.util.EnumMap<>(org.gongkai.core.budget.FundSource.class);
        for (org.gongkai.core.budget.IncomeLine l : budget.income()) {
            diff.merge(l.source().fundSource(), l.amount(), org.gongkai.core.amount.Amount::plus);
        }
        for (org.gongkai.core.budget.ExpenditureLine l : budget.expenditure()) {
            diff.merge(l.fundSource(), l.amount().negate(), org.gongkai.core.amount.Amount::plus);
        }
        diff.forEach((fund, d) -> {
            if (!d.isZero()) {
                issues.add(new DerivationIssue(
                        "INCOME-EXPENDITURE-MISMATCH",
                        "$.income",
                        "资金性质 " + fund + " 的收入比支出" + (d.signum() > 0 ? "多" : "少") + d.abs()
                                + "元；收支总表和财政拨款收支总表将不平衡，请核对收入和支出。"));
            }
        });
    }

    /** Tables and narrative may both report the same missing input; the officer needs it once. */
    private static List<DerivationIssue> distinct(List<DerivationIssue> issues) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<DerivationIssue> out = new ArrayList<>(issues.size());
        for (DerivationIssue i : issues) {
            if (seen.add(i.code() + "\u0000" + i.path())) {
                out.add(i);
            }
        }
        return out;
    }

    private static void write(Template.Part part, String parentSection, TableContext ctx, List<Block> blocks) {
        String section = parentSection;
        if (part.heading() != null) {
            Template.Heading h = part.heading();
            blocks.add(new Heading(h.level(), ctx.fill(h.number()), ctx.fill(h.text()), SourceRef.NONE));
            String number = h.number().isEmpty() ? ctx.fill(h.text()) : ctx.fill(h.number());
            section = parentSection.isEmpty() ? number : parentSection + "/" + number;
        }
        content(part, section, ctx, blocks);
        for (Template.Part s : part.sections()) {
            write(s, section, ctx, blocks);
        }
    }

    /** The narrative part; a template whose style the narrative writer does not know yet gets none. */
    private static List<Block> narrative(TableContext ctx) {
        Template t = ctx.template();
        try {
            return NarrativeWriter.write(ctx.budget(), ctx.codes(), t.textUnit(), t.narrativeStyle(), ctx.issues());
        } catch (IllegalArgumentException e) {
            ctx.issues()
                    .add(new DerivationIssue(
                            "NARRATIVE-STYLE-MISSING",
                            "$.templateId",
                            "模板“" + t.id() + "”的情况说明样式“" + t.narrativeStyle() + "”尚不可用，情况说明部分未生成：" + e.getMessage()));
            return List.of();
        }
    }

    /** The narrative blocks between the part's {@code narrativeFrom} and {@code narrativeUntil} headings. */
    private static List<Block> slice(List<Block> narrative, Template.Part part) {
        int from =
                part.narrativeFrom().isEmpty() ? 0 : levelOneHeading(narrative, part.narrativeFrom(), narrative.size());
        int until = part.narrativeUntil().isEmpty()
                ? narrative.size()
                : levelOneHeading(narrative, part.narrativeUntil(), narrative.size());
        return from >= until ? List.of() : narrative.subList(from, until);
    }

    private static int levelOneHeading(List<Block> blocks, String number, int fallback) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Heading h
                    && h.level() == 1
                    && h.number().equals(number)) {
                return i;
            }
        }
        return fallback;
    }

    private static void content(Template.Part part, String section, TableContext ctx, List<Block> blocks) {
        Template.Content content = part.content();
        Budget budget = ctx.budget();
        Template t = ctx.template();
        switch (content) {
            case NONE -> {}
            case FUNCTIONS ->
                ProfileWriter.functions(budget.unit(), t)
                        .forEach(p -> blocks.add(new Paragraph(section, p, SourceRef.NONE)));
            case ORGANISATION ->
                ProfileWriter.organisation(budget.unit(), t)
                        .forEach(p -> blocks.add(new Paragraph(section, p, SourceRef.NONE)));
            case TABLES -> {
                for (TableSpec spec : t.tables()) {
                    blocks.add(TableBuilders.build(spec, ctx));
                }
            }
            case NARRATIVE -> {
                List<Block> narrative = slice(ctx.narrative(() -> narrative(ctx)), part);
                // The narrative style may print the part heading itself; keep one of the two.
                if (!narrative.isEmpty()
                        && !blocks.isEmpty()
                        && narrative.get(0) instanceof Heading first
                        && blocks.get(blocks.size() - 1) instanceof Heading last
                        && first.text().equals(last.text())) {
                    narrative = narrative.subList(1, narrative.size());
                }
                blocks.addAll(narrative);
            }
            case TARGETS ->
                blocks.addAll(TargetTables.of(budget, t, ctx.figures(t.targets().unit()), ctx.issues()));
            case GLOSSARY -> {
                int n = 1;
                for (Template.GlossaryEntry e : t.glossary()) {
                    String number = t.glossaryNumbering()
                            .replace("{cn}", Numerals.chinese(n))
                            .replace("{n}", Integer.toString(n));
                    blocks.add(
                            new Paragraph(section, number + e.term() + "：" + ctx.fill(e.definition()), SourceRef.NONE));
                    n++;
                }
            }
            case SIGNATURE -> {
                blocks.add(new Paragraph(section, budget.unit().name(), SourceRef.NONE));
                String date = ProfileWriter.chineseDate(budget.issueDate());
                if (!date.isEmpty()) {
                    blocks.add(new Paragraph(section, date, SourceRef.NONE));
                }
            }
        }
    }
}
