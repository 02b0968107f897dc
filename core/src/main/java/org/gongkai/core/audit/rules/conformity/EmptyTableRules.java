package org.gongkai.core.audit.rules.conformity;

import static org.gongkai.core.audit.Category.COMPLETENESS;
import static org.gongkai.core.audit.Category.CONFORMITY;
import static org.gongkai.core.audit.Category.CONSISTENCY;
import static org.gongkai.core.audit.Severity.ERROR;
import static org.gongkai.core.audit.Severity.WARNING;

import java.util.List;
import java.util.regex.Matcher;
import org.gongkai.core.audit.Rule;

/** Empty tables must say so, clearly and truthfully (I-36). */
final class EmptyTableRules {
    private EmptyTableRules() {}

    static List<Rule> all() {
        return List.of(missing(), incomplete(), garbled(), falseNote());
    }

    private static Rule missing() {
        return ConformityRule.of(
                "DOC.EMPTY-NOTE-MISSING",
                ERROR,
                COMPLETENESS,
                "空表未说明为空及原因",
                "{table}没有数据，但表下和正文都没有说明本表为空及其原因",
                "",
                "I-36",
                (c, r) -> c.disclosure().tables().forEach(t -> {
                    if (!EmptyTables.needsEmptyNote(t)) {
                        return;
                    }
                    boolean noted = EmptyTables.notes(c.disclosure(), t).stream()
                            .anyMatch(n -> EmptyTables.STATES_EMPTY
                                    .matcher(Texts.norm(n))
                                    .find());
                    if (!noted && !EmptyTables.narrativeExplains(c.disclosure(), t)) {
                        r.at(Where.table(t))
                                .with("table", Where.tableName(t))
                                .suggest("在表下注明，如“本单位无" + EmptyTables.topic(t) + "预算拨款安排的支出，故本表为空表。”")
                                .report();
                    }
                }));
    }

    private static Rule incomplete() {
        return ConformityRule.of(
                "DOC.EMPTY-NOTE-INCOMPLETE",
                WARNING,
                COMPLETENESS,
                "空表说明不完整",
                "{table}的说明“{note}”{lack}",
                "",
                "I-36",
                (c, r) -> c.disclosure().tables().forEach(t -> {
                    if (!EmptyTables.needsEmptyNote(t)) {
                        return;
                    }
                    for (String note : EmptyTables.notes(c.disclosure(), t)) {
                        String n = Texts.norm(note);
                        boolean empty = EmptyTables.STATES_EMPTY.matcher(n).find();
                        String withoutEmpty =
                                EmptyTables.STATES_EMPTY.matcher(n).replaceAll("");
                        boolean reason =
                                EmptyTables.STATES_REASON.matcher(withoutEmpty).find();
                        if (empty == reason) {
                            continue;
                        }
                        r.at(Where.table(t))
                                .with("table", Where.tableName(t))
                                .with("note", Texts.clip(note, 40))
                                .with("lack", empty ? "只说本表为空，未说明原因" : "说明了原因，但未说明本表为空")
                                .actual(note.strip())
                                .suggest("写明原因并说明本表为空，如“本单位无…安排的支出，故本表为空表。”")
                                .report();
                    }
                }));
    }

    private static Rule garbled() {
        return ConformityRule.of(
                "DOC.EMPTY-NOTE-GARBLED",
                WARNING,
                CONFORMITY,
                "空表说明语句不通",
                "{table}的说明“{note}”语句不通：{problem}",
                "",
                "I-36",
                (c, r) -> c.disclosure().tables().forEach(t -> {
                    for (String note : EmptyTables.notes(c.disclosure(), t)) {
                        String n = Texts.norm(note);
                        if (!EmptyTables.STATES_EMPTY.matcher(n).find()) {
                            continue;
                        }
                        String problem = "";
                        Matcher stray = EmptyTables.STRAY.matcher(n);
                        Matcher runOn = EmptyTables.RUN_ON.matcher(n);
                        if (stray.find()) {
                            problem = "夹有“" + stray.group() + "”字样";
                        }
                        if (runOn.find()) {
                            problem += (problem.isEmpty() ? "" : "，") + "原因与“" + runOn.group(1) + "…”之间缺少标点或“故”";
                        }
                        if (!problem.isEmpty()) {
                            r.at(Where.table(t))
                                    .with("table", Where.tableName(t))
                                    .with("note", Texts.clip(printed(note), 40))
                                    .with("problem", problem)
                                    .actual(printed(note))
                                    .suggest("改为“本单位无" + EmptyTables.topic(t) + "预算拨款安排的支出，故本表为空表。”")
                                    .report();
                        }
                    }
                }));
    }

    /** The note as printed, without the line breaks and spaces of the layout. */
    private static String printed(String note) {
        return note.replaceAll("[\\s\\u3000]+", "");
    }

    private static Rule falseNote() {
        return ConformityRule.of(
                "DOC.EMPTY-NOTE-FALSE",
                ERROR,
                CONSISTENCY,
                "有数据的表却注明为空",
                "{table}有数据，但表下说明“{note}”",
                "",
                "I-36",
                (c, r) -> c.disclosure().tables().forEach(t -> {
                    if (!EmptyTables.hasFigure(t)) {
                        return;
                    }
                    for (String note : t.notes()) {
                        if (EmptyTables.STATES_EMPTY.matcher(Texts.norm(note)).find()) {
                            r.at(Where.table(t))
                                    .with("table", Where.tableName(t))
                                    .with("note", Texts.clip(note, 40))
                                    .actual(note.strip())
                                    .suggest("删除空表说明，或核对表中数据")
                                    .report();
                        }
                    }
                }));
    }
}
