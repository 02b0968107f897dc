package org.gongkai.formats.read;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises the lines around a table: number, title, 编制部门 and 单位, notes. */
final class TableTitles {
    private TableTitles() {}

    private static final Pattern TITLE_WORDS =
            Pattern.compile("(总表|情况表|预算表|决算表|明细表|目标表|申报表|分类表|汇总表|支出表|收入表|经费表|公开表|信息表)$");
    private static final Pattern PREPARER = Pattern.compile(
            "(?:编制部门|编制单位|单位名称|预算单位|部门名称)[：:][\\s\\u3000]*(.*?)(?=[\\s\\u3000]{2,}|[\\s\\u3000]*(?:金额)?单位[：:]|$)");
    private static final Pattern UNIT = Pattern.compile("(?<!编制|预算)(?:金额)?单位[：:][\\s\\u3000]*(亿元|万元|千元|元)");
    private static final Pattern NOTE = Pattern.compile("^(备注|注|说明)[：:]|本表为空|故本表无数据|本表无数据|无.{0,30}数据|空表");
    private static final Pattern LEADER = Pattern.compile("(…{2,}|\\.{4,}|·{4,})");

    /** A printed number ("表五", "表3-1", "3.", "(2)") and the title following it, compacted (may be empty). */
    record Numbered(String number, String title) {}

    /** The table number a caption line starts with, and its title ({@link TitleTokenizer}); never a TOC line. */
    static Optional<Numbered> number(String line) {
        return isLeader(line) ? Optional.empty() : TitleTokenizer.split(line);
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

    /** T-number key from a printed number: 表三 → T3, 3. → T3, (3) → T3, 表3-1 → T3-1. */
    static String key(String number) {
        String[] parts = number.replaceAll("^表|[()（）.．、\\s]", "").split("-", 2);
        int main = TitleTokenizer.value(parts[0]);
        if (main <= 0) {
            return "";
        }
        int sub = parts.length > 1 ? TitleTokenizer.value(parts[1]) : 0;
        return "T" + main + (sub > 0 ? "-" + sub : "");
    }
}
