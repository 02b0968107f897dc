package org.gongkai.core.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test that asserts rule {@link #value()} stays silent on a document that is right. {@link RuleMetaTest}
 * checks that every catalogued rule has at least one such test and one {@link Fires} test.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(Silent.List.class)
public @interface Silent {
    /** Placeholder value: the first argument of each case of the test's {@code @MethodSource} is a rule ID. */
    String FIRST_ARGUMENT = "{0}";

    /** The rule ID, or {@link #FIRST_ARGUMENT} on a parameterized test whose cases start with the rule ID. */
    String value();

    /** Container for repeated {@link Silent}. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface List {
        Silent[] value();
    }
}
