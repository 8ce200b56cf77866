package id.kemas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kemas validate} runs the sequencing lint as its stage 8 (registered by the command line). */
class ValidateSequencingLintTest {

    private static final Path THIRD_PARTY = Path.of("../validator/src/test/resources/id/kemas/validator/sequencing/third-party");

    @TempDir Path dir;

    @Test
    void reportsSequencingProblemsOfAnyPackage() {
        CliRun run = CliRun.kemas("validate", THIRD_PARTY.toString());
        String report = run.out() + run.err();
        assertTrue(report.contains("SEQ-101"), report);
        assertTrue(report.contains("SEQ-103"), report);
    }

    @Test
    void theBuiltSampleHasNoSequencingProblems() {
        Path zip = dir.resolve("berakhlak.zip");
        assertEquals(ExitCodes.OK, CliRun.kemas("build", "--target=scorm2004", "../samples/berakhlak", "-o", zip.toString()).code());
        CliRun run = CliRun.kemas("validate", zip.toString());
        assertFalse((run.out() + run.err()).contains("SEQ-"), run.out() + run.err());
    }
}
