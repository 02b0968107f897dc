package org.gongkai.formats.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Decodes text files of unknown encoding: a byte-order mark wins; otherwise valid UTF-8 is UTF-8 and
 * anything else is tried as GBK (the usual encoding of Chinese files saved on Windows).
 */
final class TextDecoding {
    private TextDecoding() {}

    private static final Charset GBK = Charset.forName("GBK");

    /** The decoded text, or empty when the bytes are neither UTF-8/UTF-16 with BOM nor GBK. */
    static Optional<String> decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(Arrays.copyOfRange(bytes, 3, bytes.length), StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(Arrays.copyOfRange(bytes, 2, bytes.length), StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(Arrays.copyOfRange(bytes, 2, bytes.length), StandardCharsets.UTF_16BE);
        }
        Optional<String> utf8 = strict(bytes, StandardCharsets.UTF_8);
        return utf8.isPresent() ? utf8 : strict(bytes, GBK);
    }

    /**
     * Decodes a file head that may end inside a character: trailing incomplete bytes are ignored.
     * Used for sniffing only.
     */
    static Optional<String> decodeHead(byte[] head) {
        for (int cut = 0; cut <= 3 && cut < head.length; cut++) {
            Optional<String> s = decode(Arrays.copyOf(head, head.length - cut));
            if (s.isPresent()) {
                return s;
            }
        }
        return head.length == 0 ? Optional.of("") : Optional.empty();
    }

    static boolean hasUtf16Bom(byte[] bytes) {
        return startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF);
    }

    private static Optional<String> strict(byte[] bytes, Charset cs) {
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return Optional.of(dec.decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
