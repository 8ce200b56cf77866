package id.kemas.export.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kemas.core.load.CourseLoader;
import id.kemas.core.load.LoadResult;
import id.kemas.core.problem.Problems;
import id.kemas.export.PackageReader;
import id.kemas.export.build.BuildMessages;
import id.kemas.export.build.BuildOptions;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import id.kemas.core.rules.CourseRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A completion threshold reaches the moodle manifest only when the author asks for progress-based completion. */
class ProgressCompletionTest {

    @TempDir Path dir;

    static Path course(Path dir, String courseRaw) throws Exception {
        Path course = dir.resolve("progress");
        Files.createDirectories(course.resolve("pages"));
        Files.writeString(course.resolve("course.yaml"), """
                id: progress
                title: Progress
                version: 1.0.0
                language: en
                description: Completed at half the lessons.
                %s
                children:
                  - id: one
                    title: One
                    pages: [pages/one.md]
                  - id: two
                    title: Two
                    pages: [pages/two.md]
                """.formatted(courseRaw));
        Files.writeString(course.resolve("pages/one.md"), "# One\n\nText.\n");
        Files.writeString(course.resolve("pages/two.md"), "# Two\n\nText.\n");
        return course;
    }

    static final String HALF = """
            sequencing:
              raw:
                adlcp:completionThreshold: {completedByMeasure: true, minProgressMeasure: 0.5}""";

    String moodleManifest(Path course) throws Exception {
        LoadResult loaded = CourseLoader.load(course);
        assertEquals(List.of(), loaded.problems());
        Path zip = dir.resolve("moodle.zip");
        Problems problems = new Problems(BuildMessages.CATALOG);
        assertTrue(new TargetBuild(Target.MOODLE, BuildOptions.defaults(), Optional.empty())
                .build(loaded.course().orElseThrow(), course, zip, problems).succeeded(), problems.sorted().toString());
        return new String(PackageReader.read(zip, "imsmanifest.xml"), StandardCharsets.UTF_8);
    }

    @Test
    void progressBasedCompletionIsWrittenForTheLmsAndTheContent() throws Exception {
        Path course = course(dir, HALF);
        assertEquals(Optional.of(new BigDecimal("0.5")),
                CourseRules.compile(CourseLoader.load(course).course().orElseThrow()).progressCompletion());
        String manifest = moodleManifest(course);
        assertTrue(manifest.contains("<adlcp:completionThreshold completedByMeasure=\"true\" minProgressMeasure=\"0.5\"/>"),
                manifest);
    }

    @Test
    void withoutItNoThresholdIsWritten() throws Exception {
        assertFalse(moodleManifest(course(dir, "")).contains("completionThreshold"),
                "Moodle would overwrite completion from progress_measure");
    }
}
