package org.gongkai.core.classification;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The performance-indicator families (绩效指标 一级/二级) from {@code performance-indicator-framework.csv}: what
 * each family measures, its usual operators and unit examples. Printed labels are resolved through the legacy
 * mapping below, so older templates read the same as current ones. Loaded once; problems are kept, not thrown.
 */
public final class IndicatorFramework {
    static final String RESOURCE = "performance-indicator-framework.csv";

    /**
     * Level-1 labels of older templates (the 2021 Xinjiang one among them) and the current family they mean:
     * 项目完成 = 产出指标, 项目效益 = 效益指标 (reference README §3.1). Kept here as data; the CSV's legacy rows must
     * agree with it (checked on load).
     */
    public static final Map<String, String> LEGACY_LEVEL1 = Map.of(
            "项目完成", "产出指标",
            "项目完成指标", "产出指标",
            "项目效益", "效益指标",
            "项目效益指标", "效益指标");

    /**
     * Level-2 labels some templates print instead of the family name: the 2021 Xinjiang template repeats
     * 满意度指标 as the level-2 label.
     */
    public static final Map<String, String> LEVEL2_ALIASES = Map.of("满意度指标", "服务对象满意度指标", "满意度", "服务对象满意度指标");

    /** Marks rows of the CSV that describe a legacy label rather than a family. */
    private static final String LEGACY_MARK = "(legacy)";

    private static final List<String> REQUIRED =
            List.of("level1", "level2", "value_form", "usual_operator", "unit_examples");

    /**
     * One 二级 family.
     *
     * @param level1 一级指标 (e.g. 产出指标)
     * @param level2 二级指标 (e.g. 数量指标)
     * @param meaning what it measures (English, from the file)
     * @param valueForm quantitative / qualitative / date, as written
     * @param operators the comparison signs usually used (≥, ≤, =, >, <), in file order
     * @param operatorNote the file's operator text (says when each sign applies)
     * @param unitExamples example units
     * @param sanityRules the file's sanity rules, as written
     */
    public record Family(
            String level1,
            String level2,
            String meaning,
            String valueForm,
            List<String> operators,
            String operatorNote,
            List<String> unitExamples,
            String sanityRules) {}

    private final Map<String, Family> byPair;
    private final List<LoadProblem> problems;

    private IndicatorFramework(Map<String, Family> byPair, List<LoadProblem> problems) {
        this.byPair = byPair;
        this.problems = List.copyOf(problems);
    }

    private static final class Shipped {
        static final IndicatorFramework INSTANCE;

        static {
            List<LoadProblem> readProblems = new ArrayList<>();
            String text = ReferenceData.read(RESOURCE, readProblems);
            IndicatorFramework parsed = parse(RESOURCE, text);
            readProblems.addAll(parsed.problems);
            INSTANCE = new IndicatorFramework(parsed.byPair, readProblems);
        }
    }

    /** The shipped framework (loaded once). */
    public static IndicatorFramework shipped() {
        return Shipped.INSTANCE;
    }

    /** Parses and validates text in the format of {@code performance-indicator-framework.csv}. */
    public static IndicatorFramework parse(String source, String csvText) {
        Csv.Table table = Csv.parse(source, csvText);
        List<LoadProblem> problems = new ArrayList<>(table.problems());
        Optional<LoadProblem> header = table.missingColumns(REQUIRED);
        if (header.isPresent()) {
            problems.add(header.get());
            return new IndicatorFramework(Map.of(), problems);
        }
        Map<String, Family> byPair = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        for (Csv.Row row : table.rows()) {
            Map<String, String> f = table.asMap(row);
            int line = row.line();
            String level1 = f.get("level1").strip();
            String level2 = f.get("level2").strip();
            if (level2.startsWith(LEGACY_MARK)) {
                checkLegacyRow(level1, f.getOrDefault("sanity_rules", ""), source, line, problems);
                continue;
            }
            if (!level1.endsWith("指标") || !level2.endsWith("指标")) {
                problems.add(new LoadProblem(source, line, "一级/二级指标名称应以“指标”结尾：“" + level1 + "”/“" + level2 + "”"));
                continue;
            }
            String pair = level1 + "/" + level2;
            if (byPair.containsKey(pair)) {
                problems.add(new LoadProblem(source, line, pair + "重复（第" + lineOf.get(pair) + "行已有）"));
                continue;
            }
            if (f.get("value_form").isBlank()) {
                problems.add(new LoadProblem(source, line, pair + "的指标值形式为空"));
            }
            String operatorText = f.get("usual_operator").strip();
            List<String> operators = operators(operatorText);
            if (operators.isEmpty()) {
                problems.add(new LoadProblem(source, line, pair + "的常用符号“" + operatorText + "”中没有 ≥、≤、=、>、<"));
            }
            byPair.put(
                    pair,
                    new Family(
                            level1,
                            level2,
                            f.getOrDefault("meaning", "").strip(),
                            f.get("value_form").strip(),
                            operators,
                            operatorText,
                            units(f.get("unit_examples")),
                            f.getOrDefault("sanity_rules", "").strip()));
            lineOf.put(pair, line);
        }
        return new IndicatorFramework(Collections.unmodifiableMap(byPair), problems);
    }

