package org.gongkai.app;

import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** Chinese wording for the command-line mistakes people make most; picocli's own text otherwise. */
final class ParameterErrors {
    private ParameterErrors() {}

    static String describe(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.MissingParameterException missing) {
            return "缺少必需的参数："
                    + missing.getMissing().stream().map(ParameterErrors::name).collect(Collectors.joining("、"));
        }
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
            return "无法识别的参数：" + String.join(" ", unmatched.getUnmatched());
        }
        return ex.getMessage();
    }

    private static String name(ArgSpec arg) {
        if (arg instanceof OptionSpec o) {
            return o.longestName();
        }
        return arg instanceof PositionalParamSpec p ? p.paramLabel() : arg.toString();
    }
}
