package id.kemas.export.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kemas.core.load.CourseLoader;
import id.kemas.core.load.LoadResult;
import id.kemas.core.problem.Problems;
import id.kemas.export.PackageReader;
import id.kemas.export.render.PlainScoRenderer;
import id.kemas.export.render.ScoRenderer;
import id.kemas.export.render.VelocityScoRenderer;
import id.kemas.validator.Report;
import id.kemas.validator.ValidationOptions;
import id.kemas.validator.Validator;
import id.kemas.validator.schema.ManifestSchemaValidator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sample course, and the loader's own test courses, built through the loader. */
class SamplesTest {

    @TempDir Path out;

    static Stream<org.junit.jupiter.params.provider.Arguments> courses() throws IOException {
        Stream.Builder<org.junit.jupiter.params.provider.Arguments> all = Stream.builder();
        for (Path parent : List.of(Path.of("../samples"), Path.of("../core/src/test/resources/courses"))) {
            if (!Files.isDirectory(parent)) continue;
            try (Stream<Path> dirs = Files.list(parent)) {
                for (Path d : dirs.filter(d -> Files.isRegularFile(d.resolve("course.yaml"))).sorted().toList()) {
                    all.add(org.junit.jupiter.params.provider.Arguments.of(d, "plain"));
                    all.add(org.junit.jupiter.params.provider.Arguments.of(d, "velocity"));
                }
            }
        }
        return all.build();
    }

    @ParameterizedTest(name = "{0} with the {1} renderer")
    @MethodSource("courses")
    void buildsAValidPackageTwiceTheSame(Path course, String rendererName) throws Exception {
        ScoRenderer renderer = rendererName.equals("plain") ? new PlainScoRenderer()
                : new VelocityScoRenderer(course.resolve("theme"));
        LoadResult loaded = CourseLoader.load(course);
        assertTrue(loaded.course().isPresent(), () -> course + ": " + loaded.problems());
        Path a = out.resolve("a.zip");
        Path b = out.resolve("b.zip");
        for (Path zip : List.of(a, b)) {
            Problems problems = new Problems(BuildMessages.CATALOG);
            BuildResult r = new PackageBuild(BuildOptions.defaults().withRenderer(renderer))
                    .build(loaded.course().get(), course, zip, problems);
            assertTrue(r.succeeded(), () -> course + ": " + problems.sorted());
        }
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), "byte-identical builds of " + course);
        byte[] manifest = PackageReader.read(a, "imsmanifest.xml");
        assertEquals(List.of(), new ManifestSchemaValidator().validate(new ByteArrayInputStream(manifest), "imsmanifest.xml"),
                "manifest of " + course + " is valid against every namespace's schema");
        Report report = Validator.validate(a, ValidationOptions.defaults());
        assertEquals(0, report.errorCount(), () -> "the validator finds no error in " + course + ": " + report.problems());
        Process unzip = new ProcessBuilder("unzip", "-tq", a.toString()).redirectErrorStream(true).start();
        String text = new String(unzip.getInputStream().readAllBytes());
        assertEquals(0, unzip.waitFor(), text);
    }
}
