package org.gongkai.app;

import java.io.PrintWriter;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code gongkai} command line. */
@Command(
        name = "gongkai",
        mixinStandardHelpOptions = true,
        version = "gongkai 0.1.0",
        description = "公开（Gongkai）：部门预算公开的编制、审核与发布。",
        subcommands = {CommandLine.HelpCommand.class, RenderCommand.class, ExampleCommand.class, AuditCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (0 ok, 1 findings at ERROR, 2 bad input). */
    public static int run(String... args) {
        return run(null, null, args);
    }

    /**
     * Runs the command line writing to the given streams (null: standard output / standard error), so
     * tests can run commands in-process and read what they print.
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main());
        // Chinese headings and help-option texts for every command (picocli's defaults are English)
        cl.setResourceBundle(ResourceBundle.getBundle("org.gongkai.app.Messages"));
        if (out != null) {
            cl.setOut(out);
        }
        if (err != null) {
            cl.setErr(err);
        }
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("参数错误：" + ParameterErrors.describe(ex));
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return 2;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
