package org.gongkai.core.audit.rules.conformity;

import java.util.Optional;
import org.gongkai.core.audit.AuditContext;
import org.gongkai.core.classification.Classifications;
import org.gongkai.core.classification.CodeCheck;
import org.gongkai.core.classification.CodeEntry;
import org.gongkai.core.classification.CodeStatus;

/**
 * The verdict on one printed code against the year's lists, with Gongkai's tolerance for the usual short forms
 * of names ("一般公共服务" for 一般公共服务支出, "（类）" suffixes, full-width brackets).
 *
 * @param status the verdict
 * @param officialName the official name when the code is known
 * @param verified true when the official entry was seen in a published source (not author knowledge)
 */
record CodeVerdict(CodeStatus status, String officialName, boolean verified) {

    /** Context memo key of the verdicts reached in one audit (code rules ask about the same refs). */
    private static final Object VERDICTS = new Object();

    private static final java.util.regex.Pattern LEVEL_SUFFIX = java.util.regex.Pattern.compile("\\((类|款|项)\\)$");

    /** The verdict on a ref of the context's disclosure, reached once per audit. */
    static CodeVerdict of(AuditContext c, CodeRef ref) {
        java.util.Map<CodeRef, CodeVerdict> verdicts =
                c.memo(VERDICTS, x -> java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>()));
        return verdicts.computeIfAbsent(ref, r -> compute(c.classifications(), r));
    }

    private static CodeVerdict compute(Classifications lists, CodeRef ref) {
        if (!ref.wellFormed()) {
            return new CodeVerdict(CodeStatus.MALFORMED, "", false);
        }
        String printed = ref.name();
        return switch (ref.list()) {
            case FUNCTION -> fromCheck(lists.checkFunction(ref.raw(), printed), lists.function(ref.raw()), printed);
            case DEPARTMENT_ECONOMIC ->
                fromCheck(
                        lists.checkDepartmentEconomic(ref.raw(), printed),
                        lists.departmentEconomic(ref.raw()),
                        printed);
            case GOVERNMENT_ECONOMIC -> fromEntry(lists.governmentEconomic(ref.raw()), printed);
            case OTHER -> new CodeVerdict(CodeStatus.UNKNOWN, "", false);
        };
    }

    private static CodeVerdict fromCheck(CodeCheck check, Optional<CodeEntry> entry, String printed) {
        boolean verified = entry.map(e -> "verified".equals(e.confidence())).orElse(false);
        String official =
                check.officialName().isEmpty() ? entry.map(CodeEntry::name).orElse("") : check.officialName();
        CodeStatus status = check.status();
        if (status == CodeStatus.NAME_MISMATCH && sameName(printed, official)) {
            status = CodeStatus.VALID;
        }
        return new CodeVerdict(status, official, verified);
    }

    private static CodeVerdict fromEntry(Optional<CodeEntry> entry, String printed) {
        if (entry.isEmpty()) {
            return new CodeVerdict(CodeStatus.UNKNOWN, "", false);
        }
        CodeEntry e = entry.get();
        boolean verified = "verified".equals(e.confidence());
        CodeStatus status =
                printed.isEmpty() || sameName(printed, e.name()) ? CodeStatus.VALID : CodeStatus.NAME_MISMATCH;
        return new CodeVerdict(status, e.name(), verified);
    }

    /**
     * True for a narrative mention whose name is only part of the official one (a name cut by a line break, or the
     * official name followed by running text): not a contradiction.
     */
    static boolean partOfName(CodeRef ref, String official) {
        String printed = Texts.key(ref.name());
        String full = Texts.key(official);
        if (printed.chars().noneMatch(ch -> Texts.isHan((char) ch))) {
            return true; // "………" or digits: no name printed
        }
        if (ref.inTable()) {
            // a label wrapped over two rows: cut short, or carrying the previous row's tail
            return wrapped(printed, full);
        }
        return printed.length() >= 2 && (full.contains(printed) || printed.startsWith(full));
    }

    /** One name is the other cut by a line wrap: a prefix of at least four characters, or the tail of a longer one. */
    static boolean wrapped(String a, String b) {
        String x = Texts.key(a);
        String y = Texts.key(b);
        return (x.length() >= 4 && y.startsWith(x))
                || (y.length() >= 4 && x.startsWith(y))
                || (y.length() >= 4 && x.endsWith(y))
                || (x.length() >= 4 && y.endsWith(x));
    }

    /** Names equal up to white space, bracket width, a level suffix "（类）" and a dropped trailing "支出". */
    static boolean sameName(String printed, String official) {
        String a = LEVEL_SUFFIX.matcher(Texts.key(printed)).replaceAll("");
        String b = Texts.key(official);
        return a.isEmpty() || a.equals(b) || (a + "支出").equals(b) || a.equals(b + "支出");
    }
}
