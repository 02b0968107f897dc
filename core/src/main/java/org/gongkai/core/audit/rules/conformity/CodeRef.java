package org.gongkai.core.audit.rules.conformity;

import org.gongkai.core.audit.Location;

/**
 * One classification code as printed somewhere: in a table row or in a narrative sentence.
 *
 * @param raw the code as printed, digits joined ("2010504"); may be malformed
 * @param name the name printed with it, as printed; empty when none
 * @param list which code list it belongs to (by its leading digit)
 * @param wellFormed true when {@code raw} is 3, 5 or 7 digits with well-formed parts
 * @param where the place it is printed
 * @param place short description of the place for messages ("表五", "正文")
 * @param inTable true for table rows, false for narrative mentions
 * @param overlapped true when a split 款/项 part was printed one digit too long, repeating the parent's last digit
 *     ("301" | "103" for 30103); {@code raw} is then the code meant
 */
record CodeRef(
        String raw,
        String name,
        CodeList list,
        boolean wellFormed,
        Location where,
        String place,
        boolean inTable,
        boolean overlapped) {

    /** The lists a code can belong to, told apart by the first digit. */
    enum CodeList {
        FUNCTION("支出功能分类"),
        DEPARTMENT_ECONOMIC("部门预算支出经济分类"),
        GOVERNMENT_ECONOMIC("政府预算支出经济分类"),
        OTHER("");

        private final String label;

        CodeList(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }

        static CodeList of(String code) {
            if (code.isEmpty()) {
                return OTHER;
            }
            return switch (code.charAt(0)) {
                case '2' -> FUNCTION;
                case '3' -> DEPARTMENT_ECONOMIC;
                case '5' -> GOVERNMENT_ECONOMIC;
                default -> OTHER;
            };
        }
    }

    String level() {
        return switch (raw.length()) {
            case 3 -> "类";
            case 5 -> "款";
            case 7 -> "项";
            default -> "";
        };
    }
}
