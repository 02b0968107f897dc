package org.gongkai.core.audit.rules.conformity;

import org.gongkai.core.audit.Location;
import org.gongkai.core.disclosure.Heading;
import org.gongkai.core.disclosure.Paragraph;
import org.gongkai.core.disclosure.Table;
import org.gongkai.core.disclosure.TargetTable;

/** Builds finding locations from the disclosure model. */
final class Where {
    private Where() {}

    static String tableName(Table t) {
        String number = t.number().strip();
        String title = t.title().strip();
        if (number.isEmpty()) {
            return title.isEmpty() ? (t.key().isEmpty() ? "无标题的表" : t.key()) : title;
        }
        return title.isEmpty() ? number : number + " " + title;
    }

    static Location table(Table t) {
        return Location.cell(tableName(t), "", "", t.ref());
    }

    static Location row(Table t, Table.Row row, String rowLabel, String column) {
        return Location.cell(tableName(t), rowLabel, column, row.ref());
    }

    static Location span(Paragraph p, int start, int end) {
        return Location.span(p.section(), p.text().substring(start, end), start, end, p.ref());
    }

    static Location paragraph(Paragraph p) {
        return Location.span(p.section(), Texts.clip(p.text(), 40), -1, -1, p.ref());
    }

    static Location heading(Heading h) {
        String text = (h.number() + " " + h.text()).strip();
        return Location.span(h.number(), text, -1, -1, h.ref());
    }

    static String targetName(TargetTable t) {
        return "项目支出绩效目标表（" + t.projectName().strip() + "）";
    }

    static Location target(TargetTable t, String row, String column) {
        return Location.cell(targetName(t), row, column, t.ref());
    }

    static Location indicator(TargetTable t, TargetTable.IndicatorRow r) {
        String row = (r.level2().strip() + "／" + r.name().strip());
        return Location.cell(targetName(t), row, "指标值", r.ref());
    }
}