    private static void checkLegacyRow(
            String level1, String rules, String source, int line, List<LoadProblem> problems) {
        String target = LEGACY_LEVEL1.get(level1);
        if (target == null) {
            problems.add(new LoadProblem(source, line, "旧式一级指标“" + level1 + "”不在 IndicatorFramework.LEGACY_LEVEL1 中"));
        } else if (!rules.contains(target)) {
            problems.add(new LoadProblem(source, line, "旧式一级指标“" + level1 + "”在文件中的对应说明未提到" + target + "，与代码中的对应不一致"));
        }
    }

    /** Every problem found when loading. */
    public List<LoadProblem> problems() {
        return problems;
    }

    /** Current 一级 families in file order (产出指标, 成本指标, 效益指标, 满意度指标). */
    public List<String> level1Names() {
        Set<String> names = new LinkedHashSet<>();
        byPair.values().forEach(f -> names.add(f.level1()));
        return List.copyOf(names);
    }

    /** The 二级 families of a 一级 label (legacy labels accepted), in file order. */
    public List<Family> level2Of(String level1) {
        String l1 = canonicalLevel1(level1);
        return byPair.values().stream().filter(f -> f.level1().equals(l1)).toList();
    }

    /** Every family in file order. */
    public List<Family> families() {
        return List.copyOf(byPair.values());
    }

    /** The current name of a printed 一级 label: legacy labels mapped, presentation normalised. */
    public static String canonicalLevel1(String printed) {
        String name = Names.normalize(printed);
        return LEGACY_LEVEL1.getOrDefault(name, name);
    }

    /**
     * The family a printed (一级, 二级) pair belongs to. Legacy 一级 labels are mapped; a 二级 without the 指标
     * suffix ("数量") is completed; under a legacy label, a 二级 found in exactly one other family is accepted
     * there (项目效益 / 满意度指标 → 满意度指标 / 服务对象满意度指标).
     */
    public Optional<Family> resolve(String level1, String level2) {
        String l1 = canonicalLevel1(level1);
        String l2 = Names.normalize(level2);
        l2 = LEVEL2_ALIASES.getOrDefault(l2, l2);
        if (!l2.isEmpty() && !l2.endsWith("指标")) {
            l2 = LEVEL2_ALIASES.getOrDefault(l2 + "指标", l2 + "指标");
        }
        Family direct = byPair.get(l1 + "/" + l2);
        if (direct != null) {
            return Optional.of(direct);
        }
        if (LEGACY_LEVEL1.containsKey(Names.normalize(level1))) {
            String wanted = l2;
            List<Family> elsewhere = byPair.values().stream()
                    .filter(f -> f.level2().equals(wanted))
                    .toList();
            if (elsewhere.size() == 1) {
                return Optional.of(elsewhere.get(0));
            }
        }
        return Optional.empty();
    }

    private static List<String> operators(String text) {
        List<String> out = new ArrayList<>();
        for (String sign : List.of("≥", "≤", "=", ">", "<")) {
            if (text.contains(sign)) {
                out.add(sign);
            }
        }
        return List.copyOf(out);
    }

    private static List<String> units(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,;，；]"))
                .map(String::strip)
                .map(u -> u.startsWith("or ") ? u.substring(3).strip() : u)
                .map(u -> u.replace("'", ""))
                .filter(u -> !u.isEmpty())
                .toList();
    }
}
