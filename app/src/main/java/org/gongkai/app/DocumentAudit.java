package org.gongkai.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.audit.AuditContext;
import org.gongkai.core.audit.AuditProfile;
import org.gongkai.core.audit.AuditResult;
import org.gongkai.core.audit.Auditor;
import org.gongkai.core.audit.Category;
import org.gongkai.core.audit.Finding;
import org.gongkai.core.audit.Location;
import org.gongkai.core.audit.Severity;
import org.gongkai.core.audit.cross.CrossDocumentAuditor;
import org.gongkai.core.classification.ReferenceData;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.DisclosureInfo;
import org.gongkai.formats.read.ReadNote;
import org.gongkai.formats.read.ReadResult;
import org.gongkai.formats.read.Readers;
import org.gongkai.formats.read.UnreadableDocumentException;
import org.gongkai.formats.report.CrossSection;

/** Reads one file and audits it: the unit of work of {@code gongkai audit}. */
final class DocumentAudit {
    /** Year of the code lists when a document does not say its year. */
    static final int FALLBACK_YEAR = 2021;

    private DocumentAudit() {}

    /** The outcome of one file: a result, or the reason it could not be read. */
    record Outcome(Path file, AuditResult result, Disclosure disclosure, String unreadable, long millis) {}

    static Outcome audit(Path file) {
        long start = System.nanoTime();
        ReadResult read;
        try {
            read = Readers.read(file);
        } catch (UnreadableDocumentException e) {
            return new Outcome(file, null, null, e.getMessage(), (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            // A reader defect must not end a batch: report the file as unreadable with the cause.
            return new Outcome(file, null, null, "读取时出现内部错误：" + e, (System.nanoTime() - start) / 1_000_000);
        }
        Disclosure d = read.disclosure();
        int year = d.info().fiscalYear() > 0 ? d.info().fiscalYear() : FALLBACK_YEAR;
        List<Finding> findings =
                new ArrayList<>(Auditor.standard().audit(AuditContext.of(d, ReferenceData.forYear(year))));
        for (ReadNote note : read.notes()) {
            findings.add(new Finding(
                    "READ.NOTE",
                    Severity.INFO,
                    Category.CONFORMITY,
                    "读取提示：" + note.message(),
                    List.of(new Location("", "", "", "", "", -1, -1, note.ref())),
                    "",
                    "",
                    "",
                    ""));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Outcome(file, new AuditResult(file.toString(), d.info(), findings), d, "", millis);
    }

    /**
     * The cross-document pass over the documents read in one run (部门 against its units' 单位 disclosures);
     * null when fewer than two documents were read. Places name each document by its file name.
     */
    static CrossSection crossCheck(List<Outcome> outcomes) {
        List<Disclosure> read = outcomes.stream()
                .filter(o -> o.disclosure() != null)
                .map(o -> named(o.disclosure(), o.file()))
                .toList();
        if (read.size() < 2) {
            return null;
        }
        CrossDocumentAuditor.Result r = new CrossDocumentAuditor(AuditProfile.DEFAULT).audit(read);
        return new CrossSection(
                r.pairs().stream().map(CrossDocumentAuditor.Pair::describe).toList(), r.findings());
    }

    private static Disclosure named(Disclosure d, Path file) {
        DisclosureInfo i = d.info();
        String name = file.getFileName().toString();
        return new Disclosure(
                new DisclosureInfo(i.unitName(), i.fiscalYear(), i.kind(), i.templateId(), i.title(), name),
                d.blocks());
    }
}
