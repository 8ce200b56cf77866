package id.kemas.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs {@code kemas build} for every target, {@code validate} and {@code inspect} once on a tiny
 * bundled course, printing nothing. The launcher runs this with {@code -XX:DumpLoadedClassList}
 * after each rebuild of the jar and dumps the listed classes into a static class-data archive, so
 * that later starts skip loading and verifying them.
 */
public final class Warmup {

    private static final String COURSE = "/id/kemas/cli/warmup/";
    private static final List<String> FILES = List.of("course.yaml", "pages/intro.md", "pages/lesson.md",
            "quizzes/check.yaml", "media/square.svg", "media/notes.txt");

    private Warmup() {}

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("kemas-warmup");
        try {
            for (String name : FILES) {
                Path target = dir.resolve("course").resolve(name);
                Files.createDirectories(target.getParent());
                try (InputStream in = Warmup.class.getResourceAsStream(COURSE + name)) {
                    if (in == null) throw new IllegalStateException("missing " + name);
                    Files.copy(in, target);
                }
            }
            PrintWriter quiet = new PrintWriter(Writer.nullWriter());
            String course = dir.resolve("course").toString();
            for (String target : List.of("moodle", "scorm2004", "scorm12")) {
                String zip = dir.resolve(target + ".zip").toString();
                KemasCommandLine.create(quiet, quiet).execute("build", "--target", target, course, "-o", zip);
                KemasCommandLine.create(quiet, quiet).execute("validate", zip);
            }
            KemasCommandLine.create(quiet, quiet).execute("inspect", course);
            KemasCommandLine.create(quiet, quiet).execute("--help");
        } finally {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }
}
