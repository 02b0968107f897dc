package org.gongkai.formats.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.gongkai.core.disclosure.SourceRef;
import org.gongkai.formats.read.AlignedLayout.PageLine;

/**
 * A performance-target table in page text whose cells are joined by single spaces and whose blank cells are
 * left out (the {@code .txt} twins of per-page JSON), turned into the grid shape {@link TargetTableAssembler}
 * reads: one row per label of the 项目概况 block with its value, the goals, then the indicators
 * ({@link SpacedIndicators}). A cell wrapped over two lines prints its first line above its label's line and
 * its second below, one piece per wrapped cell in column order; pieces are only given to the cells when their
 * number says which they belong to. What the text cannot settle is not guessed: the grid carries a note row
 * ({@link #NOTE}) that becomes a {@link ReadNote}.
 */
final class SpacedTargets {
    private SpacedTargets() {}

    /** First cell of a row that carries a reading note instead of table cells. */
    static final String NOTE = "\u0000读取提示";

    private static final Set<String> LABELS = Set.of(
            "项目名称",
            "项目性质",
            "项目类别",
            "主管部门",
            "实施单位",
            "预算单位",
            "申报单位",
            "计划开始日期",
            "计划完成日期",
            "项目资金总额",
            "年度资金申请总额",
            "年度资金总额",
            "其中：当年财政拨款",
            "其中：财政资金",
            "当年财政拨款",
            "财政拨款",
            "财政资金",
            "上年结转资金",
            "其他资金",
            "项目负责人",
            "联系电话");
    /** Vertical captions and unit marks of the block: labels without a value of their own. */
    private static final Set<String> CAPTIONS =
            Set.of("项目资金", "（元）", "(元)", "（万元）", "(万元)", "项目资金（元）", "项目资金（万元）", "项目", "绩效", "目标", "项目绩效目标");

    /** Marks a value made of wrapped pieces while the pieces are being given out. */
    private static final String WRAPPED = "\u0001";

    private static final Set<String> GOALS = Set.of("项目总目标", "项目总体目标", "年度总体目标", "年度目标", "总体目标");
    private static final Pattern YEAR = Pattern.compile("[（(]\\d{4}年度?[）)]");
    private static final Pattern YEAR_RANGE = Pattern.compile("[（(]\\d{4}年?[-－—~至]\\d{4}年?[）)]");

    /** True for the title line of a target table ("财政项目支出绩效目标申报表"), not a mention of one. */
    static boolean isTitle(String line) {
        String c = CellText.compact(line);
        return c.length() <= 40 && c.matches(".*绩效目标(申报)?表.*") && !c.startsWith("详见") && !c.contains("，");
    }

    /** The grid of the lines after a target title (year line, 项目概况, goals, indicators). */
    static RawItem.Grid grid(List<PageLine> lines) {
        List<List<String>> rows = new ArrayList<>();
        List<SourceRef> refs = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int header = 0;
        while (header < lines.size()
                && !AlignedTargets.isIndicatorHeader(lines.get(header).text())) {
            header++;
        }
        int goals = 0;
        while (goals < header && !isGoalLabel(first(lines.get(goals)))) {
            goals++;
        }
        head(lines.subList(0, goals), rows, refs, notes);
        SpacedGoals.read(lines.subList(goals, header), GOALS, rows, refs, notes);
        if (header < lines.size()) {
            SpacedIndicators.read(lines.subList(header, lines.size()), rows, refs, notes);
        }
        SourceRef ref = lines.isEmpty() ? SourceRef.NONE : lines.get(0).ref();
        for (String n : notes) {
            rows.add(List.of(NOTE, n));
            refs.add(ref);
        }
        return new RawItem.Grid(rows, refs, ref);
    }

