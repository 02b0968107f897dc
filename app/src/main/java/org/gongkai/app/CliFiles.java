package org.gongkai.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** File reading and writing for commands, with failures as one Chinese sentence naming the file. */
final class CliFiles {
    private CliFiles() {}

    /** A file that cannot be read or written; the message names it and says why. */
    static final class FileProblem extends Exception {
        private static final long serialVersionUID = 1L;

        FileProblem(String message) {
            super(message);
        }
    }

    /** The whole file as UTF-8 text (a byte-order mark is dropped). */
    static String read(Path file) throws FileProblem {
        if (Files.isDirectory(file)) {
            throw new FileProblem(file + " 是目录，应为文件");
        }
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (NoSuchFileException e) {
            throw new FileProblem("找不到文件 " + file);
        } catch (AccessDeniedException e) {
            throw new FileProblem("没有权限读取文件 " + file);
        } catch (CharacterCodingException e) {
            throw new FileProblem(file + " 不是 UTF-8 编码的文本");
        } catch (IOException e) {
            throw new FileProblem("无法读取文件 " + file + "：" + e.getMessage());
        }
    }

    /** Writes text as UTF-8 to a file, or prints it when no file is given. */
    static void writeOrPrint(Path file, String text, PrintWriter out) throws FileProblem {
        if (file == null) {
            out.print(text);
            out.flush();
            return;
        }
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new FileProblem("无法写入 " + file + "：所在目录不存在");
        } catch (AccessDeniedException e) {
            throw new FileProblem("没有权限写入 " + file);
        } catch (IOException e) {
            throw new FileProblem("无法写入 " + file + "：" + e.getMessage());
        }
    }
}
