package org.gongkai.formats.read.office;

import java.nio.charset.StandardCharsets;

/**
 * Tells Office containers apart from their first bytes: an OOXML zip (DOCX: a {@code word/} part, XLSX:
 * an {@code xl/} part, named in the local file headers near the start) or an OLE2 compound file (old
 * .xls / .doc; the stream names "Workbook" / "WordDocument" are in its directory, usually in the first
 * few KB). Give at least 4 KB of head for a reliable answer.
 */
public final class OfficeSniff {
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };

    /** What the head looks like. */
    public enum Kind {
        DOCX,
        XLSX,
        /** An OOXML zip whose parts are not in the head: DOCX or XLSX, decided when opening. */
        OOXML_UNKNOWN,
        XLS,
        DOC,
        /** An OLE2 file whose directory is not in the head (or an encrypted OOXML file). */
        OLE2_UNKNOWN,
        OTHER
    }

    private OfficeSniff() {}

    public static Kind kind(byte[] head) {
        if (startsWith(head, ZIP)) {
            boolean word = contains(head, "word/".getBytes(StandardCharsets.US_ASCII));
            boolean excel = contains(head, "xl/".getBytes(StandardCharsets.US_ASCII));
            if (word && !excel) {
                return Kind.DOCX;
            }
            if (excel && !word) {
                return Kind.XLSX;
            }
            return contains(head, "[Content_Types].xml".getBytes(StandardCharsets.US_ASCII)) || word
                    ? Kind.OOXML_UNKNOWN
                    : Kind.OTHER;
        }
        if (startsWith(head, OLE2)) {
            if (contains(head, utf16("WordDocument"))) {
                return Kind.DOC;
            }
            if (contains(head, utf16("Workbook")) || contains(head, utf16("Book"))) {
                return Kind.XLS;
            }
            return Kind.OLE2_UNKNOWN;
        }
        return Kind.OTHER;
    }

    private static byte[] utf16(String name) {
        return name.getBytes(StandardCharsets.UTF_16LE);
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    static boolean contains(byte[] head, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= head.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (head[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
