package org.gongkai.app.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gongkai.core.SharedDir;
import org.gongkai.core.audit.AuditContext;
import org.gongkai.core.audit.Auditor;
import org.gongkai.core.audit.Finding;
import org.gongkai.core.classification.Classifications;
import org.gongkai.core.classification.ReferenceData;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.formats.read.ReadResult;
import org.gongkai.formats.read.Readers;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Audit speed on real documents: {@code readAndAudit} is the whole process for one file (read, extract
 * text — with positions for PDF —, assemble, audit); {@code auditOnly} runs the rule catalogue over an
 * already-read disclosure. Files are found in shared/ beside the checkout.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AuditBenchmark {
    @Param({
        "examples/000_090e05aebff4dfbf.txt",
        "corpus-dev/011_putuo_zhengfuban_2025_dept_budget.pdf",
        "corpus-dev/007_shanghai_bumenjuesuan_moban_2024_template.pdf"
    })
    public String document;

    private Path file;
    private Disclosure disclosure;
    private Classifications codes;

    @Setup
    public void setUp() throws Exception {
        file = SharedDir.find()
                .orElseThrow(() -> new IllegalStateException("shared/ not found beside the checkout"))
                .resolve(document);
        ReadResult read = Readers.read(file);
        disclosure = read.disclosure();
        int year = disclosure.info().fiscalYear() > 0 ? disclosure.info().fiscalYear() : 2021;
        codes = ReferenceData.forYear(year);
    }

    @Benchmark
    public List<Finding> readAndAudit() throws Exception {
        Disclosure d = Readers.read(file).disclosure();
        return Auditor.standard().audit(AuditContext.of(d, codes));
    }

    @Benchmark
    public List<Finding> auditOnly() {
        return Auditor.standard().audit(AuditContext.of(disclosure, codes));
    }

    /** The same audit with every rule on the calling thread: the work of one audit, without the helper lanes. */
    @Benchmark
    public List<Finding> auditOneLane() {
        return ONE_LANE.audit(AuditContext.of(disclosure, codes));
    }

    private static final Auditor ONE_LANE = Auditor.standard().withLanes(1);
}
