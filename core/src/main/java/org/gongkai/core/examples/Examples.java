package org.gongkai.core.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.gongkai.core.budget.Budget;
import org.gongkai.core.json.BudgetCodec;

/**
 * Example budgets shipped with Gongkai, so a newcomer can try every command at once and tests have a
 * complete real-world case.
 */
public final class Examples {
    private static final String KEZHOU_2021 = "kezhou-2021.json";

    private Examples() {}

    /**
     * The budget JSON that reconstructs the 克州电子政务服务中心 2021 example disclosure, with a {@code notes}
     * array recording every choice made where the example contradicts itself.
     */
    public static String kezhou2021Json() {
        return resource(KEZHOU_2021);
    }

    /** The 克州 2021 example read as a budget. */
    public static Budget kezhou2021() {
        return BudgetCodec.read(kezhou2021Json());
    }

    private static String resource(String name) {
        try (InputStream in = Examples.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("缺少内置示例：" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取内置示例：" + name, e);
        }
    }
}
