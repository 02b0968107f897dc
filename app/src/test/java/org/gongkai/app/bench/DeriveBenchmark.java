package org.gongkai.app.bench;

import java.util.concurrent.TimeUnit;
import org.gongkai.core.budget.Budget;
import org.gongkai.core.classification.Classifications;
import org.gongkai.core.classification.ReferenceData;
import org.gongkai.core.derive.Derivation;
import org.gongkai.core.derive.Deriver;
import org.gongkai.core.examples.Examples;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Warm time of one derivation of the 克州 2021 example: Budget → complete Disclosure (target < 1 ms). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DeriveBenchmark {
    private Budget budget;
    private Classifications codes;

    @Setup
    public void setUp() {
        budget = Examples.kezhou2021();
        codes = ReferenceData.forYear(budget.classificationYear());
    }

    @Benchmark
    public Derivation deriveExample() {
        return Deriver.derive(budget, codes);
    }
}
