package org.gongkai.core.audit.facts;

/** Which year a stated quantity is about. */
public enum Period {
    /** 本年 (the budget year). */
    CURRENT,
    /** 上年 (last year's budget, stated or implied by a change). */
    LAST_YEAR
}
