package org.gongkai.formats.read.limits;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.gongkai.formats.read.UnreadableDocumentException;

/**
 * Runs one extraction in a worker thread with a time limit, and turns every failure of a parsing
 * library (exceptions, stack overflow, memory exhaustion) into an {@link UnreadableDocumentException}
 * with a Chinese reason naming the format — never a raw stack trace.
 */
public final class Bounded {
    /** The work to bound; may throw anything. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws Exception;
    }

    private Bounded() {}

    /** Checks the file exists, is not empty and is not larger than {@link Limits#MAX_FILE_BYTES}. */
    public static void checkFile(Path file, String format) throws UnreadableDocumentException {
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new UnreadableDocumentException(format + " 文件为空（0 字节）：" + file.getFileName());
            }
            if (size > Limits.MAX_FILE_BYTES) {
                throw new UnreadableDocumentException(format + " 文件过大（" + size / (1024 * 1024) + " MB，上限 "
                        + Limits.MAX_FILE_BYTES / (1024 * 1024) + " MB）：" + file.getFileName());
            }
        } catch (IOException e) {
            throw new UnreadableDocumentException("无法读取文件：" + file.getFileName(), e);
        }
    }

    public static <T> T call(String format, Path file, Work<T> work) throws UnreadableDocumentException {
        return call(format, file, Limits.TIMEOUT, work);
    }

    public static <T> T call(String format, Path file, Duration timeout, Work<T> work)
            throws UnreadableDocumentException {
        checkFile(file, format);
        FutureTask<T> task = new FutureTask<>(work::run);
        Thread worker = new Thread(task, "gongkai-read-" + format);
        worker.setDaemon(true);
        worker.start();
        try {
            return task.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new UnreadableDocumentException(
                    format + " 文件读取超时（超过 " + timeout.toSeconds() + " 秒），可能已损坏或过于复杂：" + file.getFileName());
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new UnreadableDocumentException(format + " 文件读取被中断：" + file.getFileName());
        } catch (ExecutionException e) {
            throw translate(format, file, e.getCause());
        }
    }

    private static UnreadableDocumentException translate(String format, Path file, Throwable cause) {
        if (cause instanceof UnreadableDocumentException u) {
            return u;
        }
        String name = file.getFileName().toString();
        if (cause instanceof TooLargeException t) {
            return new UnreadableDocumentException(format + " 文件过大（" + t.getMessage() + "），无法读取：" + name);
        }
        if (mentions(cause, "zip bomb")) {
            return new UnreadableDocumentException(format + " 文件疑似压缩炸弹（解压后体积异常），拒绝读取：" + name);
        }
        if (mentions(cause, "max entry size")
                || mentions(cause, "max text size")
                || mentions(cause, "max file count")) {
            return new UnreadableDocumentException(format + " 文件内部部件过大，拒绝读取：" + name);
        }
        if (cause instanceof OutOfMemoryError) {
            return new UnreadableDocumentException(format + " 文件过大或结构异常，读取时内存不足：" + name);
        }
        if (cause instanceof StackOverflowError) {
            return new UnreadableDocumentException(format + " 文件结构异常（嵌套过深）：" + name);
        }
        return new UnreadableDocumentException(format + " 文件已损坏或格式不正确，无法读取：" + name, cause);
    }

    /** True when the throwable or one of its causes has the phrase in its message (case-insensitive). */
    private static boolean mentions(Throwable t, String phrase) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            String m = c.getMessage();
            if (m != null && m.toLowerCase(java.util.Locale.ROOT).contains(phrase)) {
                return true;
            }
        }
        return false;
    }
}
