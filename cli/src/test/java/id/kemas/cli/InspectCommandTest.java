package id.kemas.cli;

import static id.kemas.cli.CliRun.kemas;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kemas inspect} on a course folder and on a built package, as a user runs it. */
class InspectCommandTest {

    private static final Path SAMPLE = Path.of("../samples/berakhlak");
    private static final Path SEQUENCING = Path.of("../core/src/test/resources/sequencing");
    private static final String POST_TEST =
            "├─ Post-test: locked until Materi 1–8 are completed; 2 attempts; passing 70%;";

    @TempDir Path dir;

    @Test
    void printsTheCoursesTreeWithEachActivitysSequencingInPlainWords() {
        CliRun run = kemas("inspect", SAMPLE.toString());
        assertEquals(ExitCodes.OK, run.code(), run.err());
        assertEquals("", run.err(), "the sample has no sequencing problems");
        assertTrue(run.out().startsWith("Bangga Melayani Bangsa Melalui Core Value BerAKHLAK (course): "), run.out());
        assertTrue(run.out().contains("\n" + POST_TEST), run.out());
        assertTrue(run.out().contains("\n│  ├─ Materi 1: Pendahuluan\n"), run.out());
    }

    @Test
    void readsTheSameSequencingBackFromTheBuiltPackage() throws IOException {
        Path zip = dir.resolve("berakhlak.zip");
        CliRun build = kemas("build", "--target=scorm2004", SAMPLE.toString(), "-o", zip.toString());
        assertEquals(ExitCodes.OK, build.code(), build.err());
        CliRun run = kemas("inspect", zip.toString());
        assertEquals(ExitCodes.OK, run.code(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().contains("\n" + POST_TEST), run.out());
        assertEquals(kemas("inspect", SAMPLE.toString()).out(), run.out(), "the package says what the course says");
    }

    @Test
    void drawsMermaidAndGraphvizDiagramsIntoAFile() throws IOException {
        Path mmd = dir.resolve("tree.mmd");
        CliRun run = kemas("inspect", SAMPLE.toString(), "--diagram", "mermaid", "-o", mmd.toString());
        assertEquals(ExitCodes.OK, run.code(), run.err());
        assertEquals("", run.out());
        String mermaid = Files.readString(mmd);
        assertTrue(mermaid.startsWith("flowchart TD\n"), mermaid);
        assertTrue(mermaid.contains(" -. \"unlocks\" .-> "), mermaid);

        CliRun dot = kemas("inspect", SEQUENCING.resolve("remediation").toString(), "-d", "graphviz");
        assertEquals(ExitCodes.OK, dot.code(), dot.err());
        assertTrue(dot.out().startsWith("digraph sequencing {"), dot.out());
        assertTrue(dot.out().contains("label=\"back to when failed\""), dot.out());
    }

    @Test
    void printsSequencingProblemsAndFailsOnErrors() {
        CliRun run = kemas("inspect", SEQUENCING.resolve("lint/unreachable-error").toString());
        assertEquals(ExitCodes.EXIT_PROBLEMS, run.code());
        assertTrue(run.err().contains("course.yaml:13:9: error SEQ-109: 'check' can never be reached"), run.err());
        assertTrue(run.err().contains("    hint: "), run.err());
        assertTrue(run.out().contains("Check: locked until Unit is completed"), run.out());
    }

    @Test
    void refusesWhatDoesNotExist() {
        CliRun run = kemas("inspect", dir.resolve("nothing").toString());
        assertEquals(ExitCodes.EXIT_USAGE, run.code());
        assertTrue(run.err().contains("no such file or folder"), run.err());
    }
}
