package org.gongkai.formats.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gongkai.core.disclosure.SourceRef;

/**
 * Plain text in UTF-8 or GBK, in one of the layouts seen in practice, each recognised from the content:
 * one cell per tabbed line (saved from a word processor), space-aligned columns ({@code pdftotext
 * -layout}), per-page JSON with page tables, or plain lines.
 */
public final class TextExtractor implements Extractor {

    @Override
    public String format() {
        return "文本";
    }

    @Override
    public boolean sniff(byte[] head) {
        if (head.length == 0) {
            return false;
        }
        if (!TextDecoding.hasUtf16Bom(head)) {
            for (byte b : head) {
                if (b == 0) {
                    return false;
                }
            }
        }
        Optional<String> text = TextDecoding.decodeHead(head);
        if (text.isEmpty()) {
            return false;
        }
        String s = text.get();
        String start = CellText.trim(s).toLowerCase(Locale.ROOT);
        if (start.startsWith("%pdf") || start.startsWith("<!doctype html") || start.startsWith("<html")) {
            return false;
        }
        long control = s.chars()
                .filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
                .count();
        return control * 50 <= s.length();
    }

    @Override
    public RawDocument extract(Path file) throws UnreadableDocumentException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableDocumentException("无法读取文件：" + e.getMessage(), e);
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return extract(name, bytes);
    }

    /** Extracts from bytes already in memory. */
    public RawDocument extract(String source, byte[] bytes) throws UnreadableDocumentException {
        String text = TextDecoding.decode(bytes)
                .orElseThrow(() -> new UnreadableDocumentException("文件既不是有效的 UTF-8 文本，也不是有效的 GBK 文本"));
        if (text.startsWith("\ufeff")) {
            text = text.substring(1);
        }
        if (CellText.isBlank(text)) {
            throw new UnreadableDocumentException("文件没有任何文字内容");
        }
        String trimmed = CellText.trim(text);
        if (trimmed.startsWith("{") && trimmed.contains("\"page_texts\"")) {
            return new RawDocument(source, PageJsonLayout.parse(trimmed));
        }
        List<String> lines = List.of(text.split("\r\n|\r|\n", -1));
        if (CellLineLayout.matches(lines)) {
            return new RawDocument(source, CellLineLayout.parse(lines));
        }
        if (AlignedLayout.matches(lines)) {
            return new RawDocument(source, AlignedLayout.parse(lines));
        }
        if (SpacedLayout.matches(lines)) {
            return new RawDocument(source, SpacedLayout.parse(lines));
        }
        return new RawDocument(source, plainLines(lines));
    }

    /** Every non-blank line as a line of running text. */
    static List<RawItem> plainLines(List<String> lines) {
        List<RawItem> items = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String t = CellText.trim(lines.get(i));
            if (!t.isEmpty()) {
                items.add(new RawItem.Line(t, SourceRef.line(i + 1)));
            }
        }
        return items;
    }
}
