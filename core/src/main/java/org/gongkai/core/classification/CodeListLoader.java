package org.gongkai.core.classification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongkai.core.classification.CodeEntry.Level;

/**
 * Builds a {@link CodeList} from CSV text and validates it, collecting every problem with its line number:
 * code format by level, level ↔ length, parent present and a prefix of the code, duplicates, empty names and
 * unknown confidence values. Rows with a malformed or duplicate code are left out of the list; other rows are kept.
 */
final class CodeListLoader {
    /** Confidence values the shipped files use, plus {@code official} for a finance bureau's list. */
    static final Set<String> CONFIDENCES = Set.of("verified", "high", "official");

    static final String OFFICIAL = "official";

    /** Chinese column names a finance bureau's export may use, mapped to ours. */
    private static final Map<String, String> HEADER_ALIASES = Map.of(
            "科目编码", "code",
            "编码", "code",
            "科目代码", "code",
            "科目名称", "name",
            "名称", "name",
            "级次", "level",
            "上级编码", "parent",
            "可信度", "confidence");

    /** A loaded list and what was wrong with its source. */
    record Result(CodeList list, List<LoadProblem> problems) {}

    private CodeListLoader() {}

    /**
     * Loads a shipped list: columns code, level, name, parent and confidence are required.
     */
    static Result shipped(CodeScheme scheme, String source, String text) {
        return load(scheme, source, text, true, new CodeList(scheme, List.of()));
    }

    /**
     * Loads a finance bureau's official list: code and name are required; level, parent and confidence are
     * optional (derived from the code when absent; confidence becomes {@code official}). Parents may be found in
     * {@code base} when the official text lists only part of the tree.
     */
    static Result official(CodeScheme scheme, String source, String text, CodeList base) {
        return load(scheme, source, text, false, base);
    }

    private static Result load(CodeScheme scheme, String source, String text, boolean strict, CodeList base) {
        Csv.Table parsed = Csv.parse(source, text);
        Csv.Table table = new Csv.Table(
                source,
                parsed.header().stream()
                        .map(h -> HEADER_ALIASES.getOrDefault(h, h))
                        .toList(),
                parsed.rows(),
                parsed.problems());
        List<LoadProblem> problems = new ArrayList<>(table.problems());
        List<String> required =
                strict ? List.of("code", "level", "name", "parent", "confidence") : List.of("code", "name");
        Optional<LoadProblem> header = table.missingColumns(required);
        if (header.isPresent()) {
            problems.add(header.get());
            return new Result(new CodeList(scheme, List.of()), List.copyOf(problems));
        }
        Map<String, CodeEntry> entries = new HashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        for (Csv.Row row : table.rows()) {
            Map<String, String> f = table.asMap(row);
            readRow(scheme, source, row.line(), f, strict, entries, lineOf, problems);
        }
        // Parents are checked once all rows are in, so the file order does not matter.
        for (CodeEntry e : entries.values()) {
            if (!e.parent().isEmpty() && !entries.containsKey(e.parent()) && !base.contains(e.parent())) {
                problems.add(
                        new LoadProblem(source, lineOf.get(e.code()), "编码" + e.code() + "的上级" + e.parent() + "不存在"));
            }
        }
        problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new Result(new CodeList(scheme, entries.values()), List.copyOf(problems));
    }

    private static void readRow(
            CodeScheme scheme,
            String source,
            int line,
            Map<String, String> f,
            boolean strict,
            Map<String, CodeEntry> entries,
            Map<String, Integer> lineOf,
            List<LoadProblem> problems) {
        String code = f.getOrDefault("code", "").strip();
        if (!strict && !Codes.normalize(code).isEmpty()) {
            code = Codes.normalize(code); // official exports often print 类/款/项 split: "201 05 04"
        }
        String name = f.getOrDefault("name", "").strip();
        String levelText = f.getOrDefault("level", "").strip();
        String parent = f.getOrDefault("parent", "").strip();
        String confidence = f.getOrDefault("confidence", "").strip();
        if (!Codes.isDigits(code)) {
            problems.add(new LoadProblem(source, line, "编码“" + code + "”应为纯数字"));
            return;
        }
        Optional<Level> byLength = scheme.levelOfLength(code.length());
        if (byLength.isEmpty()) {
            problems.add(new LoadProblem(
                    source,
                    line,
                    "编码" + code + "为" + code.length() + "位，" + scheme.label() + "应为" + scheme.allowedLengths()));
            return;
        }
        Level level = byLength.get();
        if (strict || !levelText.isEmpty()) {
            Optional<Level> stated = scheme.levelOfLabel(levelText);
            if (stated.isEmpty()) {
                problems.add(new LoadProblem(source, line, "编码" + code + "的级次“" + levelText + "”无效，应为类、款或项"));
            } else if (stated.get() != level) {
                problems.add(new LoadProblem(
                        source, line, "编码" + code + "标为" + levelText + "，但" + code.length() + "位编码应为" + level.label()));
            }
        }
        String expectedParent = level == Level.CLASS ? "" : code.substring(0, code.length() - 2);
        if (strict || !parent.isEmpty()) {
            if (!parent.equals(expectedParent)) {
                problems.add(new LoadProblem(
                        source,
                        line,
                        level == Level.CLASS
                                ? "类" + code + "不应有上级（写了“" + parent + "”）"
                                : "编码" + code + "的上级应为" + expectedParent + "，写的是“" + parent + "”"));
            }
        }
        if (name.isEmpty()) {
            problems.add(new LoadProblem(source, line, "编码" + code + "的名称为空"));
        }
        if (!strict && confidence.isEmpty()) {
            confidence = OFFICIAL;
        }
        if (!CONFIDENCES.contains(confidence)) {
            problems.add(new LoadProblem(
                    source, line, "编码" + code + "的可信度“" + confidence + "”未知，应为 verified、high 或 official"));
        }
        if (entries.containsKey(code)) {
            problems.add(new LoadProblem(source, line, "编码" + code + "重复（第" + lineOf.get(code) + "行已有）"));
            return;
        }
        entries.put(code, new CodeEntry(code, level, name, expectedParent, confidence));
        lineOf.put(code, line);
    }
}
