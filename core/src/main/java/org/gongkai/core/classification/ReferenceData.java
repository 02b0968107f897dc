package org.gongkai.core.classification;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The classification lists Gongkai ships, by fiscal year.
 *
 * <p>The shipped CSVs are not keyed by year (shared reference README §6): {@link #forYear(int)} returns the same
 * base lists tagged with the year. A finance bureau's official 科目 list for a year is laid over them with
 * {@link #withOfficialList(int, CodeScheme, String)}; its names then win. The files are read once from the
 * classpath and validated into {@link #problems()}.
 */
public final class ReferenceData {
    /** Classpath folder of the shipped files. */
    static final String FOLDER = "/org/gongkai/core/reference/";

    private static final Map<Integer, Classifications> BY_YEAR = new ConcurrentHashMap<>();

    private ReferenceData() {}

    /** Loaded on first use only (holder idiom: thread-safe without locks afterwards). */
    private static final class Shipped {
        static final YearClassifications BASE;
        static final List<LoadProblem> PROBLEMS;

        static {
            List<LoadProblem> problems = new ArrayList<>();
            CodeList[] lists = new CodeList[CodeScheme.values().length];
            for (CodeScheme scheme : CodeScheme.values()) {
                CodeListLoader.Result r =
                        CodeListLoader.shipped(scheme, scheme.resource(), read(scheme.resource(), problems));
                lists[scheme.ordinal()] = r.list();
                problems.addAll(r.problems());
            }
            BASE = new YearClassifications(0, lists[0], lists[1], lists[2]);
            PROBLEMS = List.copyOf(problems);
        }
    }

    /** The lists for a fiscal year (cached: later calls for the same year return the same object). */
    public static Classifications forYear(int year) {
        Classifications cached = BY_YEAR.get(year);
        if (cached != null) {
            return cached;
        }
        return BY_YEAR.computeIfAbsent(year, y -> {
            YearClassifications base = Shipped.BASE;
            return new YearClassifications(
                    y, base.functionList(), base.departmentEconomicList(), base.governmentEconomicList());
        });
    }

    /** Every problem found in the shipped files, code lists, income names and indicators (a test keeps it empty). */
    public static List<LoadProblem> problems() {
        List<LoadProblem> all = new ArrayList<>(Shipped.PROBLEMS);
        all.addAll(IncomeSourceNames.shipped().problems());
        all.addAll(IndicatorFramework.shipped().problems());
        return List.copyOf(all);
    }

    /**
     * The year's lists with a finance bureau's official 支出功能分类 list laid over the shipped one (see
     * {@link #withOfficialList(int, CodeScheme, String)}).
     */
    public static Loaded<Classifications> withOfficialList(int year, String csvText) {
        return withOfficialList(year, CodeScheme.FUNCTION, csvText);
    }

    /**
     * The year's lists with an official list for one scheme laid over the shipped one. The CSV needs columns
     * {@code code} and {@code name}; {@code level}, {@code parent} and {@code confidence} are optional. Official
     * entries replace shipped ones with the same code (so their names win) and add codes the shipped list lacks;
     * shipped codes the official text does not mention stay known. Rows with problems are reported, and rows with
     * malformed or duplicate codes are left out.
     */
    public static Loaded<Classifications> withOfficialList(int year, CodeScheme scheme, String csvText) {
        return withOfficialList(forYear(year), scheme, csvText);
    }

    /** Lays an official list over already-loaded lists (to combine several official lists for one year). */
    public static Loaded<Classifications> withOfficialList(Classifications base, CodeScheme scheme, String csvText) {
        CodeList current = base.list(scheme);
        String source = base.year() + "年" + scheme.label() + "（官方科目表）";
        CodeListLoader.Result r = CodeListLoader.official(scheme, source, csvText, current);
        YearClassifications year = new YearClassifications(
                base.year(), base.functionList(), base.departmentEconomicList(), base.governmentEconomicList());
        return new Loaded<>(year.with(scheme, current.overlaidWith(r.list())), r.problems());
    }

    /**
     * Validates CSV text in the shipped format (columns code, level, name, parent, confidence) without using it,
     * e.g. before replacing a shipped file. Rows with malformed or duplicate codes are left out of the list.
     */
    public static Loaded<CodeList> validate(CodeScheme scheme, String source, String csvText) {
        CodeListLoader.Result r = CodeListLoader.shipped(scheme, source, csvText);
        return new Loaded<>(r.list(), r.problems());
    }

    /** Reads a shipped resource as UTF-8; a missing or unreadable file becomes a problem, not an exception. */
    static String read(String name, List<LoadProblem> problems) {
        try (InputStream in = ReferenceData.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                problems.add(new LoadProblem(name, 0, "类路径中缺少参考数据文件 " + FOLDER + name));
                return "";
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(new LoadProblem(name, 0, "参考数据文件读取失败：" + e.getMessage()));
            return "";
        }
    }
}
