package id.kemas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Kemas#main} as a process runs it, with the set-up it starts before reading the command line. */
class KemasMainTest {

    @TempDir Path dir;

    @Test
    void validateReportsAValidPackageAndAnUnreadableOne() throws Exception {
        Path zip = dir.resolve("sample.zip");
        assertEquals(ExitCodes.OK, CliRun.kemas("build", "../samples/berakhlak", "-o", zip.toString()).code());
        CliRun valid = CliRun.process(Map.of(), "validate", zip.toString());
        assertEquals(ExitCodes.OK, valid.code(), valid.err());
        assertTrue(valid.out().contains("0 errors, 0 warnings"), valid.out());
        CliRun missing = CliRun.process(Map.of(), "validate", dir.resolve("none.zip").toString());
        assertEquals(ExitCodes.EXIT_IO, missing.code(), missing.out() + missing.err());
        String said = missing.out() + missing.err();
        assertTrue(said.contains("PKG-001") && said.contains("none.zip"), said);
        assertFalse(said.contains("\tat "), "no stack trace: " + said);
    }

    @Test
    void usageErrorsStillExitWithTwo() throws Exception {
        CliRun run = CliRun.process(Map.of(), "validate");
        assertEquals(ExitCodes.EXIT_USAGE, run.code(), run.err());
        CliRun none = CliRun.process(Map.of());
        assertEquals(ExitCodes.EXIT_USAGE, none.code(), none.err());
    }
}
