package org.gongkai.core.audit.rules.arith;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.gongkai.core.audit.AuditContext;
import org.gongkai.core.audit.Auditor;
import org.gongkai.core.audit.Finding;
import org.gongkai.core.audit.Rule;
import org.gongkai.core.disclosure.Block;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.DisclosureInfo;
import org.gongkai.core.disclosure.Heading;
import org.gongkai.core.disclosure.Paragraph;
import org.gongkai.core.disclosure.SourceRef;
import org.gongkai.core.disclosure.Table;
import org.gongkai.core.testing.TestCodes;

/**
 * A small, internally consistent nine-table disclosure modelled on the 2021 Xinjiang template (figures
 * of the reference example, corrected), and helpers to mutate one cell or one phrase and to run rules.
 */
final class Fixture {
    private Fixture() {}

    static List<Table> tables() {
        List<Table> t = new ArrayList<>();
        t.add(TableBuilder.table("", "表一", "部门收支总体情况表")
                .label("收入/项目")
                .amounts("收入/预算数")
                .label("支出/功能分类")
                .amounts("支出/预算数")
                .row("财政拨款（补助）", "268.22", "201 一般公共服务支出", "268.22")
                .row("一般公共预算", "268.22", "202 外交支出", "")
                .row("政府性基金预算", "", "203 国防支出", "")
                .row("国有资本经营预算", "", "204 公共安全支出", "")
                .row("事业收入", "", "205 教育支出", "")
                .row("", "", "", "")
                .total("收入总计", "268.22", "支出总计", "268.22")
                .build());
        t.add(TableBuilder.table("", "表二", "部门收入总体情况表")
                .code("功能分类科目编码")
                .code("功能分类科目编码")
                .code("功能分类科目编码")
                .label("功能分类科目名称")
                .amounts("总计", "一般公共预算拨款", "政府性基金预算拨款", "事业收入")
                .row("201", "", "", "一般公共服务支出", "268.22", "268.22", "", "")
                .row("201", "05", "", "统计信息事务", "268.22", "268.22", "", "")
                .row("201", "05", "04", "信息事务", "268.22", "268.22", "", "")
                .total("", "", "", "合计", "268.22", "268.22", "", "")
                .build());
        t.add(codeTable("表三", "部门支出总体情况表", "268.22", "174.82", "93.4"));
        t.add(TableBuilder.table("", "表四", "财政拨款收支预算总体情况表")
                .label("财政拨款收入/项目")
                .amounts("财政拨款收入/合计")
                .label("财政拨款支出/功能分类")
                .amounts("财政拨款支出/合计", "财政拨款支出/一般公共预算", "财政拨款支出/政府性基金预算", "财政拨款支出/国有资本经营预算")
                .row("一、财政拨款（补助）", "268.22", "201 一般公共服务支出", "268.22", "268.22", "", "")
                .row(" 一般公共预算", "268.22", "202 外交支出", "", "", "", "")
                .row(" 政府性基金预算", "", "203 国防支出", "", "", "", "")
                .row("国有资本经营预算", "", "204 公共安全支出", "", "", "", "")
                .total("收入总计", "268.22", "支出总计", "268.22", "268.22", "", "")
                .build());
        t.add(codeTable("表五", "一般公共预算支出情况表", "268.22", "174.82", "93.4"));
        t.add(TableBuilder.table("", "表六", "一般公共预算基本支出情况表")
                .code("经济分类科目编码/类")
                .code("经济分类科目编码/款")
                .label("经济分类科目名称")
                .amounts("合计", "人员经费", "公用经费")
                .row("301", "101", "基本工资", "52.62", "52.62", "")
                .row("301", "102", "津贴补贴", "67.67", "67.67", "")
                .row("301", "103", "奖金", "4.39", "4.39", "")
                .row("301", "108", "机关事业单位基本养老保险缴费", "17.65", "17.65", "")
                .row("301", "112", "其他社会保障缴费", "10.14", "10.14", "")
                .row("301", "113", "住房公积金", "12.71", "12.71", "")
                .row("303", "302", "退休费", "2.16", "2.16", "")
                .row("303", "309", "奖励金", "0.16", "0.16", "")
                .row("302", "201", "办公费", "1.62", "", "1.62")
                .row("302", "207", "邮电费", "0.58", "", "0.58")
                .row("302", "211", "差旅费", "2.5", "", "2.5")
                .row("302", "217", "公务接待费", "0.5", "", "0.5")
                .row("302", "228", "工会经费", "0.76", "", "0.76")
                .row("302", "229", "福利费", "1.36", "", "1.36")
                .total("", "", "合  计", "174.82", "167.50", "7.32")
                .build());
        t.add(TableBuilder.table("", "表七", "一般公共预算项目支出情况表")
                .code("科目编码/类")
                .code("科目编码/款")
                .code("科目编码/项")
                .label("科目")
                .label("项目名称")
                .amounts("项目支出合计", "工资福利支出", "商品和服务支出", "资本性支出")
                .row("201", "", "", "一般公共服务支出", "", "93.40", "", "93.40", "")
                .row("201", "05", "", "统计信息事务", "", "93.40", "", "93.40", "")
                .row("201", "05", "04", "信息事务", "", "93.40", "", "93.40", "")
                .total("", "", "", "", "合 计", "93.40", "", "93.40", "")
                .build());
        t.add(TableBuilder.table("", "表八", "一般公共预算“三公”经费支出情况表")
                .amounts("合计", "因公出国（境）费", "公务用车购置及运行费/合计", "公务用车购置及运行费/公务用车购置费", "公务用车购置及运行费/公务用车运行费", "公务接待费")
                .row("0.50", "", "", "", "", "0.50")
                .build());
        t.add(TableBuilder.table("", "表九", "政府性基金预算支出情况表")
                .code("类")
                .code("款")
                .code("项")
                .label("功能分类科目名称")
                .amounts("合计", "基本支出", "项目支出")
                .row("", "", "", "", "", "", "")
                .total("", "", "", "合  计", "", "", "")
                .note("备注：本单位无政府性基金预算拨款，本表为空。")
                .build());
        return t;
    }

