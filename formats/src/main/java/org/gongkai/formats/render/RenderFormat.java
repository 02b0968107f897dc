package org.gongkai.formats.render;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.json.DisclosureCodec;

/** The text formats a disclosure can be rendered to, by their command-line names. */
public enum RenderFormat {
    /** Markdown with pipe tables. */
    MD("md", new MarkdownRenderer()),
    /** A standalone, accessible HTML page. */
    HTML("html", new HtmlRenderer()),
    /**
     * The canonical disclosure JSON; it carries no hash inside, because its own SHA-256 is the content
     * hash the other formats print.
     */
    JSON("json", DisclosureCodec::write),
    /** Plain text in the one-cell-per-line layout of published text files. */
    TXT("txt", new TextRenderer());

    private final String id;
    private final Renderer renderer;

    RenderFormat(String id, Renderer renderer) {
        this.id = id;
        this.renderer = renderer;
    }

    /** The name used on the command line and as file extension. */
    public String id() {
        return id;
    }

    public String render(Disclosure d) {
        return renderer.render(d);
    }

    /** The format with a command-line name (case-insensitive). */
    public static Optional<RenderFormat> of(String id) {
        String key = id.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.id.equals(key)).findFirst();
    }

    /** "md、html、json、txt", for messages. */
    public static String names() {
        return Arrays.stream(values()).map(RenderFormat::id).collect(Collectors.joining("、"));
    }

    /** The footer line every rendering carries, naming the content hash of the canonical JSON. */
    public static String hashLine(Disclosure d) {
        return "内容哈希（SHA-256，规范 JSON）：" + DisclosureCodec.contentHash(d);
    }
}
