package org.gongkai.formats.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.disclosure.Block;
import org.gongkai.core.disclosure.DisclosureInfo;
import org.gongkai.core.disclosure.DisclosureInfo.Kind;
import org.gongkai.core.disclosure.Heading;
import org.gongkai.core.disclosure.Paragraph;
import org.gongkai.core.disclosure.Table;

/**
 * Works out a document's identity from what it prints: the unit (编制部门 or the cover), the year and
 * kind (预算/决算) from the title and headings, and the template family from the table titles.
 */
final class InfoDetector {
    private InfoDetector() {}

    private static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年");
    private static final Pattern COVER_TITLE = Pattern.compile("^(.{0,40}?)(20\\d{2})年(?:度)?(.{0,12}?)(部门|单位)(预算|决算)$");
    private static final Pattern COVER_UNIT = Pattern.compile("^(?:预算主管部门|主管部门|预算单位|部门名称|单位名称)[：:](.+)$");
    private static final Pattern OVERVIEW = Pattern.compile("^(.{2,40})(?:概况|基本情况)$");

    static DisclosureInfo detect(List<Block> blocks, String source) {
        List<String> titles = new ArrayList<>();
        List<String> headingTexts = new ArrayList<>();
        String preparer = "";
        for (Block b : blocks) {
            if (b instanceof Table t) {
                titles.add(t.title());
                if (preparer.isEmpty()) {
                    preparer = t.preparer();
                }
            } else if (b instanceof Heading h) {
                headingTexts.add(h.text());
            }
        }
        String title = "";
        String unit = "";
        for (Block b : blocks.subList(0, Math.min(blocks.size(), 40))) {
            String text = b instanceof Paragraph p ? CellText.compact(p.text()) : "";
            Matcher m = COVER_TITLE.matcher(text);
            if (title.isEmpty() && m.matches()) {
                title = text;
            }
            Matcher u = COVER_UNIT.matcher(text);
            if (unit.isEmpty() && u.matches()) {
                unit = u.group(1);
            }
        }
        if (unit.isEmpty()) {
            unit = preparer;
        }
        if (unit.isEmpty()) {
            for (String h : headingTexts) {
                Matcher m = OVERVIEW.matcher(CellText.compact(h));
                if (m.matches()) {
                    unit = m.group(1);
                    break;
                }
            }
        }
        List<String> identity = new ArrayList<>();
        identity.add(title);
        identity.addAll(headingTexts);
        identity.addAll(titles);
        int year = 0;
        int budget = 0;
        int finals = 0;
        for (String s : identity) {
            Matcher y = YEAR.matcher(s);
            if (year == 0 && y.find()) {
                year = Integer.parseInt(y.group(1));
            }
            budget += s.contains("预算") ? 1 : 0;
            finals += s.contains("决算") ? 1 : 0;
        }
        for (Block b : blocks.subList(0, Math.min(blocks.size(), 40))) {
            if (year == 0 && b instanceof Paragraph p) {
                Matcher y = YEAR.matcher(p.text());
                year = y.find() ? Integer.parseInt(y.group(1)) : 0;
            }
        }
        Kind kind = finals > budget ? Kind.FINAL_ACCOUNTS : Kind.BUDGET;
        if (title.isEmpty() && !unit.isEmpty() && year > 0) {
            title = unit + year + "年部门" + (kind == Kind.BUDGET ? "预算" : "决算");
        }
        return new DisclosureInfo(unit, year, kind, template(titles, blocks, kind), title, source);
    }

    /** The template family, from the table titles (their wording differs between families). */
    static String template(List<String> titles, List<Block> blocks, Kind kind) {
        String all = String.join("|", titles.stream().map(CellText::compact).toList());
        boolean chineseNumbers =
                blocks.stream().anyMatch(b -> b instanceof Table t && t.number().matches("表[一二三四五六七八九十]+"));
        if (kind == Kind.FINAL_ACCOUNTS) {
            return "national-final-accounts";
        }
        if (all.contains("财务收支预算总表")) {
            return all.contains("单位财务收支预算总表") || all.contains("预算单位") ? "shanghai-unit-budget" : "shanghai-dept-budget";
        }
        if (all.contains("部门收支总体情况表") || chineseNumbers && all.contains("总体情况表")) {
            return "xinjiang-2021-dept-budget";
        }
        if (all.contains("部门收支总表") || all.contains("收支总表")) {
            return "national-dept-budget";
        }
        return "";
    }
}
