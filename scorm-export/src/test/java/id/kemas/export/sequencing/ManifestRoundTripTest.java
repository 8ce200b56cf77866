package id.kemas.export.sequencing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kemas.core.load.CourseLoader;
import id.kemas.core.model.Course;
import id.kemas.core.problem.Problems;
import id.kemas.core.sequencing.Activity;
import id.kemas.core.sequencing.ActivityTree;
import id.kemas.core.sequencing.compile.SequencingCompiler;
import id.kemas.validator.Messages;
import id.kemas.validator.sequencing.ManifestSequencingReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The manifest says exactly what the compiler meant: reading the written manifest back (as the
 * validator does, through {@code imsss:sequencingCollection} and IDRef) gives every activity the
 * same sequencing and the same ADL settings as the compiled tree.
 */
class ManifestRoundTripTest {

    static List<String> templates() {
        return SequencingManifestTest.templates().toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void readingTheManifestBackGivesTheCompiledSequencing(String template, @TempDir Path dir) throws IOException {
        Path folder = template.equals("berakhlak") ? Path.of("../samples/berakhlak")
                : Path.of("../core/src/test/resources/sequencing").resolve(template);
        Course course = CourseLoader.load(folder).course().orElseThrow();
        ActivityTree compiled = SequencingCompiler.compile(course).tree();

        Files.write(dir.resolve("imsmanifest.xml"), SequencingManifestTest.manifest(template));
        Problems problems = new Problems(Messages.catalog());
        ActivityTree read = ManifestSequencingReader.readPackage(dir, problems).orElseThrow(() -> new AssertionError(problems.sorted()));

        assertEquals(compiled.activities().size(), read.activities().size());
        for (Activity c : compiled.activities()) {
            Activity r = read.get(c.isRoot() ? "ORG-" + course.id() : "ITEM-" + c.id());
            assertEquals(c.title(), r.title());
            assertEquals(c.kind(), r.kind());
            assertEquals(c.sequencing(), r.sequencing(), "sequencing of " + c.id());
            assertEquals(c.settings(), r.settings(), "ADL settings of " + c.id());
        }
    }
}
