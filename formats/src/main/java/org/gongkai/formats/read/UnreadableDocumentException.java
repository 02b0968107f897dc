package org.gongkai.formats.read;

/** A document that cannot be read, with the reason in Chinese (encrypted, scanned, corrupt, too large …). */
public final class UnreadableDocumentException extends Exception {
    private static final long serialVersionUID = 1L;

    public UnreadableDocumentException(String reason) {
        super(reason);
    }

    public UnreadableDocumentException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
