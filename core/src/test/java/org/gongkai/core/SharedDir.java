package org.gongkai.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the project's read-only {@code shared/} folder (examples, corpus, reference) beside the checkout:
 * walks up from the working directory. Tests that need it skip when it is absent. The formats and app
 * tests use this same class through core's test-jar.
 */
public final class SharedDir {
    private SharedDir() {}

    public static Optional<Path> find() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared");
            if (Files.isDirectory(candidate.resolve("examples"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The shared folder, or skips the calling test. */
    public static Path require() {
        Optional<Path> dir = find();
        Assumptions.assumeTrue(dir.isPresent(), "shared/ folder not found beside the checkout");
        return dir.get();
    }

    /** The reference example text (克州 2021). */
    public static Path example() {
        return require().resolve("examples/000_090e05aebff4dfbf.txt");
    }

    /** A file of shared/corpus-dev. */
    public static Path corpus(String name) {
        return require().resolve("corpus-dev").resolve(name);
    }
}
