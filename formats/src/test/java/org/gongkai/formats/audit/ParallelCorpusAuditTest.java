package org.gongkai.formats.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.gongkai.core.SharedDir;
import org.gongkai.core.audit.AuditContext;
import org.gongkai.core.audit.Auditor;
import org.gongkai.core.audit.Finding;
import org.gongkai.core.classification.Classifications;
import org.gongkai.core.classification.ReferenceData;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.formats.read.Readers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Real documents with many findings (and a cause rule dropping a cascade) audit alike on one and four lanes. */
class ParallelCorpusAuditTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "example",
                "004_putuo_wenlvju_2025_dept_final.json",
                "005_putuo_yichuanlujiedao_2025_dept_final.json",
                "007_shanghai_bumenjuesuan_moban_2024_template.txt",
                "011_putuo_zhengfuban_2025_dept_budget.pdf"
            })
    void lanesDoNotChangeTheFindings(String name) throws Exception {
        Path file = name.equals("example") ? SharedDir.example() : SharedDir.corpus(name);
        Disclosure d = Readers.read(file).disclosure();
        Classifications codes =
                ReferenceData.forYear(d.info().fiscalYear() > 0 ? d.info().fiscalYear() : 2021);
        List<Finding> one = Auditor.standard().withLanes(1).audit(AuditContext.of(d, codes));
        for (int i = 0; i < 5; i++) {
            assertThat(Auditor.standard().withLanes(4).audit(AuditContext.of(d, codes)))
                    .as("run %d", i)
                    .isEqualTo(one);
        }
    }
}
