package org.gongkai.core.json;

import java.util.List;

/** A budget JSON document that cannot be read; see {@link JsonFormatException#problems()}. */
public final class BudgetFormatException extends JsonFormatException {
    private static final long serialVersionUID = 1L;

    public BudgetFormatException(List<Problem> problems) {
        super("预算数据", problems);
    }
}
