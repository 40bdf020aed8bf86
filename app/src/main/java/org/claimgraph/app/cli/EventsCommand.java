package org.claimgraph.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.claimgraph.app.EventText;
import org.claimgraph.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code claimgraph events}: one row per real-world attack known to the library. Not thread-safe. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "List the attacks known to the library, merged across articles: date, kind, place, latest toll, "
                + "leading hypothesis and number of reports.")
final class EventsCommand implements Callable<Integer> {
    @Mixin
    AssessOptions assessOptions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = assessOptions.storeOptions.open()) {
            out.print(EventText.table(assessOptions.assess(store).assessments()));
            out.flush();
            return Main.EXIT_OK;
        }
    }
}
