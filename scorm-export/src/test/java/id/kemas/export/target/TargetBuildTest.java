package id.kemas.export.target;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kemas.core.load.CourseLoader;
import id.kemas.core.model.Course;
import id.kemas.core.problem.Problem;
import id.kemas.core.problem.Problems;
import id.kemas.core.problem.Severity;
import id.kemas.export.PackageReader;
import id.kemas.export.build.BuildMessages;
import id.kemas.export.build.BuildOptions;
import id.kemas.export.build.BuildResult;
import id.kemas.validator.PackageKind;
import id.kemas.validator.Report;
import id.kemas.validator.ValidationOptions;
import id.kemas.validator.Validator;
import id.kemas.validator.schema.SchemaSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The BerAKHLAK sample built for every target: valid, the same bytes twice, the shape the target promises. */
class TargetBuildTest {

    static final Path SAMPLE = Path.of("../samples/berakhlak");

    @TempDir Path out;

    static Course sample() {
        return CourseLoader.load(SAMPLE).course().orElseThrow();
    }

    static Path build(Target target, Path zip) throws Exception {
        Problems problems = new Problems(BuildMessages.CATALOG);
        BuildResult r = new TargetBuild(target, BuildOptions.defaults(), Optional.of(SAMPLE.resolve("theme")))
                .build(sample(), SAMPLE, zip, problems);
        assertTrue(r.succeeded(), () -> target + ": " + problems.sorted());
        assertEquals(List.of(), problems.sorted().stream().map(Problem::headline).toList(), target + " reports nothing");
        return zip;
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void buildsAValidPackageTwiceTheSame(Target target) throws Exception {
        Path a = build(target, out.resolve("a.zip"));
        Path b = build(target, out.resolve("b.zip"));
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), "byte-identical builds for " + target);
        Report report = Validator.validate(a, ValidationOptions.defaults());
        assertEquals(List.of(), report.problems().stream().filter(p -> p.severity().atLeast(Severity.ERROR))
                .map(Problem::headline).toList(), "the validator finds no error in the " + target + " build");
        assertEquals(target == Target.SCORM12 ? PackageKind.SCORM_12 : PackageKind.SCORM_2004_4TH, report.kind());
    }

    @ParameterizedTest
    @EnumSource(value = Target.class, names = {"MOODLE", "SCORM12"})
    void aSingleScoTargetHasOneScoThatLaunchesTheWholeCourse(Target target) throws Exception {
        Path zip = build(target, out.resolve(target + ".zip"));
        List<String> names = PackageReader.names(zip);
        assertTrue(names.contains("sco-berakhlak.html"), names.toString());
        assertTrue(names.contains("kemas/kemas-course.js"), names.toString());
        assertTrue(names.stream().noneMatch(n -> n.equals("sco-posttest.html") || n.equals("sco-akuntabel.html")),
                "no page per leaf: " + names);
        SchemaSet schemas = target == Target.SCORM12 ? SchemaSet.SCORM_12 : SchemaSet.SCORM_2004_4TH;
        for (String schema : schemas.files()) {
            assertArrayEquals(schemas.open(schema).readAllBytes(), PackageReader.read(zip, schema), schema + " at the root");
        }
        String manifest = new String(PackageReader.read(zip, "imsmanifest.xml"), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(1, manifest.split("scormType=\"sco\"|scormtype=\"sco\"", -1).length - 1, manifest);
    }
}
