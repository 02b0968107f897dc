package org.gongkai.core.budget;

/**
 * 编制 and 人员 of a unit, with the change of each head count against last year.
 *
 * @param authorized 编制数
 * @param actual 实有人数
 * @param inService 在职
 * @param retired 退休
 * @param retiredCadres 离休
 * @param inServiceChange change of 在职 against last year (增加/减少 N 人)
 * @param retiredChange change of 退休
 * @param retiredCadresChange change of 离休
 */
public record Staffing(
        int authorized,
        int actual,
        int inService,
        int retired,
        int retiredCadres,
        int inServiceChange,
        int retiredChange,
        int retiredCadresChange) {}
