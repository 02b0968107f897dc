package org.gongkai.formats.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a space-aligned line into fields with their character positions: fields are separated by two
 * or more spaces, and also by a single space next to an amount ("91,016,775.35 一、一般公共服务支出").
 */
final class AlignedFields {
    private AlignedFields() {}

    enum Kind {
        AMOUNT,
        CODE,
        TEXT
    }

    /** A field: text and its [start, end) character positions in the line. */
    record Field(String text, int start, int end, Kind kind) {
        /** Amounts are right-aligned, everything else left-aligned. */
        int anchor() {
            return kind == Kind.AMOUNT ? end : start;
        }
    }

    static List<Field> split(String line) {
        List<int[]> words = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (i < n) {
            while (i < n && CellText.isSpace(line.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < n && !CellText.isSpace(line.charAt(i))) {
                i++;
            }
            if (i > s) {
                words.add(new int[] {s, i});
            }
        }
        List<int[]> spans = new ArrayList<>();
        for (int[] w : words) {
            if (spans.isEmpty()) {
                spans.add(w);
                continue;
            }
            int[] last = spans.get(spans.size() - 1);
            String prev = line.substring(last[0], last[1]);
            String prevWord = prev.substring(prev.lastIndexOf(' ') + 1);
            String word = line.substring(w[0], w[1]);
            boolean gap = w[0] - last[1] >= 2;
            boolean amountBoundary = CellText.isAmount(prevWord) || CellText.isAmount(word);
            boolean numbering = prevWord.matches("\\d{1,2}[.．]") && !CellText.isAmount(word);
            if (gap || (amountBoundary && !numbering)) {
                spans.add(w);
            } else {
                last[1] = w[1];
            }
        }
        List<Field> fields = new ArrayList<>();
        boolean textSeen = false;
        for (int[] sp : spans) {
            String t = line.substring(sp[0], sp[1]);
            Kind kind;
            if (!textSeen && t.matches("[1-9]\\d{2}(\\d{2}){0,2}|\\d{2}") && !t.contains(",")) {
                kind = Kind.CODE;
            } else if (CellText.isAmount(t)) {
                kind = Kind.AMOUNT;
            } else {
                kind = Kind.TEXT;
                textSeen = true;
            }
            fields.add(new Field(t, sp[0], sp[1], kind));
        }
        // A lone number with no text after it is an amount, not a code ("0", "120").
        boolean hasText = fields.stream().anyMatch(f -> f.kind() == Kind.TEXT);
        if (!hasText) {
            List<Field> fixed = new ArrayList<>();
            for (Field f : fields) {
                fixed.add(f.kind() == Kind.CODE ? new Field(f.text(), f.start(), f.end(), Kind.AMOUNT) : f);
            }
            return fixed;
        }
        return fields;
    }
}
