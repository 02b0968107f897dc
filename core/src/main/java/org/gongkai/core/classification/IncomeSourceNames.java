package org.gongkai.core.classification;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.gongkai.core.budget.IncomeSource;

/**
 * The names of income and balancing rows (收入/结转 rows of 表一, 表二, 表四) in budgets and in final accounts
 * (决算), from {@code income-sources.csv}: key → 预算 name, 决算 name. Loaded once; problems are kept, not thrown.
 */
public final class IncomeSourceNames {
    static final String RESOURCE = "income-sources.csv";

    /**
     * One row.
     *
     * @param key stable key (e.g. {@code GP_APPROP})
     * @param budgetName the name printed in budgets; empty when budgets have no such row
     * @param finalAccountsName the name printed in 决算; empty when 决算 has no row of its own (see the note)
     * @param note what the file says beside a name (older names, where 决算 reports the money instead)
     * @param xinjiangLabels labels of the 2021 Xinjiang template, as written in the file
     * @param side {@code income} or {@code expenditure}
     * @param group 本年收入, subtotal, balancing or total
     * @param fundNature 资金性质 as written in the file
     */
    public record Entry(
            String key,
            String budgetName,
            String finalAccountsName,
            String note,
            String xinjiangLabels,
            String side,
            String group,
            String fundNature) {}

    /** Which row of the file each budget-model income source is printed as (the enum keys predate the file's). */
    private static final Map<IncomeSource, String> KEY_OF_SOURCE = new EnumMap<>(Map.ofEntries(
            Map.entry(IncomeSource.GP_APPROP, "GP_APPROP"),
            Map.entry(IncomeSource.GF_APPROP, "GF_APPROP"),
            Map.entry(IncomeSource.SOE_APPROP, "SOE_APPROP"),
            Map.entry(IncomeSource.FIN_SPECIAL, "FIN_SPECIAL"),
            Map.entry(IncomeSource.PUBLIC_SERVICE, "BUSINESS"),
            Map.entry(IncomeSource.SUPERIOR_SUBSIDY, "UPPER_SUBSIDY"),
            Map.entry(IncomeSource.OPERATING, "OPERATING"),
            Map.entry(IncomeSource.SUBORDINATE_REMIT, "SUBSIDIARY"),
            Map.entry(IncomeSource.OTHER, "OTHER"),
            Map.entry(IncomeSource.SUPERIOR_SPECIAL, "UPPER_SPECIAL"),
            Map.entry(IncomeSource.CAREER_FUND_MAKEUP, "USE_BUSINESS_FUND"),
            Map.entry(IncomeSource.CARRY_OVER, "PRIOR_CARRYOVER")));

    private static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Set<String> SIDES = Set.of("income", "expenditure");
    private static final Set<String> GROUPS = Set.of("本年收入", "subtotal", "balancing", "total");
    private static final Set<String> CONFIDENCES = Set.of("verified", "high");
    private static final List<String> REQUIRED =
            List.of("key", "name_budget", "name_final_accounts", "side", "group", "confidence");

    private final Map<String, Entry> byKey;
    private final List<LoadProblem> problems;

    private IncomeSourceNames(Map<String, Entry> byKey, List<LoadProblem> problems) {
        this.byKey = byKey;
        this.problems = List.copyOf(problems);
    }

    private static final class Shipped {
        static final IncomeSourceNames INSTANCE;

        static {
            List<LoadProblem> readProblems = new ArrayList<>();
            String text = ReferenceData.read(RESOURCE, readProblems);
            IncomeSourceNames parsed = parse(RESOURCE, text);
            readProblems.addAll(parsed.problems);
            INSTANCE = new IncomeSourceNames(parsed.byKey, readProblems);
        }
    }

    /** The shipped names (loaded once). */
    public static IncomeSourceNames shipped() {
        return Shipped.INSTANCE;
    }

