package org.gongkai.core.budget;

import java.util.List;

/**
 * The unit profile of part one (概况).
 *
 * @param name the unit's name as published (e.g. 克州电子政务服务中心)
 * @param fullName the unit's full legal name when the short name differs (may equal name)
 * @param code the unit code in the budget system (may be empty)
 * @param type 行政单位, 参公事业单位 or 事业单位
 * @param functions main functions, one item each
 * @param divisions internal divisions (内设科室)
 * @param subordinateUnits subordinate budget units included in this budget (empty: none)
 * @param staffing 编制 and 人员
 * @param administrativeUnitsIncluded number of 行政单位 among the subordinate units (for 机关运行经费)
 * @param publicInstitutionsIncluded number of 事业单位 among the subordinate units
 */
public record UnitProfile(
        String name,
        String fullName,
        String code,
        UnitType type,
        List<String> functions,
        List<String> divisions,
        List<String> subordinateUnits,
        Staffing staffing,
        int administrativeUnitsIncluded,
        int publicInstitutionsIncluded) {

    public UnitProfile {
        functions = List.copyOf(functions);
        divisions = List.copyOf(divisions);
        subordinateUnits = List.copyOf(subordinateUnits);
        fullName = fullName == null || fullName.isBlank() ? name : fullName;
        code = code == null ? "" : code;
    }

    /** Unit types; 机关运行经费 applies to {@link #ADMINISTRATIVE} and {@link #CIVIL_SERVICE_MANAGED}. */
    public enum UnitType {
        /** 行政单位. */
        ADMINISTRATIVE,
        /** 参照公务员法管理的事业单位. */
        CIVIL_SERVICE_MANAGED,
        /** 事业单位. */
        PUBLIC_INSTITUTION;

        public boolean hasOperatingCosts() {
            return this != PUBLIC_INSTITUTION;
        }
    }
}
