package org.gongkai.formats.read.limits;

/** Thrown inside an extraction when a limit is exceeded; {@link Bounded} turns it into a reason. */
public final class TooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param what the Chinese description of the exceeded limit, e.g. "单元格超过 2000000 个" */
    public TooLargeException(String what) {
        super(what);
    }
}
