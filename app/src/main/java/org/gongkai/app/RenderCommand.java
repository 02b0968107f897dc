package org.gongkai.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gongkai.core.budget.Budget;
import org.gongkai.core.classification.ReferenceData;
import org.gongkai.core.derive.Derivation;
import org.gongkai.core.derive.DerivationIssue;
import org.gongkai.core.derive.Deriver;
import org.gongkai.core.json.BudgetCodec;
import org.gongkai.core.json.BudgetFormatException;
import org.gongkai.formats.render.RenderFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gongkai render BUDGET.json --format md|html|json|txt [-o FILE]}: budget data to a disclosure. */
@Command(
        name = "render",
        mixinStandardHelpOptions = true,
        description = {
            "由预算数据（JSON）生成完整的部门预算公开文档：九张表、情况说明、绩效目标表和名词解释。",
            "缺少的输入（例如增减10%%以上却没有说明原因）作为警告写到标准错误。",
            "预算数据的格式见 gongkai example 生成的示例。"
        },
        exitCodeListHeading = "%n退出码：%n",
        exitCodeList = {"0:成功", "2:输入有误（文件不存在、JSON 有错或格式不支持）"})
final class RenderCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "预算.json", description = "预算数据文件（JSON）")
    Path budgetFile;

    @Option(
            names = {"-f", "--format"},
            paramLabel = "格式",
            defaultValue = "md",
            description = "输出格式：md、html、json、txt（默认：${DEFAULT-VALUE}）")
    String format;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "文件",
            description = "写入此文件（默认：写到标准输出）")
    Path output;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        RenderFormat fmt = RenderFormat.of(format).orElse(null);
        if (fmt == null) {
            err.println("错误：不支持的输出格式“" + format + "”，可选：" + RenderFormat.names());
            return 2;
        }
        Budget budget;
        try {
            budget = BudgetCodec.read(CliFiles.read(budgetFile));
        } catch (CliFiles.FileProblem e) {
            err.println("错误：" + e.getMessage());
            return 2;
        } catch (BudgetFormatException e) {
            err.println("错误：" + budgetFile + " 中的预算数据有 " + e.problems().size() + " 处问题：");
            e.problems().forEach(p -> err.println("  " + budgetFile + " " + p.describe()));
            return 2;
        }
        Derivation derivation;
        try {
            derivation = Deriver.derive(budget, ReferenceData.forYear(budget.classificationYear()));
        } catch (IllegalArgumentException e) {
            // e.g. a template id the project does not ship: the data is wrong, not the program
            err.println("错误：无法由 " + budgetFile + " 生成公开文档：" + e.getMessage());
            return 2;
        }
        for (DerivationIssue issue : derivation.issues()) {
            err.println("警告：" + budgetFile + " " + issue.path() + "：" + issue.message());
        }
        String text = fmt.render(derivation.disclosure());
        try {
            CliFiles.writeOrPrint(output, text, spec.commandLine().getOut());
        } catch (CliFiles.FileProblem e) {
            err.println("错误：" + e.getMessage());
            return 2;
        }
        return 0;
    }
}
