package id.kemas.export.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kemas.core.load.CourseLoader;
import id.kemas.core.load.LoadResult;
import id.kemas.core.problem.Problem;
import id.kemas.core.problem.Problems;
import id.kemas.core.problem.Severity;
import id.kemas.export.build.BuildMessages;
import id.kemas.export.build.BuildOptions;
import id.kemas.export.build.BuildResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A course whose saved progress can outgrow SCORM 1.2's 4,096 characters: a clear build error, with the numbers. */
class SuspendBudgetTargetTest {

    @TempDir Path dir;

    /** Five fill-in questions: 900 characters each at worst. */
    Path fillInCourse() throws Exception {
        Path course = dir.resolve("fill-ins");
        Files.createDirectories(course.resolve("pages"));
        Files.createDirectories(course.resolve("quizzes"));
        Files.writeString(course.resolve("course.yaml"), """
                id: fill-ins
                title: Fill-ins
                version: 1.0.0
                language: en
                description: Many fill-in questions.
                children:
                  - id: lesson
                    title: Lesson
                    pages: [pages/lesson.md]
                  - id: check
                    title: Check
                    quiz: quizzes/check.yaml
                """);
        Files.writeString(course.resolve("pages/lesson.md"), "# Lesson\n\nText.\n");
        StringBuilder quiz = new StringBuilder("passing-score: 60\nquestions:\n");
        for (int i = 1; i <= 5; i++) {
            quiz.append("  - id: q").append(i).append("\n    type: fill-in\n    prompt: Word ").append(i)
                    .append("?\n    accept: [w").append(i).append("]\n");
        }
        Files.writeString(course.resolve("quizzes/check.yaml"), quiz.toString());
        return course;
    }

    BuildResult build(Path course, Target target, Problems problems) throws Exception {
        LoadResult loaded = CourseLoader.load(course);
        assertEquals(List.of(), loaded.problems());
        return new TargetBuild(target, BuildOptions.defaults(), Optional.empty())
                .build(loaded.course().orElseThrow(), course, dir.resolve(target + ".zip"), problems);
    }

    @Test
    void scorm12RefusesACourseWhoseProgressCanOutgrow4096Characters() throws Exception {
        Path course = fillInCourse();
        Problems problems = new Problems(BuildMessages.CATALOG);
        BuildResult r = build(course, Target.SCORM12, problems);
        assertEquals(BuildResult.Status.INPUT_PROBLEMS, r.status());
        assertFalse(Files.exists(dir.resolve("scorm12.zip")), "nothing is written");
        List<Problem> errors = problems.sorted().stream().filter(p -> p.severity().atLeast(Severity.ERROR)).toList();
        assertEquals(1, errors.size(), errors.toString());
        Problem p = errors.get(0);
        assertEquals("CRS-001", p.id());
        assertEquals("course.yaml", p.location().file());
        assertTrue(p.message().matches("The saved progress of the course can reach 4[0-9]{3} characters, more than the 4096 "
                + "that a SCORM 1\\.2 LMS must keep in cmi\\.suspend_data\\."), p.message());
        assertTrue(p.hint().startsWith("'check' takes the most room (4"), p.hint());
    }

    @Test
    void theSameCourseFitsTheMoodleTarget() throws Exception {
        Problems problems = new Problems(BuildMessages.CATALOG);
        assertTrue(build(fillInCourse(), Target.MOODLE, problems).succeeded(), problems.sorted().toString());
    }
}
