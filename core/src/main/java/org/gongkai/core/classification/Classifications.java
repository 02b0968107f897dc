package org.gongkai.core.classification;

import java.util.List;
import java.util.Optional;

/**
 * The classification code lists (政府收支分类科目) of one fiscal year: 支出功能分类 (类 3 digits, 款 5, 项 7),
 * 部门预算支出经济分类 (类 3, 款 5) and 政府预算支出经济分类. Every budget names the year of its lists.
 *
 * <p>The lists Gongkai ships are incomplete: a code missing from them is {@link CodeStatus#UNKNOWN}, not
 * an error; a malformed code, or a name that contradicts a known code, is.
 *
 * <p>Tree and name look-ups (parent, children, ancestors, by name, fix candidates) are on the {@link CodeList}s
 * returned by {@link #functionList()} and its siblings; {@link ReferenceData} returns the real lists (tests use
 * them too: they load in milliseconds).
 */
public interface Classifications {
    /** The fiscal year these lists are for. */
    int year();

    /** 支出功能分类 entry by code (3, 5 or 7 digits). */
    Optional<CodeEntry> function(String code);

    /** 部门预算支出经济分类 entry by code (3 or 5 digits). */
    Optional<CodeEntry> departmentEconomic(String code);

    /** 政府预算支出经济分类 entry by code (3 or 5 digits). */
    Optional<CodeEntry> governmentEconomic(String code);

    /** Every 支出功能分类 类 of the year, in code order (表一 of some templates lists them all). */
    List<CodeEntry> functionClasses();

    /** Checks a code and, when given, the name printed with it. */
    CodeCheck checkFunction(String code, String printedName);

    /** Checks a department economic code and, when given, the name printed with it. */
    CodeCheck checkDepartmentEconomic(String code, String printedName);

    /** Checks a government economic code and, when given, the name printed with it. */
    default CodeCheck checkGovernmentEconomic(String code, String printedName) {
        return governmentEconomicList().check(code, printedName);
    }

    /** The 支出功能分类 list of the year, for tree and name look-ups. */
    CodeList functionList();

    /** The 部门预算支出经济分类 list of the year. */
    CodeList departmentEconomicList();

    /** The 政府预算支出经济分类 list of the year. */
    CodeList governmentEconomicList();

    /** The list of a scheme. */
    default CodeList list(CodeScheme scheme) {
        return switch (scheme) {
            case FUNCTION -> functionList();
            case DEPARTMENT_ECONOMIC -> departmentEconomicList();
            case GOVERNMENT_ECONOMIC -> governmentEconomicList();
        };
    }
}
