package org.claimgraph.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.claimgraph.app.LibraryAssessment;
import org.claimgraph.assess.Assessment;
import org.claimgraph.assess.export.ExplainJson;
import org.claimgraph.assess.export.GtdCsvExporter;
import org.claimgraph.assess.export.StixExporter;
import org.claimgraph.core.InvalidInputException;
import org.claimgraph.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code claimgraph export}: the assessed library as STIX 2.1, explain JSON or GTD-style CSV. Not thread-safe. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the assessed library (or one event) as a STIX 2.1 bundle, the JSON that explain shows, "
                + "or GTD-style CSV.")
final class ExportCommand implements Callable<Integer> {
    enum Format { stix, json, gtd_csv }

    @Option(names = "--format", required = true, paramLabel = "stix|json|gtd-csv", converter = FormatConverter.class,
            description = "stix, json or gtd-csv.")
    Format format;

    @Option(names = "--event", paramLabel = "ID", description = "Only this event (id or unique prefix).")
    String event;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path output;

    @Mixin
    AssessOptions assessOptions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        String text;
        try (Store store = assessOptions.storeOptions.open()) {
            Assessment a = assessOptions.assess(store);
            if (event != null) {
                a = a.onlyEvent(LibraryAssessment.resolveEvent(a, event));
            }
            text = switch (format) {
                case stix -> StixExporter.export(a);
                case json -> ExplainJson.of(a);
                case gtd_csv -> GtdCsvExporter.export(a);
            };
        }
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
        } else {
            try {
                Files.writeString(output, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new InvalidInputException(output.toString(), "cannot write: " + e.getMessage(), e);
            }
            spec.commandLine().getErr().println("wrote " + output);
        }
        return Main.EXIT_OK;
    }

    /** Accepts the user-facing spelling "gtd-csv" for the enum constant gtd_csv. */
    static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return Format.valueOf(value.replace('-', '_').toLowerCase(java.util.Locale.ROOT));
        }
    }
}
