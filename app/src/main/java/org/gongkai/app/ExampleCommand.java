package org.gongkai.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gongkai.core.examples.Examples;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gongkai example [-o FILE]}: writes the example budget so a newcomer can try {@code render}. */
@Command(
        name = "example",
        mixinStandardHelpOptions = true,
        description = {
            "写出示例预算数据（JSON）：克州电子政务服务中心2021年部门预算。",
            "其中 notes 一节记录了例文自相矛盾之处的每一处取舍。",
            "试试：gongkai example -o 示例.json && gongkai render 示例.json --format html -o 示例.html"
        },
        exitCodeListHeading = "%n退出码：%n",
        exitCodeList = {"0:成功", "2:无法写入文件"})
final class ExampleCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "文件",
            description = "写入此文件（默认：写到标准输出）")
    Path output;

    @Override
    public Integer call() {
        try {
            CliFiles.writeOrPrint(
                    output, Examples.kezhou2021Json(), spec.commandLine().getOut());
        } catch (CliFiles.FileProblem e) {
            spec.commandLine().getErr().println("错误：" + e.getMessage());
            return 2;
        }
        if (output != null) {
            spec.commandLine().getErr().println("已写入 " + output + "。下一步：gongkai render " + output + " --format md");
        }
        return 0;
    }
}
