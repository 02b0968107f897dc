package org.gongkai.formats.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.gongkai.core.disclosure.Disclosure;

/**
 * Reads any supported file into a {@link Disclosure}: picks the extractor by the file's first bytes
 * (never its name), extracts within a size and time limit, and assembles. Every failure is an {@link
 * UnreadableDocumentException} with the reason in Chinese.
 */
public final class Readers {
    private Readers() {}

    /** Files larger than this are refused. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    /** Extraction and assembly must finish within this time. */
    public static final long TIMEOUT_SECONDS = 120;

    private static final int HEAD_BYTES = 8192;

    /**
     * The registered extractors, asked in order; binary formats before text (text accepts any
     * decodable bytes). One line per extractor.
     */
    static List<Extractor> extractors() {
        List<Extractor> list = new ArrayList<>();
        list.add(new org.gongkai.formats.read.pdf.PdfExtractor());
        list.add(new org.gongkai.formats.read.docx.DocxExtractor());
        list.add(new org.gongkai.formats.read.xlsx.XlsxExtractor());
        list.add(new org.gongkai.formats.read.html.HtmlExtractor());
        list.add(new TextExtractor());
        return list;
    }

    public static ReadResult read(Path file) throws UnreadableDocumentException {
        long size;
        try {
            if (!Files.isRegularFile(file)) {
                throw new UnreadableDocumentException("找不到文件或不是普通文件：" + file);
            }
            size = Files.size(file);
        } catch (IOException e) {
            throw new UnreadableDocumentException("无法读取文件：" + file + "（" + e.getMessage() + "）", e);
        }
        if (size == 0) {
            throw new UnreadableDocumentException("文件为空：" + file.getFileName());
        }
        if (size > MAX_BYTES) {
            throw new UnreadableDocumentException(String.format(
                    "文件过大（%.1f MB），超过可读取的上限 %d MB：%s", size / 1048576.0, MAX_BYTES / 1048576, file.getFileName()));
        }
        byte[] head = head(file);
        Extractor extractor = extractors().stream()
                .filter(e -> e.sniff(head))
                .findFirst()
                .orElseThrow(() -> new UnreadableDocumentException(
                        "无法识别文件格式（支持 PDF、DOCX、XLSX、HTML 和 UTF-8/GBK 文本）：" + file.getFileName()));
        return withinTime(() -> {
            RawDocument raw = extractor.extract(file);
            return assemble(raw, extractor.format());
        });
    }

    /** Assembles an extracted document; refuses one in which nothing of a disclosure was found. */
    public static ReadResult assemble(RawDocument raw, String format) throws UnreadableDocumentException {
        List<ReadNote> notes = new ArrayList<>();
        Disclosure d = Assembler.assemble(raw, notes);
        if (d.tables().findAny().isEmpty()
                && d.headings().findAny().isEmpty()
                && d.targetTables().findAny().isEmpty()) {
            throw new UnreadableDocumentException("文件（" + format + "）中没有找到预算公开文件的标题或表格，可能不是部门预决算公开文件：" + raw.source());
        }
        return new ReadResult(d, notes);
    }

    private interface Task {
        ReadResult run() throws UnreadableDocumentException;
    }

    private static ReadResult withinTime(Task task) throws UnreadableDocumentException {
        ExecutorService exec = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "gongkai-read");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<ReadResult> f = exec.submit(task::run);
            return f.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new UnreadableDocumentException("读取超时（超过 " + TIMEOUT_SECONDS + " 秒），文件可能损坏或过于复杂", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnreadableDocumentException("读取被中断", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UnreadableDocumentException u) {
                throw u;
            }
            throw new UnreadableDocumentException("文件内容无法解析：" + cause, cause);
        } finally {
            exec.shutdownNow();
        }
    }

    private static byte[] head(Path file) throws UnreadableDocumentException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = in.readNBytes(HEAD_BYTES);
            return Arrays.copyOf(buf, buf.length);
        } catch (IOException e) {
            throw new UnreadableDocumentException("无法读取文件：" + e.getMessage(), e);
        }
    }
}
