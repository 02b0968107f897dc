package org.gongkai.formats.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.core.SharedDir;
import org.gongkai.core.audit.AuditContext;
import org.gongkai.core.audit.Auditor;
import org.gongkai.core.audit.Finding;
import org.gongkai.core.audit.Severity;
import org.gongkai.core.classification.ReferenceData;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code .txt} twins of the per-page JSON corpus documents: the page text leaves blank cells out, the
 * JSON keeps them, so the JSON's tables are the ground truth for where each amount stands.
 */
class PageTextTwinTest {

    private static Disclosure read(String name) throws Exception {
        return Readers.read(SharedDir.corpus(name)).disclosure();
    }

    private static List<Finding> errors(Disclosure d) {
        return Auditor.standard()
                .audit(AuditContext.of(d, ReferenceData.forYear(d.info().fiscalYear())))
                .stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .toList();
    }

    @Test
    void aRowWithOnlyItsProjectAmountIsNotReadAsBasic() throws Exception {
        Disclosure d = read("001_putuo_chengguanju_2026_dept_budget.txt");
        assertThat(errors(d))
                .extracting(Finding::ruleId)
                .doesNotContain("T3.HIER", "T5.HIER", "T6.COL-SUM", "T3.ROW-SUM", "T5.ROW-SUM", "T6.ROW-SUM");
        Table spending = d.tables()
                .filter(t -> t.title().contains("部门支出预算总表"))
                .findFirst()
                .orElseThrow();
        assertThat(spending.cell("20808", "basic")).isEmpty();
        assertThat(spending.cell("20808", "project")).isEqualTo("294,000");
        Table economic =
                d.tables().filter(t -> t.title().contains("经济分类")).findFirst().orElseThrow();
        assertThat(economic.cell("30201", "personnel")).isEmpty();
        assertThat(economic.cell("30201", "public")).isEqualTo("246,700");
    }

    @Test
    void sideBySideEconomicTableOfAFinalAccountIsOneCodeList() throws Exception {
        Disclosure d = read("005_putuo_yichuanlujiedao_2025_dept_final.txt");
        assertThat(errors(d)).extracting(Finding::ruleId).doesNotContain("CODE.ECON-MALFORMED");
        Table basic = d.tables()
                .filter(t -> t.title().contains("基本支出决算表"))
                .findFirst()
                .orElseThrow();
        assertThat(basic.row("30108").orElseThrow().cells()).contains("机关事业单位基本养老保险缴费", "518.69");
        assertThat(basic.row("30231").orElseThrow().cells()).contains("公务用车运行维护费", "81.11");
    }

    private static List<Integer> amountColumns(Table t) {
        List<Integer> out = new ArrayList<>();
        for (int c = 0; c < t.columns().size(); c++) {
            if (t.columns().get(c).type() == Table.ColumnType.AMOUNT) {
                out.add(c);
            }
        }
        return out;
    }

    @Test
    void threePublicTableHeaderOverSeveralLinesGivesEveryColumnItsKey() throws Exception {
        Disclosure d = read("001_putuo_chengguanju_2026_dept_budget.txt");
        Table t = d.tables().filter(x -> x.title().contains("三公")).findFirst().orElseThrow();
        assertThat(t.columns())
                .extracting(Table.Column::key)
                .containsExactly(
                        "total",
                        "ABROAD",
                        "RECEPTION",
                        "vehicles",
                        "VEHICLE_PURCHASE",
                        "VEHICLE_OPERATION",
                        "operatingCosts");
        assertThat(t.rows()).hasSize(1);
        assertThat(t.rows().get(0).cells())
                .containsExactly("114.22", "0.00", "0.46", "113.76", "75.00", "38.76", "507.25");
        assertThat(errors(d)).isEmpty();
    }

