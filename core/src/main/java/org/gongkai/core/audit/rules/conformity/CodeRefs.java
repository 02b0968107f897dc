package org.gongkai.core.audit.rules.conformity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.audit.AuditContext;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.Paragraph;
import org.gongkai.core.disclosure.Table;

/** Finds the classification codes printed in a disclosure's tables and narrative. */
final class CodeRefs {
    /** "201 一般公共服务支出", "2010504信息事务", or split "301 01基本工资" / "201 05 04 信息事务". */
    private static final Pattern LEADING_CODE =
            Pattern.compile("^(\\d{3,8}(?:[ \\u3000]+\\d{2}(?![\\d.,])){0,2})(?![\\d.,])\\s*(\\S.*)?$");
    /** "一般公共服务（类：201）财政事务（款：05）行政运行（项：04）" — the Xinjiang narrative form. */
    static final Pattern LEVEL_MENTION =
            // a name may hold a bracketed part of its own: 党委办公厅（室）及相关机构事务（款：31）
            Pattern.compile(
                    "((?:[\\p{IsHan}、]|[（(]\\p{IsHan}{1,4}[)）]){2,40})[（(](类|款|项)[：:]\\s*([0-9０-９]{1,4})\\s*[)）]");
    /** "2010504 信息事务" / "2010504信息事务" in running text. */
    static final Pattern INLINE_CODE = Pattern.compile(
            "(?<![\\d.,，０-９])([23]\\d{4}(?:\\d{2})?)(?![\\d.,])[ \\u3000]?(?![万元亿千百人个年月日辆台套次份平件户名家所])([\\p{IsHan}]{2,20})");

    private static final Pattern SECTION_IN_LABEL = Pattern.compile("^(\\d{2})(?=\\p{IsHan})");

    private CodeRefs() {}

    /** Context memo keys: every code rule reads the same codes, found once per audit instead of once per rule. */
    private static final Object TABLE_CODES = new Object();

    private static final Object NARRATIVE_CODES = new Object();

    /** The codes printed in the tables, in printed order; found once per audit. */
    static List<CodeRef> inTables(AuditContext c) {
        return c.memo(TABLE_CODES, x -> inTables(x.disclosure()));
    }

    /** The codes mentioned in the narrative, in reading order; found once per audit. */
    static List<CodeRef> inNarrative(AuditContext c) {
        return c.memo(NARRATIVE_CODES, x -> inNarrative(x.disclosure()));
    }

    static List<CodeRef> inTables(Disclosure d) {
        List<CodeRef> tables = new ArrayList<>();
        for (Table t : (Iterable<Table>) d.tables()::iterator) {
            List<Integer> codeColumns = new ArrayList<>();
            List<Integer> labelColumns = new ArrayList<>();
            for (int i = 0; i < t.columns().size(); i++) {
                Table.ColumnType type = t.columns().get(i).type();
                if (type == Table.ColumnType.CODE) {
                    codeColumns.add(i);
                } else if (type == Table.ColumnType.LABEL) {
                    labelColumns.add(i);
                }
            }
            t.rows().forEach(r -> fromRow(t, r, codeColumns, labelColumns, tables));
        }
        return List.copyOf(tables);
    }

    static List<CodeRef> inNarrative(Disclosure d) {
        List<CodeRef> narrative = new ArrayList<>();
        d.paragraphs().forEach(p -> fromParagraph(p, narrative));
        return List.copyOf(narrative);
    }

