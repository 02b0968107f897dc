package org.gongkai.core.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gongkai.core.disclosure.Block;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.DisclosureInfo;
import org.gongkai.core.disclosure.Heading;
import org.gongkai.core.disclosure.Paragraph;
import org.gongkai.core.disclosure.SourceRef;
import org.gongkai.core.disclosure.Table;
import org.gongkai.core.disclosure.TargetTable;

/** A tiny builder of disclosures for rule tests. Each block gets the next line number as its source line. */
public final class Docs {
    private final int year;
    private String unit = "某某中心";
    private String templateId = "";
    private DisclosureInfo.Kind kind = DisclosureInfo.Kind.BUDGET;
    private final List<Block> blocks = new ArrayList<>();
    private String section = "";
    private int line = 1;

    private Docs(int year) {
        this.year = year;
    }

    /**
     * The columns of a 决算 三公 table printing 预算数 | 决算数 under each heading (合计, 因公出国, 公务用车 小计, 购置,
     * 运行维护, 公务接待), in that order: cells come in pairs.
     */
    public static List<Table.Column> threePublicFinalColumns() {
        List<Table.Column> cols = new ArrayList<>();
        for (String k : List.of("total", "ABROAD", "vehicles", "VEHICLE_PURCHASE", "VEHICLE_OPERATION", "RECEPTION")) {
            cols.add(new Table.Column(k + ".budget", k + "/预算数", Table.ColumnType.AMOUNT));
            cols.add(new Table.Column(k, k + "/决算数", Table.ColumnType.AMOUNT));
        }
        return cols;
    }

    public static Docs budget(int year) {
        return new Docs(year);
    }

    public Docs unit(String name) {
        unit = name;
        return this;
    }

    public Docs template(String id) {
        templateId = id;
        return this;
    }

    public Docs finalAccounts() {
        kind = DisclosureInfo.Kind.FINAL_ACCOUNTS;
        return this;
    }

    public Docs heading(int level, String number, String text) {
        blocks.add(new Heading(level, number, text, SourceRef.line(line++)));
        section = number;
        return this;
    }

    public Docs para(String text) {
        blocks.add(new Paragraph(section, text, SourceRef.line(line++)));
        return this;
    }

    /** Adds paragraphs. */
    public Docs paras(String... texts) {
        Arrays.stream(texts).forEach(this::para);
        return this;
    }

    public Docs block(Block b) {
        blocks.add(b);
        return this;
    }

    /**
     * A 功能分类 table with columns code | name | 合计 | 基本支出 | 项目支出; each row is "code name total basic project"
     * separated by '|' (blank parts allowed).
     */
    public Docs codeTable(String key, String number, String title, String... rows) {
        List<Table.Column> cols = List.of(
                new Table.Column("code", "科目编码", Table.ColumnType.CODE),
                new Table.Column("name", "科目名称", Table.ColumnType.LABEL),
                new Table.Column("total", "合计", Table.ColumnType.AMOUNT),
                new Table.Column("basic", "基本支出", Table.ColumnType.AMOUNT),
                new Table.Column("project", "项目支出", Table.ColumnType.AMOUNT));
        return table(key, number, title, cols, List.of(), rows);
    }

    /** A table with given columns; rows are '|'-separated cells (the first cell is also the row key if digits). */
    public Docs table(
            String key, String number, String title, List<Table.Column> cols, List<String> notes, String... rows) {
        List<Table.Row> out = new ArrayList<>();
        for (String row : rows) {
            List<String> cells = new ArrayList<>(Arrays.asList(row.split("\\|", -1)));
            while (cells.size() < cols.size()) {
                cells.add("");
            }
            String first = cells.get(0).strip();
            Table.Row.Type type =
                    first.contains("合计") || first.contains("总计") ? Table.Row.Type.TOTAL : Table.Row.Type.DATA;
            out.add(new Table.Row(first.matches("\\d+") ? first : "", type, cells, SourceRef.line(line++)));
        }
        blocks.add(new Table(key, number, title, unit, "万元", cols, out, notes, SourceRef.line(line++)));
        return this;
    }

    /** An empty table with a title (and optional notes) and columns name | 合计. */
    public Docs emptyTable(String key, String number, String title, String... notes) {
        List<Table.Column> cols = List.of(
                new Table.Column("name", "项目", Table.ColumnType.LABEL),
                new Table.Column("total", "合计", Table.ColumnType.AMOUNT));
        return table(key, number, title, cols, List.of(notes), "合计|");
    }

    /** A target table; indicators are "level1|level2|name|value". */
    public Docs target(
            String project,
            String unitName,
            String total,
            String fiscal,
            String other,
            String goal,
            String... indicators) {
        blocks.add(target(year, project, unitName, total, fiscal, other, goal, indicators));
        return this;
    }

    public static TargetTable target(
            int year,
            String project,
            String unitName,
            String total,
            String fiscal,
            String other,
            String goal,
            String... indicators) {
        List<TargetTable.IndicatorRow> rows = new ArrayList<>();
        int l = 100;
        for (String ind : indicators) {
            String[] p = ind.split("\\|", -1);
            rows.add(new TargetTable.IndicatorRow(p[0], p[1], p[2], p.length > 3 ? p[3] : "", SourceRef.line(l++)));
        }
        return new TargetTable(
                String.valueOf(year), project, unitName, "万元", total, fiscal, other, goal, rows, SourceRef.line(99));
    }

    public Disclosure build() {
        return new Disclosure(
                new DisclosureInfo(unit, year, kind, templateId, year + "年" + unit + "部门预算", "test"), blocks);
    }
}
