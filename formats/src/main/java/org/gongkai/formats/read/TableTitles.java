package org.gongkai.formats.read;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises the lines around a table: number, title, 编制部门 and 单位, notes. */
final class TableTitles {
    private TableTitles() {}

    private static final Pattern NUMBER = Pattern.compile("^(表[一二三四五六七八九十]{1,3}|表\\d{1,2})[：:、.．]?(.*)$");
    private static final Pattern NUMBERED_TITLE = Pattern.compile("^(\\d{1,2})[.．、](.{2,60}表)$");
    private static final Pattern TITLE_WORDS =
            Pattern.compile("(总表|情况表|预算表|决算表|明细表|目标表|申报表|分类表|汇总表|支出表|收入表|经费表|公开表|信息表)$");
    private static final Pattern PREPARER = Pattern.compile(
            "(?:编制部门|编制单位|单位名称|预算单位|部门名称)[：:][\\s\\u3000]*(.*?)(?=[\\s\\u3000]{2,}|[\\s\\u3000]*(?:金额)?单位[：:]|$)");
    private static final Pattern UNIT = Pattern.compile("(?<!编制|预算)(?:金额)?单位[：:][\\s\\u3000]*(亿元|万元|千元|元)");
    private static final Pattern NOTE = Pattern.compile("^(备注|注|说明)[：:]|本表为空|故本表无数据|本表无数据|无.{0,30}数据|空表");
    private static final Pattern LEADER = Pattern.compile("(…{2,}|\\.{4,}|·{4,})");

    /** A number and the title text following it ("表一：部门收支总体情况表" → 表一, 部门收支总体情况表). */
    record Numbered(String number, String title) {}

    static Optional<Numbered> number(String line) {
        String c = CellText.compact(line);
        if (isLeader(line)) {
            return Optional.empty();
        }
        Matcher m = NUMBER.matcher(c);
        if (m.matches() && (m.group(2).isEmpty() || isTitle(m.group(2)))) {
            String number = m.group(1);
            String title = m.group(2);
            if (number.length() > 2 && number.endsWith("一") && title.startsWith("般")) {
                // "表五一般公共预算…" printed without a space: the 一 belongs to 一般, not to the number.
                number = number.substring(0, number.length() - 1);
                title = "一" + title;
            }
            return Optional.of(new Numbered(number, title));
        }
        m = NUMBERED_TITLE.matcher(c);
        if (m.matches() && isTitle(m.group(2))) {
            return Optional.of(new Numbered(m.group(1) + ".", m.group(2)));
        }
        return Optional.empty();
    }

    /** True for a bare table title ("部门收支总体情况表", "项 目 支 出 绩 效 目 标 表"). */
    static boolean isTitle(String line) {
        String c = CellText.compact(line);
        return c.length() >= 4
                && c.length() <= 60
                && !isLeader(line)
                && TITLE_WORDS.matcher(c).find()
                && !c.contains("。")
                && !c.contains("，");
    }

    /** True for a table-of-contents line with dot leaders. */
    static boolean isLeader(String line) {
        return LEADER.matcher(line).find();
    }

    static Optional<String> preparer(String line) {
        Matcher m = PREPARER.matcher(CellText.trim(line));
        if (m.find()) {
            String v = CellText.trim(m.group(1));
            return Optional.of(v);
        }
        return Optional.empty();
    }

    static Optional<String> unit(String line) {
        Matcher m = UNIT.matcher(line);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    static boolean isNote(String line) {
        return NOTE.matcher(CellText.compact(line)).find()
                && CellText.compact(line).length() <= 200;
    }

    /**
     * The template table key from the title's content (docs/table-keys.md: keys name the content, not
     * the printed number); the printed number when the title names no known table.
     */
    static String key(String number, String title) {
        String t = CellText.compact(title);
        if (!t.isEmpty()) {
            for (String[] rule : CONTENT_KEYS) {
                boolean all = true;
                for (int i = 1; i < rule.length; i++) {
                    all &= t.contains(rule[i]);
                }
                if (all) {
                    return rule[0];
                }
            }
        }
        return key(number);
    }

    /** Key, then words the title must all contain; the first matching rule wins. */
    private static final String[][] CONTENT_KEYS = {
        {"T8", "三公"},
        {"T9", "政府性基金"},
        {"T10", "国有资本经营"},
        {"T6", "基本支出"},
        {"T7", "一般公共预算", "项目支出"},
        {"T4", "财政拨款收支"},
        {"T4", "财政拨款收入支出"},
        {"T5", "一般公共预算", "支出"},
        {"T1", "收支"},
        {"T1", "收入支出"},
        {"T2", "收入"},
        {"T3", "支出"},
    };

    /** T-number key from a printed number: 表三 → T3, 3. → T3. */
    static String key(String number) {
        String digits = number.replaceAll("[^0-9一二三四五六七八九十]", "");
        if (digits.isEmpty()) {
            return "";
        }
        int n = digits.chars().allMatch(Character::isDigit) ? Integer.parseInt(digits) : chineseNumber(digits);
        return n > 0 ? "T" + n : "";
    }

    static int chineseNumber(String s) {
        String d = "零一二三四五六七八九";
        if (s.equals("十")) {
            return 10;
        }
        if (s.startsWith("十")) {
            return 10 + d.indexOf(s.charAt(1));
        }
        if (s.length() == 2 && s.endsWith("十")) {
            return d.indexOf(s.charAt(0)) * 10;
        }
        if (s.length() == 3 && s.charAt(1) == '十') {
            return d.indexOf(s.charAt(0)) * 10 + d.indexOf(s.charAt(2));
        }
        return s.length() == 1 ? d.indexOf(s.charAt(0)) : 0;
    }
}
