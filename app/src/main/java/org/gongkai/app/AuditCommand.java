package org.gongkai.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.gongkai.core.audit.AuditResult;
import org.gongkai.core.audit.Severity;
import org.gongkai.formats.report.CrossSection;
import org.gongkai.formats.report.CsvReport;
import org.gongkai.formats.report.HtmlReport;
import org.gongkai.formats.report.JsonReport;
import org.gongkai.formats.report.SummaryReport;
import org.gongkai.formats.report.TextReport;
import org.gongkai.formats.report.XlsxReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gongkai audit FILE|DIR... [--format …] [-o FILE] [--summary out.csv]}: audit published disclosures. */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description = {
            "审核已公开的部门预算（决算）文件：PDF、Word（DOCX）、Excel（XLSX/XLS）、HTML 或文本，",
            "按规则目录逐项检查表内、表间、说明与表格、说明前后是否一致，以及科目、完整性、绩效目标和文字规范，",
            "列出每个问题的位置、应为值、实际值和差额。文件格式按内容识别，与扩展名无关。",
            "给出目录时审核其中所有文件（含子目录），显示进度。"
        },
        exitCodeListHeading = "%n退出码：%n",
        exitCodeList = {"0:未发现“错误”级问题", "1:发现“错误”级问题", "2:有文件无法读取，或参数有误"})
final class AuditCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "文件或目录", description = "要审核的文件或目录")
    List<Path> inputs;

    @Option(
            names = {"-f", "--format"},
            paramLabel = "格式",
            defaultValue = "text",
            description = "报告格式：text、json、html、xlsx、csv（默认：${DEFAULT-VALUE}；xlsx 须用 -o 指定文件）")
    String format;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "文件",
            description = "把报告写入此文件（默认：标准输出）")
    Path output;

    @Option(names = "--summary", paramLabel = "汇总.csv", description = "另写一份汇总表：每份文件一行（错误、警告、提示数和主要问题）")
    Path summary;

    @Option(names = "--quiet", description = "不显示进度条")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String fmt = format.toLowerCase(java.util.Locale.ROOT);
        if (!List.of("text", "json", "html", "xlsx", "csv").contains(fmt)) {
            err.println("错误：不支持的报告格式“" + format + "”，可选：text、json、html、xlsx、csv");
            return 2;
        }
        if (fmt.equals("xlsx") && output == null) {
            err.println("错误：xlsx 报告须用 -o 指定输出文件");
            return 2;
        }
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().startsWith("."))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    err.println("错误：无法列出目录 " + input + "：" + e.getMessage());
                    return 2;
                }
            } else {
                files.add(input);
            }
        }
        if (files.isEmpty()) {
            err.println("错误：没有可审核的文件");
            return 2;
        }
        boolean showProgress = !quiet && (files.size() > 1 || summary != null);
        List<DocumentAudit.Outcome> outcomes = new ArrayList<>();
        if (showProgress) {
            try (ProgressBar bar = new ProgressBarBuilder()
                    .setTaskName("审核")
                    .setInitialMax(files.size())
                    .setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                    .setUpdateIntervalMillis(1000)
                    .build()) {
                for (Path f : files) {
                    bar.setExtraMessage(f.getFileName().toString());
                    outcomes.add(DocumentAudit.audit(f));
                    bar.step();
                }
            }
        } else {
            for (Path f : files) {
                outcomes.add(DocumentAudit.audit(f));
            }
        }

        List<AuditResult> results = outcomes.stream()
                .filter(o -> o.result() != null)
                .map(DocumentAudit.Outcome::result)
                .toList();
        for (DocumentAudit.Outcome o : outcomes) {
            if (o.result() == null) {
                err.println("无法读取：" + o.file() + "：" + o.unreadable());
            }
        }
        CrossSection cross = DocumentAudit.crossCheck(outcomes);
        try {
            writeReport(fmt, outcomes, results, cross);
            if (summary != null) {
                List<SummaryReport.Row> rows = new ArrayList<>(summaryRows(outcomes));
                if (cross != null) {
                    rows.add(SummaryReport.Row.cross(cross));
                }
                Files.writeString(summary, SummaryReport.render(rows), StandardCharsets.UTF_8);
                err.println("汇总已写入 " + summary);
            }
        } catch (IOException e) {
            err.println("错误：无法写入报告：" + e.getMessage());
            return 2;
        }
        if (outcomes.stream().anyMatch(o -> o.result() == null)) {
            return 2;
        }
        boolean crossPasses = cross == null || cross.count(Severity.ERROR) == 0;
        return results.stream().allMatch(AuditResult::passes) && crossPasses ? 0 : 1;
    }

    private void writeReport(
            String fmt, List<DocumentAudit.Outcome> outcomes, List<AuditResult> results, CrossSection cross)
            throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (fmt.equals("xlsx")) {
            Files.write(output, XlsxReport.render(results, cross));
            return;
        }
        String text = switch (fmt) {
            case "json" -> JsonReport.render(results, cross);
            case "csv" -> CsvReport.render(results, cross);
            case "html" ->
                HtmlReport.render(
                        outcomes.stream()
                                .filter(o -> o.result() != null)
                                .map(o -> new HtmlReport.Entry(o.result(), o.disclosure()))
                                .toList(),
                        cross);
            default -> TextReport.render(results, cross);
        };
        if (output == null) {
            out.print(text);
            out.flush();
        } else {
            Files.writeString(output, text, StandardCharsets.UTF_8);
        }
    }

    private static List<SummaryReport.Row> summaryRows(List<DocumentAudit.Outcome> outcomes) {
        return outcomes.stream()
                .map(o -> o.result() == null
                        ? SummaryReport.Row.unreadable(o.file().toString(), o.unreadable())
                        : SummaryReport.Row.of(o.result(), o.millis()))
                .toList();
    }
}