    @Test
    void expenditureItemsAloneOnTheirLineStayOnTheExpenditureSide() throws Exception {
        Disclosure d = read("004_putuo_wenlvju_2025_dept_final.txt");
        Table summary =
                d.tables().filter(x -> x.title().equals("收入支出决算总表")).findFirst().orElseThrow();
        int label = summary.columnIndex("expenditure.label").orElseThrow();
        int amount = summary.columnIndex("expenditure.amount").orElseThrow();
        Table.Row health = summary.rows().stream()
                .filter(r -> r.cell(label).contains("卫生健康支出"))
                .findFirst()
                .orElseThrow();
        assertThat(health.cell(amount)).isEqualTo("370.37");
        assertThat(health.cell(0)).isEmpty();
        assertThat(summary.rows()).anyMatch(r -> r.cell(label).equals("二十二、灾害防治及应急管理支出"));
        assertThat(errors(d)).extracting(Finding::ruleId).doesNotContain("T1.INCOME-SUM", "T1.APPROP-SUM");
    }

    @Test
    void appropriationSummaryWithWrappedLabelsMatchesTheJsonTwin() throws Exception {
        String name = "002_putuo_jianguanwei_2026_dept_budget";
        ReadResult text = Readers.read(SharedDir.corpus(name + ".txt"));
        Disclosure json = read(name + ".json");
        String title = "2026年部门财政拨款收支预算总表";
        Table mine = text.disclosure()
                .tables()
                .filter(t -> t.title().equals(title))
                .findFirst()
                .orElseThrow();
        Table truth =
                json.tables().filter(t -> t.title().equals(title)).findFirst().orElseThrow();
        assertThat(expenditureSide(mine)).isNotEmpty().isEqualTo(expenditureSide(truth));
        assertThat(text.notes()).noneMatch(n -> n.message().contains(title));
    }

    /** Label and amounts of every expenditure item of a two-sided summary table. */
    private static List<String> expenditureSide(Table t) {
        int label = t.columnIndex("expenditure.label").orElseThrow();
        List<String> out = new ArrayList<>();
        for (Table.Row r : t.rows()) {
            if (!r.cell(label).isBlank()) {
                out.add(String.join("|", r.cells().subList(label, r.cells().size())));
            }
        }
        return out;
    }

    private static List<Finding> findings(Disclosure d) {
        return Auditor.standard()
                .audit(AuditContext.of(d, ReferenceData.forYear(d.info().fiscalYear())));
    }

    private static final String[] READING_ALARMS = {
        "CODE.FUNC-NAME", "CODE.ECON-NAME", "CODE.NAME-VARIES", "T9.COL-SUM", "DOC.TABLE-UNIT-MISSING"
    };

    @Test
    void wrappedLabelsOfAFinalAccountGiveNoNameFindingsAndTheRowShiftStays() throws Exception {
        List<Finding> found = findings(read("004_putuo_wenlvju_2025_dept_final.txt"));
        assertThat(found).extracting(Finding::ruleId).doesNotContain(READING_ALARMS);
        assertThat(found)
                .filteredOn(f -> f.ruleId().equals("T.ROW-SHIFT"))
                .singleElement()
                .satisfies(f -> assertThat(f.location().row()).startsWith("20709"));
    }

    @Test
    void wrappedLabelsGiveNoNameFindingsAndTheDocumentsOwnSlipsStay() throws Exception {
        List<Finding> found = findings(read("005_putuo_yichuanlujiedao_2025_dept_final.txt"));
        assertThat(found).extracting(Finding::ruleId).doesNotContain(READING_ALARMS);
        assertThat(found)
                .filteredOn(f -> f.severity() == Severity.ERROR)
                .extracting(Finding::ruleId)
                // the 302 half of the 基本支出决算表 slipped a row: one T.COLUMN-SHIFT stands for its T6.HIER
                .contains("NARR.RATE", "T5.COL-SUM", "T.COLUMN-SHIFT", "NT.FUNCTION");
    }

    @Test
    void sideBySideWrappedLabelsAndTheContentsPageGiveNoFindings() throws Exception {
        Disclosure d = read("006_putuo_shengtaihuanjingju_2025_dept_final.txt");
        assertThat(findings(d)).extracting(Finding::ruleId).doesNotContain(READING_ALARMS);
        assertThat(d.tables()).noneMatch(t -> t.title().isEmpty());
    }

