package id.kemas.browser.targets;

import static id.kemas.browser.targets.BerakhlakTargetJourneyTest.assertNoNavigationRequests;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kemas.browser.BrowserTestBase;
import id.kemas.browser.ScoPage;
import id.kemas.export.target.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

/**
 * The sequencing templates' fixture courses built for the single-SCO targets: each template's rule
 * is enforced by the content, in its menu (locks and their reasons) and in continue/previous.
 */
class TemplateJourneyTest extends BrowserTestBase {

    static CoursePage launch(String template, Target target) {
        return BerakhlakTargetJourneyTest.launch(BuiltTargets.template(template, target), Map.of("entry", "ab-initio"));
    }

    static void take(CoursePage course, BuiltTargets.Built built, String leaf, boolean pass) {
        BerakhlakTargetJourneyTest.takeTest(course, built.leaf(leaf), pass);
    }

    @ParameterizedTest
    @EnumSource(value = Target.class, names = {"MOODLE", "SCORM12"})
    void forcedSequentialOpensEachPartWhenTheOneBeforeIsCompleted(Target target) {
        CoursePage course = launch("forced-sequential", target);
        assertFalse(course.locked("intro"));
        assertEquals("Locked: Complete Introduction first.", course.state("unit"));
        assertTrue(course.locked("lesson-1"), "a locked cluster locks what is inside it");
        assertEquals("Locked: Complete Lesson 1–2 first.", course.state("check"), "a numbered cluster is named by its range");
        course.study("intro");
        assertFalse(course.locked("lesson-1"));
        assertEquals("Locked: Complete Lesson 1 first.", course.state("lesson-2"));
        course.study("lesson-1");
        course.study("lesson-2");
        assertFalse(course.locked("check"));
        assertEquals("Completed", course.state("intro"), "completed parts stay open for review");
        assertFalse(course.locked("intro"));
        assertNoNavigationRequests();
        assertNoApiErrors();
    }

    @ParameterizedTest
    @EnumSource(value = Target.class, names = {"MOODLE", "SCORM12"})
    void linearStrictGoesForwardWithNextOnly(Target target) {
        BuiltTargets.Built built = BuiltTargets.template("linear-strict", target);
        CoursePage course = BerakhlakTargetJourneyTest.launch(built, Map.of("entry", "ab-initio"));
        assertFalse(course.locked("intro"));
        assertEquals("Locked: Follow the order with the Next button.", course.state("lesson-1"));
        course.open("intro");
        ScoPage m = course.material();
        assertFalse(m.nav("previous").isEnabled(), "no going back");
        while (m.screen() < m.screens()) m.next();
        m.next();
        assertEquals("lesson-1", course.openMaterial(), "Next on the last page continues with the next part");
        assertFalse(m.nav("previous").isEnabled(), "forward only");
        m.next();
        assertEquals("lesson-2", course.openMaterial());
        m.home();
        assertTrue(course.locked("intro"), "a part left behind does not open again");
        assertTrue(course.locked("lesson-1"));
        assertTrue(course.locked("lesson-2"), "Lesson 2 was completed on its one page");
        assertFalse(course.locked("check"), "the check is next");
        assertNoNavigationRequests();
        assertNoApiErrors();
    }

    @ParameterizedTest
    @EnumSource(value = Target.class, names = {"MOODLE", "SCORM12"})
    void aPassedPreTestTestsOutAndPassesTheCourse(Target target) {
        BuiltTargets.Built built = BuiltTargets.template("pretest-test-out", target);
        BerakhlakTargetJourneyTest.Cmi cmi = new BerakhlakTargetJourneyTest.Cmi(target);
        CoursePage course = BerakhlakTargetJourneyTest.launch(built, Map.of("entry", "ab-initio"));
        course.open("pretest");
        take(course, built, "pretest", true);
        course.material().home();
        assertEquals("No longer required: Pre-test passed", course.state("unit"));
        assertEquals("No longer required: Pre-test passed", course.state("posttest"));
        Map<String, Object> v = lms.committed();
        assertEquals("completed", cmi.completion(v), "skipped parts do not keep the course incomplete");
        assertEquals("passed", cmi.success(v));
        assertNull(v.get(cmi.core("score.raw")), "a pre-test's score is never the course's");
        assertNoNavigationRequests();
        assertNoApiErrors();
    }

    @ParameterizedTest
    @EnumSource(value = Target.class, names = {"MOODLE", "SCORM12"})
    void aFailedTestSendsTheLearnerBackToItsRemediation(Target target) {
        BuiltTargets.Built built = BuiltTargets.template("remediation", target);
        BerakhlakTargetJourneyTest.Cmi cmi = new BerakhlakTargetJourneyTest.Cmi(target);
        CoursePage course = BerakhlakTargetJourneyTest.launch(built, Map.of("entry", "ab-initio"));
        course.study("intro");
        course.study("lesson-1");
        course.study("lesson-2");
        course.open("quiz");
        take(course, built, "quiz", false);
        ScoPage m = course.material();
        assertTrue(m.enter().findElement(By.cssSelector("[data-kemas-quiz='retry']")).getAttribute("hidden") != null,
                "no retry before the remediation");
        m.home();
        assertEquals("Locked: Study Lesson 1 again first.", course.state("quiz"));
        assertEquals("In progress", course.state("lesson-1"), "the remediation starts again");
        assertEquals("Completed", course.state("lesson-2"), "the rest keeps its status");
        course.open("lesson-1");
        assertEquals(1, m.screen());
        while (m.screen() < m.screens()) m.next();
        m.next();
        assertEquals("quiz", course.openMaterial(), "after Lesson 1, Next passes over Lesson 2 to the test");
        course.enterRetry();
        take(course, built, "quiz", true);
        Map<String, Object> v = lms.committed();
        assertEquals("passed", cmi.success(v));
        assertEquals("completed", cmi.completion(v));
        assertNoNavigationRequests();
        assertNoApiErrors();
    }

