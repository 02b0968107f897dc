package org.gongkai.formats.read.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gongkai.core.disclosure.SourceRef;
import org.gongkai.formats.read.RawItem;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Walks a parsed page in document order, cutting it into text lines (at block boundaries) and tables. */
final class HtmlWalker {
    private static final Set<String> SKIPPED =
            Set.of("script", "style", "noscript", "template", "head", "svg", "iframe", "object");

    private final List<RawItem> items = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int textLine;

    List<RawItem> walk(Document doc) {
        node(doc.body() == null ? doc : doc.body());
        flush();
        return items;
    }

    private void node(Node node) {
        if (node instanceof TextNode t) {
            if (text.isEmpty() && !t.isBlank()) {
                textLine = line(t);
            }
            text.append(t.getWholeText());
            return;
        }
        if (!(node instanceof Element e)) {
            return;
        }
        String tag = e.normalName();
        if (SKIPPED.contains(tag)) {
            return;
        }
        if (tag.equals("table")) {
            flush();
            // A table's title, preparer and unit often stand in its caption: read them as the lines above it.
            Element caption = e.selectFirst("> caption");
            if (caption != null) {
                for (Node child : caption.childNodes()) {
                    if (child instanceof Element) {
                        flush();
                    }
                    node(child);
                    if (child instanceof Element) {
                        flush();
                    }
                }
                flush();
            }
            TableLayout.grid(e, line(e)).ifPresent(items::add);
            return;
        }
        if (tag.equals("br")) {
            flush();
            return;
        }
        boolean block = e.isBlock();
        if (block) {
            flush();
        }
        for (Node child : e.childNodes()) {
            node(child);
        }
        if (block) {
            flush();
        }
    }

    private void flush() {
        String clean =
                text.toString().replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
        if (!clean.isEmpty()) {
            items.add(new RawItem.Line(clean, SourceRef.line(textLine)));
        }
        text.setLength(0);
    }

    static int line(Node node) {
        int line = node.sourceRange().start().lineNumber();
        return Math.max(line, 0);
    }
}
