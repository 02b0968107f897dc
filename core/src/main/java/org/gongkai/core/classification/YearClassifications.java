package org.gongkai.core.classification;

import java.util.List;
import java.util.Optional;

/**
 * The lists of one fiscal year: the shipped base lists tagged with the year, possibly overlaid with a finance
 * bureau's official list for that year.
 */
record YearClassifications(
        int year, CodeList functionList, CodeList departmentEconomicList, CodeList governmentEconomicList)
        implements Classifications {

    YearClassifications with(CodeScheme scheme, CodeList list) {
        return switch (scheme) {
            case FUNCTION -> new YearClassifications(year, list, departmentEconomicList, governmentEconomicList);
            case DEPARTMENT_ECONOMIC -> new YearClassifications(year, functionList, list, governmentEconomicList);
            case GOVERNMENT_ECONOMIC -> new YearClassifications(year, functionList, departmentEconomicList, list);
        };
    }

    @Override
    public Optional<CodeEntry> function(String code) {
        return functionList.get(code);
    }

    @Override
    public Optional<CodeEntry> departmentEconomic(String code) {
        return departmentEconomicList.get(code);
    }

    @Override
    public Optional<CodeEntry> governmentEconomic(String code) {
        return governmentEconomicList.get(code);
    }

    @Override
    public List<CodeEntry> functionClasses() {
        return functionList.classes();
    }

    @Override
    public CodeCheck checkFunction(String code, String printedName) {
        return functionList.check(code, printedName);
    }

    @Override
    public CodeCheck checkDepartmentEconomic(String code, String printedName) {
        return departmentEconomicList.check(code, printedName);
    }

    @Override
    public String toString() {
        return "Classifications[" + year + "年: 功能分类" + functionList.size() + "个, 部门经济分类" + departmentEconomicList.size()
                + "个, 政府经济分类" + governmentEconomicList.size() + "个]";
    }
}
