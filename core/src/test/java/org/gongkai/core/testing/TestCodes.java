package org.gongkai.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.core.classification.Classifications;
import org.gongkai.core.classification.CodeCheck;
import org.gongkai.core.classification.CodeEntry;
import org.gongkai.core.classification.CodeStatus;

/**
 * Code lists for tests, independent of the production reference data: a copy of the shared reference
 * CSVs (code, level, name, parent) as test resources.
 */
public final class TestCodes implements Classifications {
    public static final TestCodes INSTANCE = new TestCodes();

    private final Map<String, CodeEntry> function = load("function-codes.tsv");
    private final Map<String, CodeEntry> economic = load("economic-codes.tsv");

    private TestCodes() {}

    private static Map<String, CodeEntry> load(String name) {
        Map<String, CodeEntry> map = new LinkedHashMap<>();
        try (InputStream in = TestCodes.class.getResourceAsStream(name)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split("\t", -1);
                CodeEntry.Level level = switch (f[1]) {
                    case "类" -> CodeEntry.Level.CLASS;
                    case "款" -> CodeEntry.Level.SECTION;
                    default -> CodeEntry.Level.ITEM;
                };
                map.put(f[0], new CodeEntry(f[0], level, f[2], f[3], "test"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }

    /** Function codes of a level, in code order. */
    public List<CodeEntry> functionCodes(CodeEntry.Level level) {
        return function.values().stream()
                .filter(e -> e.level() == level)
                .sorted(java.util.Comparator.comparing(CodeEntry::code))
                .toList();
    }

    /** Economic 款 codes, in code order. */
    public List<CodeEntry> economicItems() {
        return economic.values().stream()
                .filter(e -> e.level() == CodeEntry.Level.SECTION)
                .sorted(java.util.Comparator.comparing(CodeEntry::code))
                .toList();
    }

    @Override
    public int year() {
        return 2021;
    }

    @Override
    public Optional<CodeEntry> function(String code) {
        return Optional.ofNullable(function.get(code));
    }

    @Override
    public Optional<CodeEntry> departmentEconomic(String code) {
        return Optional.ofNullable(economic.get(code));
    }

    @Override
    public Optional<CodeEntry> governmentEconomic(String code) {
        return Optional.empty();
    }

    @Override
    public List<CodeEntry> functionClasses() {
        return new ArrayList<>(functionCodes(CodeEntry.Level.CLASS));
    }

    @Override
    public CodeCheck checkFunction(String code, String printedName) {
        return check(function.get(code), printedName);
    }

    @Override
    public CodeCheck checkDepartmentEconomic(String code, String printedName) {
        return check(economic.get(code), printedName);
    }

    private static CodeCheck check(CodeEntry e, String printedName) {
        if (e == null) {
            return new CodeCheck(CodeStatus.UNKNOWN, "", "未知科目");
        }
        if (printedName != null && !printedName.isBlank() && !printedName.equals(e.name())) {
            return new CodeCheck(CodeStatus.NAME_MISMATCH, e.name(), "名称不符");
        }
        return new CodeCheck(CodeStatus.VALID, e.name(), "");
    }
}
