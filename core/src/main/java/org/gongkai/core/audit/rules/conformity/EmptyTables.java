package org.gongkai.core.audit.rules.conformity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gongkai.core.disclosure.Block;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.Heading;
import org.gongkai.core.disclosure.Paragraph;
import org.gongkai.core.disclosure.Table;
import org.gongkai.core.disclosure.TargetTable;

/** What counts as an empty table, and the notes that explain one (I-36). */
final class EmptyTables {
    static final Pattern STATES_EMPTY = Pattern.compile("为空|空表|无数据|没有数据|本表无|此表无|无相关数据");
    static final Pattern STATES_REASON = Pattern.compile("无|没有|未安排|未发生|不涉及|未使用");
    /** A conclusion glued to the preceding words without punctuation or a connective ("…支出本表为空"). */
    static final Pattern RUN_ON = Pattern.compile("[\\p{IsHan}&&[^故此因以则而即所该]](本表|此表|该表)");
    /** Heading words that have no business inside a note. */
    static final Pattern STRAY = Pattern.compile("情况说明|情况表说明");

    private static final java.util.regex.Pattern SAYS_NONE = java.util.regex.Pattern.compile(".*(没有|未安排|无).*");
    private static final java.util.regex.Pattern DASHES = java.util.regex.Pattern.compile("[-—–/]+");
    private static final java.util.regex.Pattern ZERO = java.util.regex.Pattern.compile("0+(\\.0+)?");
    private static final List<String> TOPICS = List.of("政府性基金", "国有资本经营", "项目支出", "三公", "基本支出");

    private EmptyTables() {}

    /** True when the reader understood the table: it has amount columns. */
    static boolean structured(Table t) {
        return t.columns().stream().anyMatch(c -> c.type() == Table.ColumnType.AMOUNT);
    }

    /** True when some amount cell holds a figure other than zero. */
    static boolean hasFigure(Table t) {
        for (int i = 0; i < t.columns().size(); i++) {
            if (t.columns().get(i).type() != Table.ColumnType.AMOUNT) {
                continue;
            }
            for (Table.Row row : t.rows()) {
                if (!isNil(row.cell(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when the table is understood and holds no figure: every amount blank, zero or a dash. */
    static boolean holdsNoFigure(Table t) {
        return structured(t) && !hasFigure(t);
    }

    /** Empty in the I-36 sense: a 政府性基金 or 国有资本经营 table with no figure. */
    static boolean needsEmptyNote(Table t) {
        if (!holdsNoFigure(t)) {
            return false;
        }
        String title = Texts.key(t.title());
        return title.contains("政府性基金") || title.contains("国有资本经营");
    }

    static boolean isNil(String cell) {
        String s = Texts.norm(cell).replace(",", "");
        return s.isEmpty() || DASHES.matcher(s).matches() || ZERO.matcher(s).matches();
    }

    /** The topic word of a table title ("政府性基金"), or the whole title. */
    static String topic(Table t) {
        String title = Texts.key(t.title());
        for (String topic : TOPICS) {
            if (title.contains(topic)) {
                return topic;
            }
        }
        return title;
    }

    /** Notes of a table: its own notes and the note-like paragraphs right after it. */
    static List<String> notes(Disclosure d, Table t) {
        List<String> out = new ArrayList<>(t.notes());
        List<Block> blocks = d.blocks();
        int i = blocks.indexOf(t);
        for (int k = i + 1; k >= 1 && k < blocks.size() && k <= i + 2; k++) {
            Block b = blocks.get(k);
            if (b instanceof Table || b instanceof Heading || b instanceof TargetTable) {
                break;
            }
            if (b instanceof Paragraph p) {
                String s = Texts.norm(p.text());
                if (s.startsWith("注")
                        || s.startsWith("备注")
                        || s.startsWith("说明")
                        || STATES_EMPTY.matcher(s).find()) {
                    out.add(p.text());
                }
            }
        }
        return out;
    }

    /** True when some paragraph of the narrative says the table's topic is empty or not arranged. */
    static boolean narrativeExplains(Disclosure d, Table t) {
        String topic = topic(t);
        return d.paragraphs().anyMatch(p -> {
            String s = Texts.key(p.text());
            return s.contains(topic)
                    && (STATES_EMPTY.matcher(s).find() || SAYS_NONE.matcher(s).matches());
        });
    }
}
