package id.kemas.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same course gives a byte-identical zip for every target in two separate JVMs: hash seeds,
 * {@code Map.of} order and thread timing differ between processes, not within one.
 */
class SeparateRunsDeterminismTest {

    private static final Path SAMPLE = Path.of("../samples/berakhlak");

    @TempDir Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"moodle", "scorm2004", "scorm12"})
    void twoProcessesWriteTheSameBytes(String target) throws Exception {
        Path first = build(target, "first.zip");
        Path second = build(target, "second.zip");
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second), target + ": the zips differ");
    }

    private Path build(String target, String name) throws IOException, InterruptedException {
        Path zip = dir.resolve(name);
        Path log = dir.resolve(name + ".log");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Kemas.class.getName(),
                "build", "--target", target, SAMPLE.toString(), "-o", zip.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(target + ": kemas build did not finish");
        }
        assertEquals(0, p.exitValue(), Files.readString(log));
        return zip;
    }
}