    @ParameterizedTest
    @EnumSource(value = Target.class, names = {"MOODLE", "SCORM12"})
    void aRandomBankShowsOneTestAndItsResultIsTheCourses(Target target) {
        BuiltTargets.Built built = BuiltTargets.template("random-bank", target);
        BerakhlakTargetJourneyTest.Cmi cmi = new BerakhlakTargetJourneyTest.Cmi(target);
        CoursePage course = BerakhlakTargetJourneyTest.launch(built, Map.of("entry", "ab-initio"));
        List<String> tests = List.of("test-a", "test-b", "test-c");
        List<String> shown = tests.stream().filter(course::shown).toList();
        assertEquals(1, shown.size(), "one of three is drawn: " + shown);
        course.study("lesson");
        course.open(shown.get(0));
        take(course, built, shown.get(0), true);
        Map<String, Object> v = lms.committed();
        assertEquals("completed", cmi.completion(v));
        assertEquals("passed", cmi.success(v));
        assertEquals("100", v.get(cmi.core("score.raw")));
        course.material().home();
        course.exit();
        Map<String, Object> kept = new java.util.HashMap<>(lms.committed());
        CoursePage again = BerakhlakTargetJourneyTest.launch(built, Map.of("entry", "resume", "data", kept));
        assertEquals(shown, tests.stream().filter(again::shown).toList(), "the draw is kept");
        assertNoApiErrors();
    }

    @ParameterizedTest
    @EnumSource(value = Target.class, names = {"MOODLE", "SCORM12"})
    void theCourseResultComesFromTheNamedTestOnly(Target target) {
        BuiltTargets.Built built = BuiltTargets.template("result-from", target);
        BerakhlakTargetJourneyTest.Cmi cmi = new BerakhlakTargetJourneyTest.Cmi(target);
        CoursePage course = BerakhlakTargetJourneyTest.launch(built, Map.of("entry", "ab-initio"));
        course.study("lesson");
        course.open("practice");
        take(course, built, "practice", false);
        course.material().home();
        assertEquals("unknown", cmi.success(lms.committed()), "a failed practice test does not fail the course");
        course.open("final");
        take(course, built, "final", true);
        Map<String, Object> v = lms.committed();
        assertEquals("passed", cmi.success(v));
        assertEquals("completed", cmi.completion(v));
        assertEquals("100", v.get(cmi.core("score.raw")), "the score is the final test's alone");
        assertNoNavigationRequests();
        assertNoApiErrors();
    }

    @ParameterizedTest
    @EnumSource(value = Target.class, names = {"MOODLE", "SCORM12"})
    void progressBasedCompletionCompletesTheCourseAtItsThreshold(Target target, @TempDir Path dir) throws Exception {
        Path folder = dir.resolve("progress");
        Files.createDirectories(folder.resolve("pages"));
        Files.writeString(folder.resolve("course.yaml"), String.join("\n", "id: progress", "title: Progress",
                "version: 1.0.0", "language: en", "description: Completed at half the lessons.", "sequencing:", "  raw:",
                "    adlcp:completionThreshold: {completedByMeasure: true, minProgressMeasure: 0.5}", "children:",
                "  - {id: one, title: One, pages: [pages/one.md]}", "  - {id: two, title: Two, pages: [pages/two.md]}", ""));
        Files.writeString(folder.resolve("pages/one.md"), "# One\n\nText.\n");
        Files.writeString(folder.resolve("pages/two.md"), "# Two\n\nText.\n");
        BuiltTargets.Built built = BuiltTargets.of(folder, target);
        BerakhlakTargetJourneyTest.Cmi cmi = new BerakhlakTargetJourneyTest.Cmi(target);
        CoursePage course = BerakhlakTargetJourneyTest.launch(built, Map.of("entry", "ab-initio"));
        assertEquals("incomplete", cmi.completion(lms.committed()));
        course.study("one");
        assertEquals("completed", cmi.completion(lms.committed()), "one of two parts reaches the threshold of 0.5");
        if (target == Target.MOODLE) assertEquals("0.5", lms.committed().get("cmi.progress_measure"));
        assertNoApiErrors();
    }

    @ParameterizedTest
    @EnumSource(value = Target.class, names = {"MOODLE", "SCORM12"})
    void optionalPartsDoNotCountForCompletion(Target target) {
        BuiltTargets.Built built = BuiltTargets.template("optional", target);
        BerakhlakTargetJourneyTest.Cmi cmi = new BerakhlakTargetJourneyTest.Cmi(target);
        CoursePage course = BerakhlakTargetJourneyTest.launch(built, Map.of("entry", "ab-initio"));
        assertEquals("0 of 1 required parts completed", (String) course.js(
                "return document.querySelector('[data-kemas-course=\"progress\"]').textContent;"));
        course.study("lesson");
        assertEquals("completed", cmi.completion(lms.committed()));
        if (target == Target.SCORM12) {
            assertEquals("completed", lms.committed().get("cmi.core.lesson_status"), "no success to report: completed");
        } else {
            assertEquals("unknown", lms.committed().get("cmi.success_status"), "set explicitly, and unknown");
        }
        assertNoNavigationRequests();
        assertNoApiErrors();
    }
}
