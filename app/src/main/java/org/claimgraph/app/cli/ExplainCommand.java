package org.claimgraph.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.claimgraph.app.EventText;
import org.claimgraph.app.LibraryAssessment;
import org.claimgraph.assess.Assessment;
import org.claimgraph.assess.EventAssessment;
import org.claimgraph.assess.export.ExplainJson;
import org.claimgraph.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code claimgraph explain}: who did it, who says so, how sure, and what speaks against it. Not thread-safe. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain one event: ranked hypotheses, the evidence matrix (Analysis of Competing Hypotheses) "
                + "with each source's reliability, residual doubts, casualty figures by source and date, and the timeline.")
final class ExplainCommand implements Callable<Integer> {
    enum Format { text, json }

    @Parameters(paramLabel = "EVENT", description = "An event id from `claimgraph events`, or a unique prefix.")
    String event;

    @Option(names = "--format", paramLabel = "text|json", description = "Output format (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Mixin
    AssessOptions assessOptions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = assessOptions.storeOptions.open()) {
            Assessment a = assessOptions.assess(store);
            EventAssessment ea = a.explain(LibraryAssessment.resolveEvent(a, event));
            out.print(format == Format.json ? ExplainJson.of(ea) + System.lineSeparator() : EventText.explain(ea));
            out.flush();
            return Main.EXIT_OK;
        }
    }
}
