package org.gongkai.formats.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gongkai.core.disclosure.Block;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.Heading;
import org.gongkai.core.disclosure.Paragraph;
import org.gongkai.core.disclosure.SourceRef;
import org.gongkai.core.disclosure.Table;

/**
 * Builds a {@link Disclosure} from the lines and grids of any format: headings and section paths,
 * paragraphs, tables with their titles and notes, performance-target tables, and the document identity.
 * The same for every format; extractors only deliver {@link RawDocument}s.
 */
public final class Assembler {
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[-—–－\\s]*\\d{1,3}[-—–－\\s]*$");

    private final List<Block> blocks = new ArrayList<>();
    private final List<ReadNote> notes = new ArrayList<>();
    private final Headings headings = new Headings();
    private PendingTable pending = new PendingTable();
    private boolean lastWasTable;
    /** Tables read from grids that left blank cells out: settled once all their pages are joined. */
    private final java.util.Set<Table> packed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** The 项目概况 block of a target table printed as a grid of its own, waiting for its 绩效指标 grid. */
    private RawItem.Grid targetHead;

    private Assembler() {}

    /** Assembles a raw document; {@code notes} receives what could not be settled. */
    public static Disclosure assemble(RawDocument raw, List<ReadNote> notes) {
        Assembler a = new Assembler();
        for (RawItem item : raw.items()) {
            if (item instanceof RawItem.Line line) {
                a.line(line.text(), line.ref());
            } else if (item instanceof RawItem.Grid grid) {
                a.grid(grid);
            }
        }
        a.releaseTargetHead();
        a.flushPending();
        a.settlePacked();
        notes.addAll(a.notes);
        return new Disclosure(InfoDetector.detect(a.blocks, raw.source()), a.blocks);
    }

    private void line(String text, SourceRef ref) {
        String t = CellText.trim(text);
        if (t.isEmpty() || PAGE_NUMBER.matcher(t).matches()) {
            return;
        }
        if (TargetTableAssembler.isPartCaption(t)
                && (targetHead != null || TargetTableAssembler.isTitle(pending.title))) {
            return; // "项目概况" / "绩效指标" over the two parts of one target table
        }
        releaseTargetHead();
        Optional<Heading> heading = Headings.parse(t, ref);
        if (heading.isPresent()) {
            flushPending();
            headings.enter(heading.get());
            blocks.add(heading.get());
            lastWasTable = false;
            return;
        }
        if (TableTitles.isNote(t) && (lastWasTable || !pending.isEmpty())) {
            if (!pending.isEmpty()) {
                pending.notes.add(t);
            } else {
                addNote(t, false);
            }
            return;
        }
        if (lastWasTable && t.length() <= 12 && !TableTitles.isTitle(t) && lastNoteOpen()) {
            addNote(t, true);
            return;
        }
        boolean wasTitled = !pending.title.isEmpty();
        boolean sameTitle = CellText.clean(t).equals(pending.title);
        if (wasTitled && !sameTitle && (TableTitles.number(t).isPresent() || TableTitles.isTitle(t))) {
            flushPending();
        }
        if (sameTitle && wasTitled) {
            return;
        }
        if (pending.absorb(t, ref)) {
            lastWasTable = false;
            return;
        }
        blocks.add(new Paragraph(headings.path(), t, ref));
        lastWasTable = false;
    }

    private void grid(RawItem.Grid grid) {
        if (grid.rows().stream().allMatch(r -> r.stream().allMatch(CellText::isBlank))) {
            return;
        }
        if (targetHead != null) {
            RawItem.Grid head = targetHead;
            targetHead = null;
            if (TargetTableAssembler.isIndicatorPart(grid)) {
                grid = TargetTableAssembler.join(head, grid);
            } else {
                plainGrid(head);
            }
        }
        if (TargetTableAssembler.isHeadPart(grid)) {
            targetHead = grid;
            return;
        }
        plainGrid(grid);
    }

    /** A held 项目概况 block that no 绩效指标 grid followed is an ordinary table after all. */
    private void releaseTargetHead() {
        if (targetHead != null) {
            RawItem.Grid head = targetHead;
            targetHead = null;
            plainGrid(head);
        }
    }

    private void plainGrid(RawItem.Grid grid) {
        if (TargetTableAssembler.matches(grid)) {
            blocks.add(TargetTableAssembler.build(pending, grid, notes));
            pending = new PendingTable();
            lastWasTable = false;
            return;
        }
        if (pending.isEmpty() && lastWasTable && blocks.get(blocks.size() - 1) instanceof Table previous) {
            Optional<Table> continued = TableAssembler.continueWith(previous, grid, notes);
            if (continued.isPresent()) {
                blocks.set(blocks.size() - 1, continued.get());
                if (packed.remove(previous) || grid.blanksDropped()) {
                    packed.add(continued.get());
                }
                return;
            }
        }
        Table table = TableAssembler.build(pending, grid, notes);
        if (!pending.notes.isEmpty()) {
            List<String> all = new ArrayList<>(pending.notes);
            all.addAll(table.notes());
            table = withNotes(table, all);
        }
        if (grid.blanksDropped()) {
            packed.add(table);
        }
        blocks.add(table);
        pending = new PendingTable();
        lastWasTable = true;
    }

    private void settlePacked() {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Table t && packed.contains(t)) {
                blocks.set(i, AmountPlacement.settle(t, notes));
            }
        }
    }

    /** A title without a grid: an empty table (its note usually says why). */
    private void flushPending() {
        if ((!pending.number.isEmpty() || !pending.title.isEmpty()) && !pending.notes.isEmpty()) {
            blocks.add(new Table(
                    TableTitles.key(pending.number, pending.title),
                    pending.number,
                    pending.title,
                    pending.preparer,
                    pending.unitLabel,
                    List.of(),
                    List.of(),
                    pending.notes,
                    pending.ref));
            lastWasTable = true;
        } else {
            // a title with neither grid nor note (a contents entry): kept as text
            if (!pending.title.isEmpty() || !pending.number.isEmpty()) {
                String text = (pending.number + " " + pending.title).trim();
                blocks.add(new Paragraph(headings.path(), text, pending.ref));
            }
            for (String n : pending.notes) {
                blocks.add(new Paragraph(headings.path(), n, pending.ref));
            }
        }
        pending = new PendingTable();
    }

    private boolean lastNoteOpen() {
        Block last = blocks.get(blocks.size() - 1);
        if (last instanceof Table t && !t.notes().isEmpty()) {
            String n = t.notes().get(t.notes().size() - 1);
            return !n.endsWith("。") && !n.endsWith("）") && !n.endsWith(")");
        }
        return false;
    }

    private void addNote(String text, boolean continuation) {
        Table t = (Table) blocks.get(blocks.size() - 1);
        List<String> all = new ArrayList<>(t.notes());
        if (continuation) {
            all.set(all.size() - 1, all.get(all.size() - 1) + text);
        } else {
            all.add(text);
        }
        Table noted = withNotes(t, all);
        if (packed.remove(t)) {
            packed.add(noted);
        }
        blocks.set(blocks.size() - 1, noted);
    }

    private static Table withNotes(Table t, List<String> notes) {
        return new Table(
                t.key(), t.number(), t.title(), t.preparer(), t.unitLabel(), t.columns(), t.rows(), notes, t.ref());
    }
}
