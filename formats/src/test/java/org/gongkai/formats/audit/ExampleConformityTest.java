package org.gongkai.formats.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongkai.core.SharedDir;
import org.gongkai.core.audit.AuditContext;
import org.gongkai.core.audit.Auditor;
import org.gongkai.core.audit.Finding;
import org.gongkai.core.audit.Severity;
import org.gongkai.core.audit.rules.conformity.ConformityRules;
import org.gongkai.core.classification.ReferenceData;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.formats.read.Readers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The conformity rules on the reference example (read by the text reader): every conformity mistake a careful
 * reviewer finds is reported at its place, and nothing consistent is flagged.
 */
class ExampleConformityTest {
    static List<Finding> findings;

    @BeforeAll
    static void audit() throws Exception {
        Disclosure d = Readers.read(SharedDir.example()).disclosure();
        findings = new Auditor(ConformityRules.all())
                .audit(AuditContext.of(d, ReferenceData.forYear(d.info().fiscalYear())));
    }

    private static List<Finding> of(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    @Test
    void exactlyTheseRulesFireAtErrorOrWarning() {
        Map<String, Integer> counts = new TreeMap<>();
        findings.stream()
                .filter(f -> f.severity() != Severity.INFO)
                .forEach(f -> counts.merge(f.ruleId(), 1, Integer::sum));
        assertThat(counts)
                .containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                        Map.entry("CODE.FUNC-NAME", 1),
                        Map.entry("CODE.FUNC-NAME-UNVERIFIED", 2),
                        Map.entry("CODE.ECON-NAME", 1),
                        Map.entry("CODE.NARR-NAME", 2),
                        Map.entry("CODE.NAME-VARIES", 1),
                        Map.entry("CODE.SPLIT-OVERLAP", 1),
                        Map.entry("DOC.EMPTY-NOTE-GARBLED", 1),
                        Map.entry("TGT.BAD-RATE-HIGH", 1),
                        Map.entry("TGT.BAD-RATE-OPERATOR", 1),
                        Map.entry("TGT.DATE-MALFORMED", 1),
                        Map.entry("TGT.GOAL-OFF-TOPIC", 1),
                        Map.entry("TGT.OPERATOR-MISSING", 20),
                        Map.entry("TGT.OTHER-BLANK", 1),
                        Map.entry("TGT.PROJECT-NAME", 1),
                        Map.entry("TGT.QUANTITY-LE", 3),
                        Map.entry("TGT.WRONG-FAMILY", 2),
                        Map.entry("TXT.GLOSSARY-TRUNCATED", 1),
                        Map.entry("TXT.REPEATED-PHRASE", 1),
                        Map.entry("TXT.UNIT-NAME-VARIANT", 2),
                        Map.entry("TXT.WRONG-YEAR", 1)));
    }

    @Test
    void classificationNames() {
        assertThat(of("CODE.FUNC-NAME")).singleElement().satisfies(f -> {
            assertThat(f.location().describe()).startsWith("表一 部门收支总体情况表／222 粮油物资管理支出");
            assertThat(f.expected()).isEqualTo("粮油物资储备支出");
        });
        assertThat(of("CODE.NAME-VARIES"))
                .singleElement()
                .satisfies(f -> assertThat(f.locations())
                        .extracting(l -> l.table())
                        .containsExactly("表四 财政拨款收支预算总体情况表", "表一 部门收支总体情况表"));
        assertThat(of("CODE.ECON-NAME")).singleElement().satisfies(f -> {
            assertThat(f.actual()).isEqualTo("其他商品服务支出");
            assertThat(f.expected()).isEqualTo("其他商品和服务支出");
        });
        assertThat(of("CODE.NARR-NAME")).extracting(Finding::actual).containsExactly("财政事务", "行政运行");
        assertThat(of("CODE.NARR-NAME")).extracting(Finding::expected).containsExactly("统计信息事务", "信息事务");
        assertThat(of("CODE.ORDER"))
                .singleElement()
                .satisfies(f -> assertThat(f.location().table()).isEqualTo("表六 一般公共预算基本支出情况表"));
    }

    @Test
    void emptyFundTableNote() {
        assertThat(of("DOC.EMPTY-NOTE-GARBLED")).singleElement().satisfies(f -> {
            assertThat(f.location().table()).isEqualTo("表九 政府性基金预算支出情况表");
            assertThat(f.actual()).contains("情况说明支出本表为空");
        });
        assertThat(of("DOC.EMPTY-NOTE-MISSING")).isEmpty();
        assertThat(of("DOC.FUND-STATEMENT")).isEmpty();
        assertThat(of("DOC.PERF-TABLE-COUNT")).isEmpty();
        assertThat(of("DOC.TABLE-MISSING")).isEmpty();
        assertThat(of("DOC.SECTION-MISSING")).isEmpty();
    }

    @Test
    void targetTables() {
        assertThat(of("TGT.BAD-RATE-HIGH")).singleElement().satisfies(f -> {
            assertThat(f.location().table()).isEqualTo("项目支出绩效目标表（综合治理专网租金费）");
            assertThat(f.actual()).isEqualTo("100%");
        });
        assertThat(of("TGT.GOAL-OFF-TOPIC"))
                .singleElement()
                .satisfies(f -> assertThat(f.location().table()).isEqualTo("项目支出绩效目标表（政府内网、电子政务外网维护费）"));
        assertThat(of("TGT.PROJECT-NAME")).singleElement().satisfies(f -> {
            assertThat(f.actual()).isEqualTo("电子政务外网三级等保测评服务费");
            assertThat(f.expected()).isEqualTo("电子政务外网三级等保测评费");
        });
        assertThat(of("TGT.DATE-MALFORMED"))
                .singleElement()
                .satisfies(f -> assertThat(f.actual()).isEqualTo("2021年12月1"));
        assertThat(of("TGT.WRONG-FAMILY"))
                .extracting(f -> f.location().row())
                .containsExactly("经济效益指标／数据共享率（%）", "质量指标／合同签订宽带（兆）");
        assertThat(of("TGT.QUANTITY-LE")).extracting(Finding::actual).containsExactly("≤122", "≤6000", "≤56");
        assertThat(of("TGT.OTHER-BLANK"))
                .singleElement()
                .satisfies(f -> assertThat(f.location().table()).contains("电子政务外网三级等保测评服务费"));
        // consistent: the full unit name is the long form of 克州; 750元/月 × 56 × 12 = 50.4万元; costs within totals
        assertThat(of("TGT.UNIT-NAME")).isEmpty();
        assertThat(of("TGT.UNIT-COST-PRODUCT")).isEmpty();
        assertThat(of("TGT.COST-EXCEEDS")).isEmpty();
        assertThat(of("TGT.COST-SUM-EXCEEDS")).isEmpty();
        assertThat(of("TGT.FUNDS-SUM")).isEmpty();
    }

    @Test
    void textLint() {
        assertThat(of("TXT.UNIT-NAME-VARIANT"))
                .extracting(Finding::actual)
                .containsExactly("克州电子政务办公室", "克州电子政务政务服务中心");
        assertThat(of("TXT.REPEATED-PHRASE"))
                .singleElement()
                .satisfies(f -> assertThat(f.actual()).isEqualTo("主要原因是主要原因是"));
        assertThat(of("TXT.WRONG-YEAR")).singleElement().satisfies(f -> {
            assertThat(f.actual()).isEqualTo("2020年");
            assertThat(f.location().section()).isEqualTo("第三部分/十/（一）");
        });
        assertThat(of("TXT.GLOSSARY-TRUNCATED"))
                .singleElement()
                .satisfies(f -> assertThat(f.actual()).isEqualTo("指由一般公共预算。"));
        assertThat(of("TXT.PERCENT-SPACE")).extracting(Finding::actual).containsExactly("5.27 %", "14.74 %");
        assertThat(of("TXT.SIGNATURE-DATE")).isEmpty();
    }
}
