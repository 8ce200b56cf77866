package id.kemas.cli;

import static id.kemas.cli.CliRun.kemas;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kemas build} as a user runs it: exit codes, standard output, standard error, files. */
class BuildCommandTest {

    private static final Path COURSES = Path.of("../core/src/test/resources/courses");
    private static final Path BROKEN = Path.of("../core/src/test/resources/broken");

    @TempDir Path dir;

    private Path copy(Path source) throws IOException {
        Path target = dir.resolve(source.getFileName());
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.toList()) {
                Path t = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return target;
    }

    @Test
    void buildsACourseIntoItsDistFolderAndSummarisesOnStdout() throws IOException {
        Path course = copy(COURSES.resolve("minimal"));
        CliRun run = kemas("build", "--target=scorm2004", course.toString());
        assertEquals(ExitCodes.OK, run.code(), run.err());
        Path zip = course.resolve("dist/minimal-1.0.0-scorm2004.zip");
        assertTrue(Files.isRegularFile(zip));
        assertTrue(run.out().startsWith("Built " + zip), run.out());
        assertTrue(run.out().contains("SCOs      3"), run.out());
        assertTrue(run.out().lines().count() <= 24, "fits one screen");
        assertEquals("", run.err(), "no progress bar when standard error is not a terminal");
    }

    @Test
    void theFullCheckRunsTheWholeValidatorOnThePackage() throws IOException {
        Path course = copy(COURSES.resolve("minimal"));
        CliRun run = kemas("build", "--check=full", course.toString(), "-o", dir.resolve("full.zip").toString());
        assertEquals(ExitCodes.OK, run.code(), run.err());
        CliRun wrong = kemas("build", "--check=maybe", course.toString());
        assertEquals(ExitCodes.EXIT_USAGE, wrong.code());
    }

    @Test
    void sourceDateEpochFromTheEnvironmentSetsEveryTimestamp() throws Exception {
        Path course = copy(COURSES.resolve("minimal"));
        Path zip = dir.resolve("epoch.zip");
        CliRun run = CliRun.process(java.util.Map.of("SOURCE_DATE_EPOCH", "1700000000", "TZ", "UTC"),
                "build", course.toString(), "-o", zip.toString());
        assertEquals(ExitCodes.OK, run.code(), run.err());
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(zip.toFile())) {
            z.stream().forEach(e -> assertEquals(java.time.LocalDateTime.of(2023, 11, 14, 22, 13, 20),
                    e.getTimeLocal(), e.getName()));
        }
        CliRun bad = CliRun.process(java.util.Map.of("SOURCE_DATE_EPOCH", "last tuesday"), "build", course.toString(), "-o", zip.toString());
        assertEquals(ExitCodes.EXIT_USAGE, bad.code(), bad.err());
        assertTrue(bad.err().contains("SOURCE_DATE_EPOCH"), bad.err());
    }

    @Test
    void outputOptionChoosesTheZipAndMakesItsFolder() throws IOException {
        Path course = copy(COURSES.resolve("minimal"));
        Path zip = dir.resolve("out/nested/m.zip");
        CliRun run = kemas("build", course.toString(), "-o", zip.toString());
        assertEquals(ExitCodes.OK, run.code(), run.err());
        assertTrue(Files.isRegularFile(zip));
        assertFalse(Files.exists(course.resolve("dist")));
    }

    @Test
    void problemsInTheCoursePrintWithLocationAndHintExitOneAndWriteNothing() throws IOException {
        for (String name : List.of("missing-media", "yaml-syntax")) {
            Path course = copy(BROKEN.resolve(name));
            String expected = Files.readAllLines(course.resolve("expected.txt")).stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).findFirst().orElseThrow();
            String id = expected.split(" ")[0];
            String where = expected.split(" ")[1];
            CliRun run = kemas("build", course.toString());
            assertEquals(ExitCodes.EXIT_PROBLEMS, run.code(), name + ": " + run.err());
            List<String> lines = run.err().lines().toList();
            String headline = course.resolve(where.substring(0, where.indexOf(':'))) + where.substring(where.indexOf(':'))
                    + ": error " + id + ": ";
            assertTrue(lines.get(0).startsWith(headline), name + ": " + lines.get(0) + " should start with " + headline);
            assertTrue(lines.get(1).startsWith("    hint: ") && lines.get(1).length() > 12, lines.get(1));
            assertEquals("", run.out(), name);
            assertFalse(Files.exists(course.resolve("dist")), name + ": no output folder, no zip");
            assertFalse(run.err().contains("\tat "), "no stack trace");
        }
    }

    @Test
    void aMissingCourseFolderIsAUsageError() {
        CliRun run = kemas("build", dir.resolve("nope").toString());
        assertEquals(ExitCodes.EXIT_USAGE, run.code());
        assertTrue(run.err().startsWith("kemas: not a course folder: "), run.err());
        assertTrue(run.err().contains("kemas build --help"), run.err());
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithoutAStackTrace() {
        CliRun run = kemas("build", "--frobnicate", "x");
        assertEquals(ExitCodes.EXIT_USAGE, run.code());
        assertTrue(run.err().contains("Unknown option: '--frobnicate'"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
        assertEquals("", run.out());
    }

    @Test
    void noSubcommandShowsUsageAndExitsTwo() {
        CliRun run = kemas();
        assertEquals(ExitCodes.EXIT_USAGE, run.code());
        assertTrue(run.err().contains("Usage: kemas"), run.err());
    }

    @Test
    void anUnwritableOutputIsAnIoErrorWithOneLineUnlessVerbose() throws IOException {
        Path course = copy(COURSES.resolve("minimal"));
        Path occupied = dir.resolve("occupied.zip");
        Files.createDirectories(occupied.resolve("something"));
        CliRun run = kemas("build", course.toString(), "-o", occupied.toString());
        assertEquals(ExitCodes.EXIT_IO, run.code(), run.err());
        assertTrue(run.err().startsWith("kemas: error: "), run.err());
        assertTrue(run.err().contains(occupied.toString()), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
        try (Stream<Path> left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "the temporary zip is gone");
        }

        CliRun verbose = kemas("build", "--verbose", course.toString(), "-o", occupied.toString());
        assertEquals(ExitCodes.EXIT_IO, verbose.code());
        assertTrue(verbose.err().contains("\tat "), "--verbose shows the stack trace");
    }

    @Test
    void versionAndHelpListTheExitCodes() {
        CliRun version = kemas("--version");
        assertEquals(ExitCodes.OK, version.code());
        assertTrue(version.out().startsWith("kemas "), version.out());
        assertFalse(version.out().contains("${"), "the version was filled in by the build: " + version.out());

        for (String[] args : List.of(new String[] {"--help"}, new String[] {"build", "--help"})) {
            CliRun help = kemas(args);
            assertEquals(ExitCodes.OK, help.code());
            assertTrue(help.out().contains("Exit codes:"), help.out());
            for (String line : List.of("0   Done.", "1   Problems in the input", "2   Wrong usage", "3   A file could not",
                    "4   Internal error")) {
                assertTrue(help.out().contains(line), line + " in " + help.out());
            }
        }
    }
}
