package org.gongkai.core.audit.rules.arith;

import java.util.List;
import java.util.Optional;
import org.gongkai.core.classification.Classifications;
import org.gongkai.core.classification.CodeCheck;
import org.gongkai.core.classification.CodeEntry;

/** Code lists that know no code: arithmetic rules do not need them. */
final class NoClassifications implements Classifications {
    @Override
    public int year() {
        return 2021;
    }

    @Override
    public Optional<CodeEntry> function(String code) {
        return Optional.empty();
    }

    @Override
    public Optional<CodeEntry> departmentEconomic(String code) {
        return Optional.empty();
    }

    @Override
    public Optional<CodeEntry> governmentEconomic(String code) {
        return Optional.empty();
    }

    @Override
    public List<CodeEntry> functionClasses() {
        return List.of();
    }

    @Override
    public CodeCheck checkFunction(String code, String printedName) {
        return null;
    }

    @Override
    public CodeCheck checkDepartmentEconomic(String code, String printedName) {
        return null;
    }
}
