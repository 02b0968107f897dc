package org.gongkai.core.budget;

/** 基本支出 or 项目支出. */
public enum ExpenditureKind {
    BASIC,
    PROJECT
}
