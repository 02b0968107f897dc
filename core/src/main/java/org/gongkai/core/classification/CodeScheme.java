package org.gongkai.core.classification;

import java.util.Optional;
import org.gongkai.core.classification.CodeEntry.Level;

/** The three code lists Gongkai knows, with the code length of each level. */
public enum CodeScheme {
    /** 支出功能分类: 类 3 digits, 款 5, 项 7. */
    FUNCTION("支出功能分类", "function-classification.csv", true),
    /** 部门预算支出经济分类: 类 3 digits, 款 5. */
    DEPARTMENT_ECONOMIC("部门预算支出经济分类", "economic-classification-department.csv", false),
    /** 政府预算支出经济分类: 类 3 digits, 款 5. */
    GOVERNMENT_ECONOMIC("政府预算支出经济分类", "economic-classification-government.csv", false);

    private final String label;
    private final String resource;
    private final boolean hasItems;

    CodeScheme(String label, String resource, boolean hasItems) {
        this.label = label;
        this.resource = resource;
        this.hasItems = hasItems;
    }

    /** Chinese name of the list, for messages. */
    public String label() {
        return label;
    }

    /** File name of the shipped list under {@code org/gongkai/core/reference/}. */
    public String resource() {
        return resource;
    }

    /** The level a code of this length has in this scheme, if the length is allowed. */
    public Optional<Level> levelOfLength(int length) {
        return switch (length) {
            case 3 -> Optional.of(Level.CLASS);
            case 5 -> Optional.of(Level.SECTION);
            case 7 -> hasItems ? Optional.of(Level.ITEM) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** The code length of a level. */
    public static int lengthOf(Level level) {
        return switch (level) {
            case CLASS -> 3;
            case SECTION -> 5;
            case ITEM -> 7;
        };
    }

    /** Allowed lengths for messages, e.g. "3位（类）、5位（款）或7位（项）". */
    public String allowedLengths() {
        return hasItems ? "3位（类）、5位（款）或7位（项）" : "3位（类）或5位（款）";
    }

    /** The level whose Chinese label is given (类/款/项), if this scheme has it. */
    public Optional<Level> levelOfLabel(String label) {
        for (Level level : Level.values()) {
            if (level.label().equals(label) && levelOfLength(lengthOf(level)).isPresent()) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
