package org.gongkai.app;

import picocli.CommandLine;

/** Turns any escaped exception into one readable line and exit code 2 — never a stack trace. */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        String msg = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        cl.getErr().println("错误：" + msg);
        if (System.getenv("GONGKAI_DEBUG") != null) {
            ex.printStackTrace(cl.getErr());
        }
        return 2;
    }
}
