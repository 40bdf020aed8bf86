package org.claimgraph.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The read / held split of an answer-key folder: fixed, disjoint and complete, so figures on each part can be compared. */
class EvalSplitTest {
    private static final List<Path> KEYS = IntStream.rangeClosed(1, 12)
            .mapToObj(i -> Path.of(String.format("key-%02d.json", i))).toList();

    @Test
    void everyNthKeyIsHeldOutAndTheRestIsRead() {
        List<Path> held = EvalCommand.selectPart(KEYS, 5, EvalCommand.Part.held);
        List<Path> read = EvalCommand.selectPart(KEYS, 5, EvalCommand.Part.read);
        assertEquals(List.of(Path.of("key-05.json"), Path.of("key-10.json")), held);
        assertEquals(10, read.size());
        assertTrue(read.stream().noneMatch(held::contains));
        List<Path> both = new ArrayList<>(read);
        both.addAll(held);
        assertEquals(KEYS.size(), both.size());
        assertTrue(both.containsAll(KEYS));
    }

    @Test
    void partAllKeepsEveryKey() {
        assertEquals(KEYS, EvalCommand.selectPart(KEYS, 5, EvalCommand.Part.all));
    }

    @Test
    void aPartWithoutASplitIsAClearError() {
        CliRun run = CliRun.of("eval", "--gold", "../examples/eval/gold", "--docs", "../examples/corpus", "--part", "held");
        assertEquals(Main.EXIT_USAGE, run.exit(), run.out());
        assertTrue(run.err().contains("--hold-out"), run.err());
    }
}
