package id.kemas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read limits that the hints of PKG-009, PKG-010 and HTM-008 tell QA to raise. */
class ValidateLimitsTest {

    @TempDir static Path dir;
    private static Path zip;

    @BeforeAll
    static void buildTheSample() {
        zip = dir.resolve("berakhlak.zip");
        assertEquals(ExitCodes.OK, CliRun.kemas("build", "../samples/berakhlak", "-o", zip.toString()).code());
    }

    @Test
    void theSampleIsWithinEveryDefaultLimit() {
        CliRun run = CliRun.kemas("validate", zip.toString());
        assertEquals(ExitCodes.OK, run.code(), run.out() + run.err());
        assertFalse(run.out().contains("HTM-008"), run.out());
    }

    @Test
    void eachLimitIsTheOneItsMessageNamesAndItsHintSaysHowToRaiseIt() {
        assertLimit("--max-page-size", "64K", ExitCodes.OK, "info HTM-008",
                "above the page's size to check it (kemas validate --max-page-size, up to 64M)");
        assertLimit("--max-entries", "10", ExitCodes.EXIT_PROBLEMS, "fatal PKG-009",
                "raise the entry limit: kemas validate --max-entries (up to 500000)");
        assertLimit("--max-size", "100K", ExitCodes.EXIT_PROBLEMS, "fatal PKG-010",
                "raise the size limit: kemas validate --max-size");
    }

    @Test
    void limitsCanBeRaisedAsFarAsMemoryAllows() {
        for (String[] raised : new String[][] {{"--max-page-size", "64M"}, {"--max-entries", "500000"}, {"--max-size", "16G"}}) {
            assertEquals(ExitCodes.OK, CliRun.kemas("validate", raised[0], raised[1], zip.toString()).code(), raised[0]);
        }
        assertUsageError("--max-page-size", "65M", "--max-page-size: at most 64M (a page is parsed whole, in memory)");
        assertUsageError("--max-entries", "500001", "--max-entries: from 1 to 500000, not 500001");
        assertUsageError("--max-entries", "0", "--max-entries: from 1 to 500000, not 0");
    }

    @Test
    void aWrongSizeIsAUsageError() {
        for (String option : new String[] {"--max-page-size", "--max-size"}) {
            for (String bad : new String[] {"12X", "0"}) assertUsageError(option, bad, option + ": '" + bad + "' is not a size");
        }
    }

    /** Validates the sample under a lower limit: the run ends with {@code code}, reporting {@code id} with {@code hint}. */
    private static void assertLimit(String option, String value, int code, String id, String hint) {
        CliRun run = CliRun.kemas("validate", option, value, zip.toString());
        assertEquals(code, run.code(), option + ": " + run.out() + run.err());
        assertTrue(run.out().contains(id), run.out());
        assertTrue(run.out().contains(hint), run.out());
    }

    private static void assertUsageError(String option, String value, String message) {
        CliRun run = CliRun.kemas("validate", option, value, zip.toString());
        assertEquals(ExitCodes.EXIT_USAGE, run.code(), option + " " + value);
        assertTrue(run.err().contains(message), run.err());
    }
}
