package org.gongkai.core.derive.narrative;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.core.classification.Classifications;
import org.gongkai.core.classification.CodeCheck;
import org.gongkai.core.classification.CodeEntry;
import org.gongkai.core.classification.CodeStatus;

/** A few real 2021 codes, so narrative tests do not depend on the reference data being loaded. */
final class TestCodes implements Classifications {
    private static final Map<String, String> FUNCTION = Map.ofEntries(
            Map.entry("201", "一般公共服务支出"),
            Map.entry("20105", "统计信息事务"),
            Map.entry("2010504", "信息事务"),
            Map.entry("20103", "政府办公厅（室）及相关机构事务"),
            Map.entry("2010301", "行政运行"),
            Map.entry("2010302", "一般行政管理事务"),
            Map.entry("208", "社会保障和就业支出"),
            Map.entry("20805", "行政事业单位养老支出"),
            Map.entry("2080505", "机关事业单位基本养老保险缴费支出"),
            Map.entry("212", "城乡社区支出"),
            Map.entry("21208", "国有土地使用权出让收入安排的支出"),
            Map.entry("2120801", "征地和拆迁补偿支出"),
            Map.entry("221", "住房保障支出"),
            Map.entry("22102", "住房改革支出"),
            Map.entry("2210201", "住房公积金"));
    private static final Map<String, String> ECONOMIC = Map.ofEntries(
            Map.entry("30101", "基本工资"),
            Map.entry("30102", "津贴补贴"),
            Map.entry("30103", "奖金"),
            Map.entry("30108", "机关事业单位基本养老保险缴费"),
            Map.entry("30112", "其他社会保障缴费"),
            Map.entry("30113", "住房公积金"),
            Map.entry("30302", "退休费"),
            Map.entry("30309", "奖励金"),
            Map.entry("30201", "办公费"),
            Map.entry("30207", "邮电费"),
            Map.entry("30211", "差旅费"),
            Map.entry("30217", "公务接待费"),
            Map.entry("30227", "委托业务费"),
            Map.entry("30228", "工会经费"),
            Map.entry("30229", "福利费"),
            Map.entry("31002", "办公设备购置"));

    @Override
    public int year() {
        return 2021;
    }

    @Override
    public Optional<CodeEntry> function(String code) {
        return entry(FUNCTION, code);
    }

    @Override
    public Optional<CodeEntry> departmentEconomic(String code) {
        return entry(ECONOMIC, code);
    }

    @Override
    public Optional<CodeEntry> governmentEconomic(String code) {
        return Optional.empty();
    }

    @Override
    public List<CodeEntry> functionClasses() {
        return FUNCTION.keySet().stream()
                .filter(c -> c.length() == 3)
                .sorted()
                .map(c -> function(c).orElseThrow())
                .toList();
    }

    @Override
    public CodeCheck checkFunction(String code, String printedName) {
        return new CodeCheck(FUNCTION.containsKey(code) ? CodeStatus.VALID : CodeStatus.UNKNOWN, "", "");
    }

    @Override
    public CodeCheck checkDepartmentEconomic(String code, String printedName) {
        return new CodeCheck(ECONOMIC.containsKey(code) ? CodeStatus.VALID : CodeStatus.UNKNOWN, "", "");
    }

    private static Optional<CodeEntry> entry(Map<String, String> map, String code) {
        String name = map.get(code);
        if (name == null) {
            return Optional.empty();
        }
        CodeEntry.Level level = code.length() == 3
                ? CodeEntry.Level.CLASS
                : code.length() == 5 ? CodeEntry.Level.SECTION : CodeEntry.Level.ITEM;
        String parent = code.length() == 3 ? "" : code.substring(0, code.length() - 2);
        return Optional.of(new CodeEntry(code, level, name, parent, "verified"));
    }
}