    private static Table codeTable(String number, String title, String total, String basic, String project) {
        return TableBuilder.table("", number, title)
                .code("类")
                .code("款")
                .code("项")
                .label("功能分类科目名称")
                .amounts("合计", "基本支出", "项目支出")
                .row("201", "", "", "一般公共服务支出", total, basic, project)
                .row("201", "05", "", "统计信息事务", total, basic, project)
                .row("201", "05", "04", "信息事务", total, basic, project)
                .total("", "", "", "合  计", total, basic, project)
                .build();
    }

    static Disclosure disclosure() {
        List<Block> blocks = new ArrayList<>(tables());
        blocks.addAll(Narrative.blocks());
        blocks.add(target("网站运维费", "43"));
        blocks.add(target("专网租金费", "50.4"));
        return new Disclosure(new DisclosureInfo("测试单位", 2021, DisclosureInfo.Kind.BUDGET, "", "", "test"), blocks);
    }

    static Disclosure of(List<Block> blocks) {
        return new Disclosure(new DisclosureInfo("测试单位", 2021, DisclosureInfo.Kind.BUDGET, "", "", "test"), blocks);
    }

    /** The disclosure with one cell of the table numbered {@code number} replaced. */
    static Disclosure withCell(Disclosure d, String number, int row, int column, String text) {
        return withRow(d, number, row, r -> {
            List<String> cells = new ArrayList<>(r.cells());
            cells.set(column, text);
            return new Table.Row(r.key(), r.type(), cells, r.ref(), r.uncertain());
        });
    }

    /** The disclosure with one row of the table numbered {@code number} changed. */
    static Disclosure withRow(
            Disclosure d, String number, int row, java.util.function.UnaryOperator<Table.Row> change) {
        List<Block> blocks = new ArrayList<>();
        for (Block b : d.blocks()) {
            if (b instanceof Table t && t.number().equals(number)) {
                List<Table.Row> rows = new ArrayList<>(t.rows());
                rows.set(row, change.apply(rows.get(row)));
                b = new Table(
                        t.key(),
                        t.number(),
                        t.title(),
                        t.preparer(),
                        t.unitLabel(),
                        t.columns(),
                        rows,
                        t.notes(),
                        t.ref());
            }
            blocks.add(b);
        }
        return new Disclosure(d.info(), blocks);
    }

    /** The disclosure with a phrase of the narrative replaced (it must occur). */
    static Disclosure withText(Disclosure d, String phrase, String replacement) {
        List<Block> blocks = new ArrayList<>();
        boolean found = false;
        for (Block b : d.blocks()) {
            if (b instanceof Paragraph p && p.text().contains(phrase)) {
                b = new Paragraph(p.section(), p.text().replace(phrase, replacement), p.ref());
                found = true;
            }
            blocks.add(b);
        }
        if (!found) {
            throw new IllegalArgumentException("phrase not in fixture: " + phrase);
        }
        return new Disclosure(d.info(), blocks);
    }

    static List<Finding> audit(Disclosure d) {
        return new Auditor(ArithRules.all()).audit(AuditContext.of(d, TestCodes.INSTANCE));
    }

    static List<Finding> findings(Disclosure d, String ruleId) {
        List<Rule> rules = ArithRules.all().stream()
                .filter(r -> r.info().id().equals(ruleId))
                .toList();
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("no rule " + ruleId);
        }
        return new Auditor(rules).audit(AuditContext.of(d, TestCodes.INSTANCE));
    }

    static String describe(List<Finding> findings) {
        return findings.stream().map(f -> f.ruleId() + " " + f.message()).collect(Collectors.joining("\n"));
    }

    static org.gongkai.core.disclosure.TargetTable target(String project, String total) {
        return new org.gongkai.core.disclosure.TargetTable(
                "2021", project, "测试单位", "万元", total, total, "0", "保障运行", List.of(), SourceRef.line(900));
    }

    static Heading heading(int level, String number, String text) {
        return new Heading(level, number, text, SourceRef.NONE);
    }
}
