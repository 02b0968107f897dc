package org.gongkai.core.json;

import java.util.List;

/** A disclosure JSON document that cannot be read; see {@link JsonFormatException#problems()}. */
public final class DisclosureFormatException extends JsonFormatException {
    private static final long serialVersionUID = 1L;

    public DisclosureFormatException(List<Problem> problems) {
        super("公开文档数据", problems);
    }
}
