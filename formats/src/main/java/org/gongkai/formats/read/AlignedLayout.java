package org.gongkai.formats.read;

import java.util.List;

/** Space-aligned columns as printed by {@code pdftotext -layout}, with page markers or form feeds. */
final class AlignedLayout {
    private AlignedLayout() {}

    static boolean matches(List<String> lines) {
        return false;
    }

    static List<RawItem> parse(List<String> lines) {
        return TextExtractor.plainLines(lines);
    }
}
