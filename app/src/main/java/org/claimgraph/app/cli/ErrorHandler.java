package org.claimgraph.app.cli;

import org.claimgraph.core.ClaimgraphException;
import org.claimgraph.core.ConfigurationException;
import picocli.CommandLine;

/**
 * Turns an exception that escapes a command into one clear line on stderr instead of a stack trace;
 * set CLAIMGRAPH_DEBUG=1 to see the trace. Stateless, thread-safe.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
        cmd.getErr().println("claimgraph " + cmd.getCommandName() + ": " + describe(ex));
        if (System.getenv("CLAIMGRAPH_DEBUG") != null) {
            ex.printStackTrace(cmd.getErr());
        }
        return ex instanceof ConfigurationException || ex instanceof CommandLine.ParameterException
                ? Main.EXIT_USAGE : Main.EXIT_SOME_FAILED;
    }

    private static String describe(Throwable ex) {
        if (ex instanceof ClaimgraphException) {
            return ex.getMessage();
        }
        String message = ex.getMessage() == null ? "" : ": " + ex.getMessage();
        return ex.getClass().getSimpleName() + message;
    }
}
