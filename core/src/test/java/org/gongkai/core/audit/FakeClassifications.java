package org.gongkai.core.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.core.classification.Classifications;
import org.gongkai.core.classification.CodeCheck;
import org.gongkai.core.classification.CodeEntry;
import org.gongkai.core.classification.CodeStatus;

/** A tiny in-memory code list for rule tests: entries are "code name" or "code name ?" (author knowledge). */
public final class FakeClassifications implements Classifications {
    private final int year;
    private final Map<String, CodeEntry> entries = new LinkedHashMap<>();

    public FakeClassifications(int year, String... lines) {
        this.year = year;
        for (String line : lines) {
            String[] p = line.trim().split("\\s+");
            String code = p[0];
            CodeEntry.Level level = switch (code.length()) {
                case 3 -> CodeEntry.Level.CLASS;
                case 5 -> CodeEntry.Level.SECTION;
                default -> CodeEntry.Level.ITEM;
            };
            String parent = code.length() > 3 ? code.substring(0, code.length() - 2) : "";
            String confidence = p.length > 2 && p[2].equals("?") ? "high" : "verified";
            entries.put(code, new CodeEntry(code, level, p[1], parent, confidence));
        }
    }

    /** A few 2021 codes used across the tests. */
    public static FakeClassifications y2021() {
        return new FakeClassifications(
                2021,
                "201 一般公共服务支出",
                "20105 统计信息事务",
                "2010504 信息事务",
                "20106 财政事务",
                "2010601 行政运行",
                "208 社会保障和就业支出",
                "222 粮油物资储备支出",
                "234 抗疫特别国债安排的支出 ?",
                "301 工资福利支出",
                "30101 基本工资",
                "30102 津贴补贴",
                "302 商品和服务支出",
                "30201 办公费",
                "30217 公务接待费",
                "501 机关工资福利支出",
                "50101 工资奖金津补贴");
    }

    @Override
    public int year() {
        return year;
    }

    @Override
    public Optional<CodeEntry> function(String code) {
        return code.startsWith("2") ? Optional.ofNullable(entries.get(code)) : Optional.empty();
    }

    @Override
    public Optional<CodeEntry> departmentEconomic(String code) {
        return code.startsWith("3") ? Optional.ofNullable(entries.get(code)) : Optional.empty();
    }

    @Override
    public Optional<CodeEntry> governmentEconomic(String code) {
        return code.startsWith("5") ? Optional.ofNullable(entries.get(code)) : Optional.empty();
    }

    @Override
    public List<CodeEntry> functionClasses() {
        List<CodeEntry> out = new ArrayList<>();
        entries.values().stream()
                .filter(e -> e.code().startsWith("2") && e.code().length() == 3)
                .forEach(out::add);
        return out;
    }

    @Override
    public CodeCheck checkFunction(String code, String printedName) {
        return check(code, printedName, function(code));
    }

    @Override
    public CodeCheck checkDepartmentEconomic(String code, String printedName) {
        return check(code, printedName, departmentEconomic(code));
    }

    private static CodeCheck check(String code, String printed, Optional<CodeEntry> entry) {
        if (!code.matches("\\d{3}(\\d{2}){0,2}")) {
            return new CodeCheck(CodeStatus.MALFORMED, "", "编码格式错误");
        }
        if (entry.isEmpty()) {
            return new CodeCheck(CodeStatus.UNKNOWN, "", "不在科目表中");
        }
        String official = entry.get().name();
        if (printed != null && !printed.isBlank() && !printed.strip().equals(official)) {
            return new CodeCheck(CodeStatus.NAME_MISMATCH, official, "名称不符");
        }
        return new CodeCheck(CodeStatus.VALID, official, "");
    }
}
