package org.gongkai.formats.read.pdf;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.disclosure.SourceRef;
import org.gongkai.formats.read.RawItem;

/** Collects the rows of one table, possibly over several pages. */
final class GridBuilder {
    private final Columns columns;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<SourceRef> refs = new ArrayList<>();
    private final StringBuilder header = new StringBuilder();

    GridBuilder(Columns columns) {
        this.columns = columns;
    }

    List<float[]> columns() {
        return columns.ranges();
    }

    /** True when a table at the top of the next page is the continuation of this one. */
    boolean continuesWith(PageLayout.Table table) {
        return table.columns().size() == columns.size();
    }

    /** Adds a table's rows; on a continuation, a header identical to this table's is left out. */
    void append(PageLayout.Table table, int page, boolean continuation) {
        List<TableRows.Row> tableRows = table.rows();
        int skip = 0;
        if (continuation && table.header() > 0 && sameHeader(tableRows.subList(0, table.header()))) {
            skip = table.header();
        }
        for (int i = skip; i < tableRows.size(); i++) {
            TableRows.Row row = tableRows.get(i);
            if (!continuation && i < table.header()) {
                header.append(row.joined());
            }
            rows.add(row.cells());
            refs.add(SourceRef.page(page, row.line));
        }
    }

    private boolean sameHeader(List<TableRows.Row> candidate) {
        StringBuilder text = new StringBuilder();
        candidate.forEach(r -> text.append(r.joined()));
        return text.toString().contentEquals(header);
    }

    RawItem.Grid build() {
        SourceRef ref = refs.isEmpty() ? SourceRef.NONE : refs.get(0);
        return new RawItem.Grid(rows, refs, ref);
    }
}
