package org.claimgraph.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code claimgraph} command line: parses options and hands over to the library. Exit codes:
 * 0 all inputs handled, 1 some failed, 2 usage error. Not thread-safe (one per process).
 */
@Command(name = "claimgraph",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Reads news reports about political violence and answers, with evidence: "
                + "which attack, who claims it, who blames whom, and how sure they are.",
        subcommands = {
            IngestCommand.class,
            DocsCommand.class,
            ShowCommand.class,
            ServeCommand.class,
            ExtractCommand.class,
            ReextractCommand.class,
            EvalCommand.class,
            BenchCommand.class,
            EventsCommand.class,
            ExplainCommand.class,
            ExportCommand.class,
            RateCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {
    public static final int EXIT_OK = 0;
    public static final int EXIT_SOME_FAILED = 1;
    public static final int EXIT_USAGE = 2;

    /** Held so the JUL logger (and its level) is not garbage-collected; migrations are not news to a user. */
    private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
        System.exit(run(args));
    }

    /** Runs a command line in this JVM with the process's own streams and returns the exit code. */
    public static int run(String... args) {
        return run(new java.io.PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8),
                new java.io.PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8), args);
    }

    /** Runs a command line writing to the given streams; tests call this. */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new ErrorHandler());
        cli.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("claimgraph: " + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return EXIT_USAGE;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
