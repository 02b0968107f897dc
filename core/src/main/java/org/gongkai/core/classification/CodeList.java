package org.gongkai.core.classification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One classification list (e.g. 支出功能分类 of a year), indexed for look-ups by code, by name and along the
 * 类/款/项 tree, and able to check a printed code and name. Immutable; built by {@link CodeListLoader}.
 */
public final class CodeList {
    private final CodeScheme scheme;
    private final TreeMap<String, CodeEntry> byCode;
    private final Map<String, List<CodeEntry>> children;
    private final Map<String, List<CodeEntry>> byExactName;
    private final Map<String, List<CodeEntry>> byNormalName;
    private final Map<String, String> normalNameOf;
    private final List<CodeEntry> classes;

    CodeList(CodeScheme scheme, Collection<CodeEntry> entries) {
        this.scheme = scheme;
        this.byCode = new TreeMap<>();
        for (CodeEntry e : entries) {
            byCode.put(e.code(), e);
        }
        Map<String, List<CodeEntry>> kids = new HashMap<>();
        Map<String, List<CodeEntry>> exact = new HashMap<>();
        Map<String, List<CodeEntry>> normal = new HashMap<>();
        Map<String, String> normalOf = new HashMap<>();
        for (CodeEntry e : byCode.values()) { // code order, so every bucket is in code order too
            if (!e.parent().isEmpty()) {
                kids.computeIfAbsent(e.parent(), k -> new ArrayList<>()).add(e);
            }
            exact.computeIfAbsent(e.name(), k -> new ArrayList<>()).add(e);
            String normalName = Names.normalize(e.name());
            normalOf.put(e.code(), normalName);
            normal.computeIfAbsent(normalName, k -> new ArrayList<>()).add(e);
        }
        this.children = freeze(kids);
        this.byExactName = freeze(exact);
        this.byNormalName = freeze(normal);
        this.normalNameOf = Map.copyOf(normalOf);
        this.classes =
                byCode.values().stream().filter(e -> e.parent().isEmpty()).toList();
    }

    private static Map<String, List<CodeEntry>> freeze(Map<String, List<CodeEntry>> map) {
        Map<String, List<CodeEntry>> out = new HashMap<>();
        map.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Map.copyOf(out);
    }

    /** A list with no codes (e.g. the start of an official list). */
    public static CodeList empty(CodeScheme scheme) {
        return new CodeList(scheme, List.of());
    }

    /** Which list this is. */
    public CodeScheme scheme() {
        return scheme;
    }

    /** Number of codes held. */
    public int size() {
        return byCode.size();
    }

    /** Every entry in code order. */
    public List<CodeEntry> all() {
        return List.copyOf(byCode.values());
    }

    /** Entry by code; the code may be printed split ("201 05 04"). */
    public Optional<CodeEntry> get(String code) {
        String digits = Codes.normalize(code);
        return digits.isEmpty() ? Optional.empty() : Optional.ofNullable(byCode.get(digits));
    }

    /** True when the code (joined or split) is in the list. */
    public boolean contains(String code) {
        return get(code).isPresent();
    }

    /** Every 类 in code order. */
    public List<CodeEntry> classes() {
        return classes;
    }

    /** Entries whose official name is exactly the given text, in code order. */
    public List<CodeEntry> byName(String name) {
        return byExactName.getOrDefault(name, List.of());
    }

    /** Entries whose name equals the given one after {@link Names#normalize(String)}, in code order. */
    public List<CodeEntry> byNormalizedName(String name) {
        return byNormalName.getOrDefault(Names.normalize(name), List.of());
    }

    /** The parent entry (empty for a 类, or when the code is not held). */
    public Optional<CodeEntry> parent(String code) {
        return get(code)
                .flatMap(e -> e.parent().isEmpty() ? Optional.empty() : Optional.ofNullable(byCode.get(e.parent())));
    }

    /** Direct children in code order (empty when none are held: the lists are incomplete). */
    public List<CodeEntry> children(String code) {
        return children.getOrDefault(Codes.normalize(code), List.of());
    }

    /** All held descendants of a code, in code order. */
    public List<CodeEntry> descendants(String code) {
        String prefix = Codes.normalize(code);
        if (prefix.isEmpty()) {
            return List.of();
        }
        return byCode.subMap(prefix, false, prefix + Character.MAX_VALUE, false).values().stream()
                .toList();
    }

