package org.gongkai.core.classification;

/**
 * One code of a classification list.
 *
 * @param code the code (digits only)
 * @param level 类, 款 or 项
 * @param name the official name
 * @param parent the parent code; empty for a 类
 * @param confidence {@code verified} or {@code high} (see shared reference README)
 */
public record CodeEntry(String code, Level level, String name, String parent, String confidence) {
    /** Levels of a classification code. */
    public enum Level {
        /** 类. */
        CLASS("类"),
        /** 款. */
        SECTION("款"),
        /** 项. */
        ITEM("项");

        private final String label;

        Level(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