    /** Parses and validates text in the format of {@code income-sources.csv}. */
    public static IncomeSourceNames parse(String source, String csvText) {
        Csv.Table table = Csv.parse(source, csvText);
        List<LoadProblem> problems = new ArrayList<>(table.problems());
        Optional<LoadProblem> header = table.missingColumns(REQUIRED);
        if (header.isPresent()) {
            problems.add(header.get());
            return new IncomeSourceNames(Map.of(), problems);
        }
        Map<String, Entry> byKey = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        for (Csv.Row row : table.rows()) {
            Map<String, String> f = table.asMap(row);
            int line = row.line();
            String key = f.get("key").strip();
            if (!KEY.matcher(key).matches()) {
                problems.add(new LoadProblem(source, line, "键“" + key + "”应为大写字母、数字和下划线"));
                continue;
            }
            if (byKey.containsKey(key)) {
                problems.add(new LoadProblem(source, line, "键" + key + "重复（第" + lineOf.get(key) + "行已有）"));
                continue;
            }
            String[] budget = splitNote(f.get("name_budget"));
            String[] fin = splitNote(f.get("name_final_accounts"));
            if (budget[0].isEmpty() && fin[0].isEmpty()) {
                problems.add(new LoadProblem(source, line, key + "的预算名称和决算名称都为空"));
            }
            check(SIDES, f.get("side"), source, line, key + "的收支方向", problems);
            check(GROUPS, f.get("group"), source, line, key + "的分组", problems);
            String confidence = f.get("confidence").strip();
            // "verified (name only)" qualifies a known value; the first word is what counts
            check(CONFIDENCES, confidence.split("\\s+", 2)[0], source, line, key + "的可信度", problems);
            String note = String.join(
                    "；",
                    List.of(budget[1], fin[1]).stream()
                            .filter(s -> !s.isEmpty())
                            .toList());
            byKey.put(
                    key,
                    new Entry(
                            key,
                            budget[0],
                            fin[0],
                            note,
                            f.getOrDefault("name_xinjiang_2021_seed", "").strip(),
                            f.get("side").strip(),
                            f.get("group").strip(),
                            f.getOrDefault("fund_nature", "").strip()));
            lineOf.put(key, line);
        }
        if (!byKey.isEmpty()) {
            KEY_OF_SOURCE.forEach((s, k) -> {
                if (!byKey.containsKey(k)) {
                    problems.add(new LoadProblem(source, 0, "缺少收入来源 " + s + " 对应的行 " + k));
                }
            });
        }
        return new IncomeSourceNames(Collections.unmodifiableMap(byKey), problems);
    }

    /** Every problem found when loading. */
    public List<LoadProblem> problems() {
        return problems;
    }

    /** Row by key. */
    public Optional<Entry> get(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The row a budget-model income source is printed as. */
    public Optional<Entry> forSource(IncomeSource source) {
        return get(KEY_OF_SOURCE.get(source));
    }

    /** Rows whose budget or 决算 name equals the printed name after {@link Names#normalize(String)}. */
    public List<Entry> byPrintedName(String printed) {
        String wanted = Names.normalize(printed);
        return all().stream()
                .filter(e -> (!e.budgetName().isEmpty()
                                && Names.normalize(e.budgetName()).equals(wanted))
                        || (!e.finalAccountsName().isEmpty()
                                && Names.normalize(e.finalAccountsName()).equals(wanted)))
                .toList();
    }

    /** Every row, in file order (income rows first, in the order 表一 prints them). */
    public List<Entry> all() {
        return List.copyOf(byKey.values());
    }

    /**
     * Splits "name (note)" into name and note. A field that is only a parenthesised note has no name. Only an
     * ASCII " (" opens a note: full-width brackets belong to names such as 上年结转（结余）.
     */
    static String[] splitNote(String field) {
        String text = field == null ? "" : field.strip();
        if (text.startsWith("(") && text.endsWith(")")) {
            return new String[] {"", text.substring(1, text.length() - 1).strip()};
        }
        int open = text.indexOf(" (");
        if (open > 0 && text.endsWith(")")) {
            return new String[] {
                text.substring(0, open).strip(),
                text.substring(open + 2, text.length() - 1).strip()
            };
        }
        return new String[] {text, ""};
    }

    private static void check(
            Set<String> allowed, String value, String source, int line, String what, List<LoadProblem> problems) {
        String v = value == null ? "" : value.strip();
        if (!allowed.contains(v)) {
            problems.add(new LoadProblem(
                    source,
                    line,
                    what + "“" + v + "”未知，应为 "
                            + String.join("、", allowed.stream().sorted().toList())));
        }
    }
}