    /** Ancestors from the 类 down to the direct parent; empty for a 类 or an unknown code. */
    public List<CodeEntry> ancestors(String code) {
        List<CodeEntry> chain = new ArrayList<>();
        Optional<CodeEntry> current = parent(code);
        while (current.isPresent()) {
            chain.add(0, current.get());
            current = parent(current.get().code());
        }
        return List.copyOf(chain);
    }

    /**
     * Candidate codes for a printed name, best first: entries under {@code parentCode} (any depth; the whole list
     * when blank) whose name equals the printed one after normalisation, then those whose normalised name contains
     * it or is contained in it (e.g. "信息事务" → 2010504 信息事务, and also 20105 统计信息事务). For proposing fixes.
     */
    public List<CodeEntry> candidates(String printedName, String parentCode) {
        String wanted = Names.normalize(printedName);
        if (wanted.isEmpty()) {
            return List.of();
        }
        String parent = Codes.normalize(parentCode);
        Collection<CodeEntry> scope = parent.isEmpty() ? byCode.values() : descendants(parent);
        Map<String, CodeEntry> exact = new LinkedHashMap<>();
        List<CodeEntry> partial = new ArrayList<>();
        for (CodeEntry e : scope) {
            String name = normalNameOf.get(e.code());
            if (name.equals(wanted)) {
                exact.put(e.code(), e);
            } else if (name.contains(wanted) || wanted.contains(name)) {
                partial.add(e);
            }
        }
        // Closer lengths first among partial matches: "信息事务" prefers "统计信息事务" over a long 其他… name.
        partial.sort(Comparator.comparingInt(
                        (CodeEntry e) -> Math.abs(Names.normalize(e.name()).length() - wanted.length()))
                .thenComparing(CodeEntry::code));
        List<CodeEntry> out = new ArrayList<>(exact.values());
        out.addAll(partial);
        return List.copyOf(out);
    }

    /**
     * Checks a printed code and, when not blank, the name printed with it. MALFORMED: not digits, a length the
     * scheme does not have, or a 款/项 whose 类 does not exist. UNKNOWN: well formed but not held (the lists are
     * incomplete; not an error by itself). NAME_MISMATCH: held, but the name differs after normalisation.
     */
    public CodeCheck check(String printedCode, String printedName) {
        String shown = printedCode == null ? "" : printedCode.strip();
        String code = Codes.normalize(printedCode);
        if (code.isEmpty()) {
            return new CodeCheck(CodeStatus.MALFORMED, "", scheme.label() + "编码“" + shown + "”不是数字编码");
        }
        if (scheme.levelOfLength(code.length()).isEmpty()) {
            return new CodeCheck(
                    CodeStatus.MALFORMED,
                    "",
                    scheme.label() + "编码“" + shown + "”为" + code.length() + "位，应为" + scheme.allowedLengths());
        }
        String classCode = code.substring(0, 3);
        if (code.length() > 3 && !byCode.containsKey(classCode)) {
            return new CodeCheck(
                    CodeStatus.MALFORMED, "", scheme.label() + "编码“" + shown + "”所属的类" + classCode + "不存在");
        }
        CodeEntry entry = byCode.get(code);
        if (entry == null) {
            return new CodeCheck(
                    CodeStatus.UNKNOWN, "", scheme.label() + "编码" + code + "不在 Gongkai 所持科目表中（科目表不完整，请对照财政部门当年科目核实）");
        }
        if (printedName != null
                && !printedName.isBlank()
                && !Names.normalize(printedName).equals(normalNameOf.get(code))) {
            return new CodeCheck(
                    CodeStatus.NAME_MISMATCH,
                    entry.name(),
                    scheme.label() + "编码" + code + "的规范名称为“" + entry.name() + "”，文中印为“" + printedName.strip() + "”");
        }
        return new CodeCheck(CodeStatus.VALID, entry.name(), "");
    }

    /** This list with the entries of {@code official} replacing or adding to its own (official names win). */
    CodeList overlaidWith(CodeList official) {
        Map<String, CodeEntry> merged = new TreeMap<>(byCode);
        merged.putAll(official.byCode);
        return new CodeList(scheme, merged.values());
    }
}
