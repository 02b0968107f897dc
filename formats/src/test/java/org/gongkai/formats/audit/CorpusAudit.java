package org.gongkai.formats.audit;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.gongkai.core.SharedDir;
import org.gongkai.core.audit.AuditContext;
import org.gongkai.core.audit.Auditor;
import org.gongkai.core.audit.Finding;
import org.gongkai.core.classification.ReferenceData;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.formats.read.Readers;

/** Audits a real document as the CLI does (the standard catalogue, the lists of its year), for corpus tests. */
final class CorpusAudit {
    private CorpusAudit() {}

    static List<Finding> audit(Path file) throws Exception {
        Disclosure d = Readers.read(file).disclosure();
        return Auditor.standard()
                .audit(AuditContext.of(d, ReferenceData.forYear(d.info().fiscalYear())));
    }

    /** A file of corpus-dev by name (the test is skipped when the shared folder is absent). */
    static List<Finding> audit(String corpusName) throws Exception {
        return audit(SharedDir.corpus(corpusName));
    }

    /** One line per finding, rule ID and message: the description an assertion shows when it fails. */
    static String describe(List<Finding> findings) {
        return findings.stream().map(f -> f.ruleId() + " " + f.message()).collect(Collectors.joining("\n"));
    }
}
