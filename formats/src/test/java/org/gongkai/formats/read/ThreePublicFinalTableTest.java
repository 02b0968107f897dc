package org.gongkai.formats.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.SharedDir;
import org.gongkai.core.disclosure.Disclosure;
import org.gongkai.core.disclosure.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The 财政拨款“三公”经费支出决算表 as page text: 预算数/决算数 under every heading, the headings wrapped above in an order
 * the text does not keep. The reader names each pair from the header words; the JSON twin is the ground truth.
 */
class ThreePublicFinalTableTest {
    private static final List<String> KEYS = List.of(
            "total.budget",
            "total",
            "ABROAD.budget",
            "ABROAD",
            "vehicles.budget",
            "vehicles",
            "VEHICLE_PURCHASE.budget",
            "VEHICLE_PURCHASE",
            "VEHICLE_OPERATION.budget",
            "VEHICLE_OPERATION",
            "RECEPTION.budget",
            "RECEPTION");

    private final List<ReadNote> notes = new ArrayList<>();

    private Table read(List<String> header, String body) {
        List<String> lines = new ArrayList<>(List.of("=== [page 1] ===", "财政拨款“三公”经费支出决算表", "单位：万元"));
        lines.addAll(header);
        lines.add("预算数 决算数 预算数 决算数 预算数 决算数 预算数 决算数 预算数 决算数 预算数 决算数");
        lines.add(body);
        Disclosure d = Assembler.assemble(new RawDocument("test.txt", SpacedLayout.parse(lines)), notes);
        return d.tables().findFirst().orElseThrow();
    }

    private static List<String> keys(Table t) {
        return t.columns().stream().map(Table.Column::key).toList();
    }

    /** Headings wrapped over lines: 因公出国 / （境）费, 公务用车 / 购置费, a group title over 小计. */
    private static final List<String> WRAPPED =
            List.of("财政拨款“三公”经费", "公务用车购置及运行维护费", "因公出国", "合计 公务用车 公务用车 公务接待费", "（境）费 小计", "购置费 运行维护费");

    @Test
    void wrappedHeadingsNameEachPairInTheUsualOrder() {
        Table t = read(WRAPPED, "11.49 3.04 0 0 9.38 2.64 0 0 9.38 2.64 2.11 0.40");
        assertThat(keys(t)).isEqualTo(KEYS);
        assertThat(t.columns().get(5).label()).isEqualTo("公务用车购置及运行维护费/小计/决算数");
        assertThat(t.rows().get(0).cells())
                .containsExactly("11.49", "3.04", "0", "0", "9.38", "2.64", "0", "0", "9.38", "2.64", "2.11", "0.40");
    }

    @Test
    void headingsOnTwoLinesWithTheGroupAboveNameThePairsToo() {
        Table t = read(
                List.of("财政拨款“三公”经费", "公务用车购置及运行维护费", "合计 因公出国（境）费 公务接待费", "小计 公务用车购置费 公务用车运行维护费"),
                "21.00 16.95 0.00 0.00 20.50 16.95 0.00 0.00 20.50 16.95 0.50 0.00");
        assertThat(keys(t)).isEqualTo(KEYS);
        assertThat(t.cell("budget", "RECEPTION.budget")).isEqualTo("0.50");
    }

    @Test
    void blanksLeftOutAreSettledByTheThreePublicSumsOnBothSides() {
        // 因公出国 and one of 购置/运行 are blank: both sides' sums put 合计, 小计 and 公务接待费 in place
        Table t = read(WRAPPED, "31.47 19.86 30.67 19.56 30.67 19.56 0.80 0.30");
        Table.Row row = t.rows().get(0);
        assertThat(row.cell(t.columnIndex("ABROAD.budget").orElseThrow())).isEmpty();
        assertThat(row.cell(t.columnIndex("ABROAD").orElseThrow())).isEmpty();
        assertThat(row.cell(t.columnIndex("vehicles.budget").orElseThrow())).isEqualTo("30.67");
        assertThat(row.cell(t.columnIndex("RECEPTION.budget").orElseThrow())).isEqualTo("0.80");
        assertThat(row.cell(t.columnIndex("RECEPTION").orElseThrow())).isEqualTo("0.30");
        for (String settled : List.of("total", "ABROAD", "vehicles", "RECEPTION")) {
            assertThat(row.isUncertain(t.columnIndex(settled).orElseThrow()))
                    .as(settled)
                    .isFalse();
            assertThat(row.isUncertain(t.columnIndex(settled + ".budget").orElseThrow()))
                    .as(settled)
                    .isFalse();
        }
        // 购置费 or 运行维护费: the sums cannot tell
        assertThat(row.isUncertain(t.columnIndex("VEHICLE_PURCHASE").orElseThrow()))
                .isTrue();
    }

    @Test
    void aHeadingNamedTwiceLeavesThePairsUnnamed() {
        Table t = read(
                List.of("合计 因公出国（境）费 公务接待费", "小计 公务接待费 公务用车运行维护费", "公务用车购置及运行维护费"),
                "21.00 16.95 0.00 0.00 20.50 16.95 0.00 0.00 20.50 16.95 0.50 0.00");
        assertThat(keys(t)).doesNotContain("RECEPTION.budget");
    }

    @Test
    void moreHeadingsThanPairsLeaveThePairsUnnamed() {
        Table t = read(
                List.of("合计 因公出国（境）费 公务接待费 机关运行经费", "小计 公务用车购置费 公务用车运行维护费", "公务用车购置及运行维护费"),
                "21.00 16.95 0.00 0.00 20.50 16.95 0.00 0.00 20.50 16.95 0.50 0.00");
        assertThat(keys(t)).doesNotContain("ABROAD.budget");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "004_putuo_wenlvju_2025_dept_final",
                "005_putuo_yichuanlujiedao_2025_dept_final",
                "006_putuo_shengtaihuanjingju_2025_dept_final"
            })
    void theTextTwinReadsTheTableAsItsJson(String name) throws Exception {
        Table json = threePublic(name + ".json");
        Table text = threePublic(name + ".txt");
        assertThat(keys(text)).isEqualTo(keys(json)).isEqualTo(KEYS);
        Table.Row fromText = text.rows().get(0);
        Table.Row fromJson = json.rows().get(0);
        for (int c = 0; c < KEYS.size(); c++) {
            if (!fromText.isUncertain(c)) {
                assertThat(fromText.cell(c)).as(KEYS.get(c)).isEqualTo(fromJson.cell(c));
            }
        }
    }

    private static Table threePublic(String file) throws Exception {
        return Readers.read(SharedDir.corpus(file))
                .disclosure()
                .tables()
                .filter(t -> t.title().contains("三公"))
                .findFirst()
                .orElseThrow();
    }
}