    /** The words of a line as printed (an amount glued to its unit, "985米", stays one word). */
    static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        for (String w : CellText.trim(line).split("[\\s\\u3000]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static String first(PageLine line) {
        List<String> t = SpacedTargets.words(line.text());
        return t.isEmpty() ? "" : CellText.compact(t.get(0));
    }

    private static boolean isGoalLabel(String token) {
        return GOALS.contains(token);
    }

    /** A line of labels and the values printed beside them. */
    private static final class LabelLine {
        final PageLine line;
        final List<String> labels = new ArrayList<>();
        final List<String> values = new ArrayList<>();

        LabelLine(PageLine line) {
            this.line = line;
        }

        /** The cells printed without a value on this line: the wrapped ones (pieces already given count). */
        int empty() {
            return (int) values.stream()
                    .filter(v -> v.isEmpty() || v.startsWith(WRAPPED))
                    .count();
        }

        /** Gives the wrapped pieces to the empty cells, in order. */
        void fill(List<String> pieces, boolean above) {
            int k = 0;
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i).isEmpty() || values.get(i).startsWith(WRAPPED)) {
                    String v = values.get(i).replace(WRAPPED, "");
                    values.set(i, WRAPPED + (above ? pieces.get(k) + v : v + pieces.get(k)));
                    k++;
                }
            }
        }
    }

    private static void head(List<PageLine> lines, List<List<String>> rows, List<SourceRef> refs, List<String> notes) {
        List<LabelLine> labelled = new ArrayList<>();
        List<List<PageLine>> gaps = new ArrayList<>(); // gaps.get(i): the piece lines before labelled.get(i)
        List<PageLine> gap = new ArrayList<>();
        for (PageLine line : lines) {
            List<String> tokens = SpacedTargets.words(line.text());
            if (tokens.isEmpty()) {
                continue;
            }
            String compact = CellText.compact(line.text());
            if (YEAR.matcher(compact).matches()) {
                rows.add(List.of(compact));
                refs.add(line.ref());
                continue;
            }
            String head = CellText.compact(tokens.get(0));
            if (CAPTIONS.contains(compact)) {
                rows.add(List.of(compact)); // "（元）": the unit of the amounts
                refs.add(line.ref());
                continue;
            }
            if (!LABELS.contains(head)) {
                gap.add(line);
                continue;
            }
            LabelLine l = new LabelLine(line);
            for (String t : tokens) {
                String c = CellText.compact(t);
                if (LABELS.contains(c)) {
                    l.labels.add(c);
                    l.values.add("");
                } else {
                    int last = l.values.size() - 1;
                    l.values.set(last, l.values.get(last) + t);
                }
            }
            gaps.add(gap);
            gap = new ArrayList<>();
            labelled.add(l);
        }
        gaps.add(gap);
        for (int i = 0; i <= labelled.size(); i++) {
            wraps(
                    i == 0 ? null : labelled.get(i - 1),
                    i == labelled.size() ? null : labelled.get(i),
                    gaps.get(i),
                    notes);
        }
        for (LabelLine l : labelled) {
            for (int c = 0; c < l.labels.size(); c++) {
                rows.add(List.of(l.labels.get(c), l.values.get(c).replace(WRAPPED, "")));
                refs.add(l.line.ref());
            }
        }
    }

    /**
     * Pieces between two label lines: the last line is the first half of the next line's wrapped cells when it
     * has one piece per empty cell there; a line before it the second half of the previous line's.
     */
    private static void wraps(LabelLine before, LabelLine after, List<PageLine> gap, List<String> notes) {
        List<PageLine> rest = new ArrayList<>(gap);
        if (after != null && after.empty() > 0 && !rest.isEmpty()) {
            PageLine last = rest.get(rest.size() - 1);
            List<String> pieces = SpacedTargets.words(last.text());
            if (pieces.size() == after.empty()) {
                after.fill(pieces, true);
                rest.remove(rest.size() - 1);
            }
        }
        if (before != null && before.empty() > 0 && rest.size() == 1) {
            List<String> pieces = SpacedTargets.words(rest.get(0).text());
            if (pieces.size() == before.empty()) {
                before.fill(pieces, false);
                rest.clear();
            }
        }
        for (PageLine p : rest) {
            notes.add("项目概况第" + p.lineNo() + "行“" + CellText.trim(p.text()) + "”是折行的单元格文字，无法从页面文字确定属于哪一栏，未读取");
        }
    }
}
