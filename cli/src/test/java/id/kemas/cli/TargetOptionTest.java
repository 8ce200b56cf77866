package id.kemas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kemas.validator.PackageKind;
import id.kemas.validator.Report;
import id.kemas.validator.ValidationOptions;
import id.kemas.validator.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kemas build --target}: moodle by default, each target's package, a clear error for an unknown one. */
class TargetOptionTest {

    private static final Path SAMPLE = Path.of("../samples/berakhlak");

    @TempDir Path dir;

    @Test
    void theDefaultTargetIsMoodleOneScoThatHoldsTheCourse() {
        Path zip = dir.resolve("default.zip");
        CliRun run = CliRun.kemas("build", SAMPLE.toString(), "-o", zip.toString());
        assertEquals(ExitCodes.OK, run.code(), run.err());
        assertTrue(run.out().contains("SCOs      1"), run.out());
        Report report = Validator.validate(zip, ValidationOptions.defaults());
        assertEquals(PackageKind.SCORM_2004_4TH, report.kind());
        assertEquals(0, report.errorCount(), report.problems().toString());
    }

    @Test
    void scorm12BuildsAValidScorm12Package() {
        Path zip = dir.resolve("twelve.zip");
        CliRun run = CliRun.kemas("build", "--target", "scorm12", "--check=full", SAMPLE.toString(),
                "-o", zip.toString());
        assertEquals(ExitCodes.OK, run.code(), run.err());
        Report report = Validator.validate(zip, ValidationOptions.defaults());
        assertEquals(PackageKind.SCORM_12, report.kind());
        assertEquals(0, report.errorCount(), report.problems().toString());
    }

    @Test
    void anUnknownTargetIsAUsageErrorThatListsTheTargets() {
        CliRun run = CliRun.kemas("build", "--target", "blackboard", SAMPLE.toString(), "-o",
                dir.resolve("x.zip").toString());
        assertEquals(ExitCodes.EXIT_USAGE, run.code());
        assertTrue(run.err().contains("'blackboard' is not a target; use one of: scorm2004, moodle, scorm12"), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace");
        assertFalse(Files.exists(dir.resolve("x.zip")));
    }

    @Test
    void theHelpListsTheTargetsAndTheDefault() {
        CliRun help = CliRun.kemas("build", "--help");
        assertEquals(ExitCodes.OK, help.code());
        String text = help.out().replaceAll("\\s+", " ");
        assertTrue(text.contains("--target=<target>"), help.out());
        assertTrue(text.contains("scorm2004, moodle, scorm12 (default: moodle)"), help.out());
    }
}
