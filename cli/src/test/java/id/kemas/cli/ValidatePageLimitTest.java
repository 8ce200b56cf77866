package id.kemas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kemas validate --max-page-size}: the launch page limit that HTM-008's hint points to. */
class ValidatePageLimitTest {

    @TempDir static Path dir;
    private static Path zip;

    @BeforeAll
    static void buildTheSample() {
        zip = dir.resolve("berakhlak.zip");
        assertEquals(ExitCodes.OK, CliRun.kemas("build", "../samples/berakhlak", "-o", zip.toString()).code());
    }

    @Test
    void theSamplesPageIsCheckedWithinTheDefaultLimit() {
        CliRun run = CliRun.kemas("validate", zip.toString());
        assertEquals(ExitCodes.OK, run.code(), run.out() + run.err());
        assertFalse(run.out().contains("HTM-008"), run.out());
    }

    @Test
    void aPageOverTheGivenLimitIsReportedAndNamesTheOption() {
        CliRun run = CliRun.kemas("validate", "--max-page-size", "64K", zip.toString());
        assertEquals(ExitCodes.OK, run.code(), "HTM-008 is a note: " + run.out() + run.err());
        assertTrue(run.out().contains("info HTM-008"), run.out());
        assertTrue(run.out().contains("larger than 65,536 bytes"), run.out());
        assertTrue(run.out().contains("above the page's size to check it (kemas validate --max-page-size, up to 64M)"),
                "the hint says how to raise it: " + run.out());
    }

    @Test
    void theLimitStaysWithinWhatTheHeapCanParse() {
        CliRun run = CliRun.kemas("validate", "--max-page-size", "65M", zip.toString());
        assertEquals(ExitCodes.EXIT_USAGE, run.code());
        assertTrue(run.err().contains("--max-page-size: at most 64M"), run.err());
        assertEquals(ExitCodes.OK, CliRun.kemas("validate", "--max-page-size", "64M", zip.toString()).code());
    }

    @Test
    void aWrongSizeIsAUsageError() {
        for (String bad : new String[] {"12X", "0"}) {
            CliRun run = CliRun.kemas("validate", "--max-page-size", bad, zip.toString());
            assertEquals(ExitCodes.EXIT_USAGE, run.code(), bad);
            assertTrue(run.err().contains("--max-page-size: '" + bad + "' is not a size"), run.err());
        }
    }
}