    private static void fromRow(
            Table t, Table.Row row, List<Integer> codeColumns, List<Integer> labelColumns, List<CodeRef> out) {
        String raw = "";
        boolean wellFormed = true;
        String key = Texts.norm(row.key());
        String label = "";
        boolean fromKey = false;
        boolean overlapped = false;
        if (!codeColumns.isEmpty()) {
            StringBuilder joined = new StringBuilder();
            for (int k = 0; k < codeColumns.size(); k++) {
                String part = Texts.norm(row.cell(codeColumns.get(k)));
                if (part.isEmpty()) {
                    continue;
                }
                if (codeColumns.size() > 1) {
                    int want = k == 0 ? 3 : 2;
                    if (k > 0
                            && part.length() == want + 1
                            && joined.length() > 0
                            && part.charAt(0) == joined.charAt(joined.length() - 1)
                            && part.chars().allMatch(Character::isDigit)) {
                        part = part.substring(1);
                        overlapped = true;
                    }
                    if (part.length() != want || !part.chars().allMatch(Character::isDigit)) {
                        wellFormed = false;
                    }
                }
                joined.append(part);
            }
            raw = joined.toString();
        }
        if (raw.isEmpty() && !key.isEmpty() && key.chars().allMatch(Character::isDigit)) {
            raw = key;
            fromKey = true;
        }
        for (int i : labelColumns) {
            String cell = Texts.norm(row.cell(i));
            String stripped = row.cell(i).strip();
            // LEADING_CODE starts with a digit: most labels are names and spare the matcher
            Matcher m = !stripped.isEmpty() && isAsciiDigit(stripped.charAt(0)) ? LEADING_CODE.matcher(stripped) : null;
            boolean coded = m != null && m.matches();
            String leading = coded ? Texts.norm(m.group(1)) : "";
            if (coded && (raw.isEmpty() || raw.equals(leading))) {
                raw = leading;
                fromKey = false;
                label = m.group(2) == null ? "" : m.group(2);
                break;
            }
            if (label.isEmpty() && !cell.isEmpty() && !cell.chars().allMatch(Character::isDigit)) {
                label = cell;
            }
        }
        Matcher tail = (raw.length() == 3 || raw.length() == 5) && !label.isEmpty()
                ? SECTION_IN_LABEL.matcher(Texts.norm(label))
                : null;
        if (tail != null && tail.find()) {
            raw = raw + tail.group(1); // "301" | "01基本工资": the 款 digits printed with the name
            label = Texts.norm(label).substring(2);
        }
        if (raw.isEmpty()) {
            return;
        }
        if (!raw.chars().allMatch(Character::isDigit)) {
            if (raw.chars().noneMatch(Character::isDigit)) {
                return; // a text key ("合计"), not an attempt at a code
            }
            wellFormed = false;
        }
        // a code is 3, 5 or 7 digits (类, 款, 项)
        wellFormed &= (raw.length() == 3 || raw.length() == 5 || raw.length() == 7) && allAsciiDigits(raw);
        if (!wellFormed && (fromKey || isYear(raw))) {
            return; // a reader's row key or a year label, not a printed code
        }
        CodeRef.CodeList list = CodeRef.CodeList.of(raw);
        if (list == CodeRef.CodeList.OTHER) {
            return;
        }
        String name = Texts.norm(label);
        String where = raw + (name.isEmpty() ? "" : " " + name);
        out.add(new CodeRef(
                raw, name, list, wellFormed, Where.row(t, row, where, "科目名称"), Where.tableName(t), true, overlapped));
    }

    private static void fromParagraph(Paragraph p, List<CodeRef> out) {
        String text = p.text();
        // LEVEL_MENTION backtracks over every Han run: run it only where its "（类：" marker is written
        Matcher m = LEVEL_MENTION.matcher(hasLevelMarker(text) ? text : "");
        String cls = "";
        String section = "";
        int chainEnd = -1;
        while (m.find()) {
            String level = m.group(2);
            String digits = Texts.norm(m.group(3));
            String name = stripLead(m.group(1));
            boolean chained = m.start() == chainEnd;
            String raw;
            boolean wellFormed;
            switch (level) {
                case "类" -> {
                    cls = digits;
                    section = "";
                    raw = digits;
                    wellFormed = digits.length() == 3;
                }
                case "款" -> {
                    section = chained && !cls.isEmpty() ? cls + digits : digits;
                    raw = section;
                    wellFormed = chained && cls.length() == 3 && digits.length() == 2;
                }
                default -> {
                    raw = chained && !section.isEmpty() ? section + digits : digits;
                    wellFormed = chained && section.length() == 5 && digits.length() == 2;
                }
            }
            chainEnd = m.end();
            int nameStart = m.end(1) - name.length();
            out.add(new CodeRef(
                    raw,
                    name,
                    CodeRef.CodeList.of(raw),
                    wellFormed,
                    Where.span(p, nameStart, m.end()),
                    "正文",
                    false,
                    false));
        }
        Matcher inline = INLINE_CODE.matcher(hasFiveDigits(text) ? text : "");
        while (inline.find()) {
            String raw = inline.group(1);
            out.add(new CodeRef(
                    raw,
                    inline.group(2),
                    CodeRef.CodeList.of(raw),
                    true,
                    Where.span(p, inline.start(), inline.end()),
                    "正文",
                    false,
                    false));
        }
    }

    private static boolean allAsciiDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isAsciiDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A year label: 19xx or 20xx. */
    private static boolean isYear(String s) {
        return s.length() == 4 && (s.startsWith("19") || s.startsWith("20")) && allAsciiDigits(s);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Necessary for {@link #LEVEL_MENTION}: a bracket, 类/款/项 and a colon in a row. */
    static boolean hasLevelMarker(String text) {
        for (int i = 0; i + 2 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '（' || c == '(')
                    && "类款项".indexOf(text.charAt(i + 1)) >= 0
                    && (text.charAt(i + 2) == '：' || text.charAt(i + 2) == ':')) {
                return true;
            }
        }
        return false;
    }

    /** Necessary for {@link #INLINE_CODE}: five ASCII digits in a row. */
    static boolean hasFiveDigits(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run == 5) {
                return true;
            }
        }
        return false;
    }

    /** Drops list numbering and connectives in front of a name ("1.一般公共服务" → "一般公共服务"). */
    private static String stripLead(String s) {
        String t = s;
        int cut = Math.max(t.lastIndexOf('、'), -1);
        if (cut >= 0) {
            t = t.substring(cut + 1);
        }
        for (String lead : List.of("其中", "用于", "包括", "主要是", "为")) {
            if (t.startsWith(lead) && t.length() > lead.length() + 1) {
                t = t.substring(lead.length());
            }
        }
        return t;
    }
}
