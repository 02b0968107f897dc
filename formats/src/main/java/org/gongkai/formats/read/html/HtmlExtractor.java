package org.gongkai.formats.read.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.gongkai.formats.read.Extractor;
import org.gongkai.formats.read.RawDocument;
import org.gongkai.formats.read.UnreadableDocumentException;
import org.gongkai.formats.read.limits.Bounded;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Reads a web page: tables as grids (rowspan/colspan expanded, text in the top-left cell) and text
 * blocks as lines, in document order. The charset comes from a byte-order mark or the page's meta tag;
 * a page without either that is not valid UTF-8 is read as GB18030 (the superset of GBK/GB2312).
 */
public final class HtmlExtractor implements Extractor {
    @Override
    public String format() {
        return "HTML";
    }

    @Override
    public boolean sniff(byte[] head) {
        String start = asciiStart(head);
        return start.startsWith("<!doctype html")
                || start.startsWith("<html")
                || start.startsWith("<head")
                || start.startsWith("<meta")
                || start.startsWith("<table")
                || start.startsWith("<body")
                || (start.startsWith("<?xml") || start.startsWith("<!--")) && start.contains("<html");
    }

    /** The head as lower-case text, after a byte-order mark and leading white space. */
    private static String asciiStart(byte[] head) {
        int n = Math.min(head.length, 2048);
        String text;
        if (n >= 2
                && (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE
                        || head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)) {
            text = new String(
                    head, 0, n & ~1, head[0] == (byte) 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
        } else {
            text = new String(head, 0, n, StandardCharsets.ISO_8859_1);
        }
        return text.replace("\uFEFF", "").replace("ï»¿", "").strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public RawDocument extract(Path file) throws UnreadableDocumentException {
        return Bounded.call(format(), file, () -> read(file));
    }

    private RawDocument read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Document doc = parse(bytes, null);
        boolean declared =
                !doc.select("meta[charset], meta[http-equiv=content-type]").isEmpty();
        if (!declared && StandardCharsets.UTF_8.equals(doc.charset()) && !validUtf8(bytes)) {
            doc = parse(bytes, "GB18030");
        }
        return new RawDocument(file.getFileName().toString(), new HtmlWalker().walk(doc));
    }

    private static Document parse(byte[] bytes, String charset) throws IOException {
        return Jsoup.parse(
                new ByteArrayInputStream(bytes),
                charset,
                "",
                Parser.htmlParser().setTrackPosition(true));
    }

    private static boolean validUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
