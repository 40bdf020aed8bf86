package org.claimgraph.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.claimgraph.assess.Grade;
import org.claimgraph.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code claimgraph rate}: an analyst's source-reliability grade for an actor, overriding the rules. Not thread-safe. */
@Command(name = "rate", mixinStandardHelpOptions = true,
        description = "Set the Admiralty source-reliability grade (A completely reliable ... E unreliable, F cannot be judged) "
                + "of an actor, overriding the default rules in every later assessment. With no arguments, list the overrides.")
final class RateCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "ACTOR",
            description = "A registry key (e.g. iskp, kremlin) or kind:name for actors outside the registry (e.g. person:tore-hamming).")
    String actor;

    @Parameters(index = "1", arity = "0..1", paramLabel = "GRADE", description = "A, B, C, D, E or F.")
    String grade;

    @Option(names = "--note", paramLabel = "TEXT", description = "Why, for the record.")
    String note;

    @Mixin
    StoreOptions storeOptions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = storeOptions.open()) {
            if (actor == null) {
                store.ratings().forEach((key, g) -> out.println(g + "  " + key));
                out.flush();
                return Main.EXIT_OK;
            }
            if (grade == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "Missing GRADE after " + actor);
            }
            Grade g = Grade.parse(grade);
            store.rate(actor, g.name(), note);
            out.println(actor + " rated " + g.name());
            out.flush();
            return Main.EXIT_OK;
        }
    }
}