    /**
     * Every settled amount cell of a code table read from the page text equals the JSON twin's cell, and so does
     * every name both readings have (the page text wraps long names over several lines).
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "001_putuo_chengguanju_2026_dept_budget",
                "002_putuo_jianguanwei_2026_dept_budget",
                "003_putuo_wenlvju_2026_dept_budget",
                "004_putuo_wenlvju_2025_dept_final",
                "005_putuo_yichuanlujiedao_2025_dept_final",
                "006_putuo_shengtaihuanjingju_2025_dept_final"
            })
    void settledCellsAgreeWithTheJsonTwin(String name) throws Exception {
        Disclosure text = read(name + ".txt");
        Disclosure json = read(name + ".json");
        List<String> differences = new ArrayList<>();
        int compared = 0;
        int namesCompared = 0;
        // a name either reading reports as mangled by the extraction is no ground truth for the other
        Set<String> garbledText = garbledNames(text);
        Set<String> garbledJson = garbledNames(json);
        for (Table t : text.tables().toList()) {
            Optional<Table> twin = json.tables()
                    .filter(j -> j.title().equals(t.title()) && !t.title().isEmpty())
                    .findFirst();
            if (twin.isEmpty()) {
                continue;
            }
            List<Integer> mine = amountColumns(t);
            List<Integer> theirs = amountColumns(twin.get());
            if (mine.size() != theirs.size()) {
                continue; // the headers were read differently: no column to compare with
            }
            for (Table.Row row : t.rows()) {
                Optional<Table.Row> other = twin.get().row(row.key());
                if (!row.key().matches("\\d{3}(\\d{2}){0,2}") || other.isEmpty()) {
                    continue;
                }
                String printed = nameOf(t, row);
                String twinName = nameOf(twin.get(), other.get());
                boolean garbled = garbledText.contains(t.title() + "|" + row.key())
                        || garbledJson.contains(t.title() + "|" + row.key());
                if (!printed.isEmpty() && !twinName.isEmpty() && !garbled) {
                    namesCompared++;
                    if (!printed.equals(twinName)) {
                        differences.add(t.title() + "／" + row.key() + "／名称：" + printed + " ≠ " + twinName);
                    }
                }
                for (int i = 0; i < mine.size(); i++) {
                    if (row.isUncertain(mine.get(i))) {
                        continue;
                    }
                    compared++;
                    String read = row.cell(mine.get(i));
                    String truth = other.get().cell(theirs.get(i));
                    if (!read.equals(truth)) {
                        differences.add(t.title() + "／" + row.key() + "／第" + (i + 1) + "个金额列：" + read + " ≠ " + truth);
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(20);
        assertThat(namesCompared).isGreaterThan(20);
        assertThat(differences).isEmpty();
    }

    /** "table title|code" of each name the audit reports as READ.NAME-GARBLED. */
    private static Set<String> garbledNames(Disclosure d) {
        Set<String> out = new HashSet<>();
        for (Finding f : Auditor.standard()
                .audit(AuditContext.of(d, ReferenceData.forYear(d.info().fiscalYear())))) {
            if (f.ruleId().equals("READ.NAME-GARBLED")) {
                String code = f.location().row().split(" ")[0];
                d.tables()
                        .filter(t -> !t.title().isEmpty()
                                && (f.location().table().equals(t.title())
                                        || f.location().table().endsWith(" " + t.title())))
                        .forEach(t -> out.add(t.title() + "|" + code));
            }
        }
        return out;
    }

    /** A row's name without spaces (the page text may split a name where the cell wrapped it). */
    private static String nameOf(Table t, Table.Row row) {
        return t.columnIndex("name").stream()
                .mapToObj(row::cell)
                .map(n -> n.replaceAll("[\\s\\u3000]+", ""))
                .findFirst()
                .orElse("");
    }
}
