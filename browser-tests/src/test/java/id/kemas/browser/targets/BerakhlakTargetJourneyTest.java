package id.kemas.browser.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kemas.browser.BrowserTestBase;
import id.kemas.browser.LearnerJourneyTest;
import id.kemas.browser.ScoPage;
import id.kemas.core.model.Leaf;
import id.kemas.export.target.Target;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

/**
 * The journeys of the sequencing templates on the BerAKHLAK sample built for the single-SCO
 * targets, with scorm-again as the LMS (SCORM 2004 for moodle, SCORM 1.2 for scorm12): the content
 * enforces the gate, the attempts and the result itself, and reports the same outcome to both.
 */
class BerakhlakTargetJourneyTest extends BrowserTestBase {

    static final List<String> MATERI = List.of("pendahuluan", "berorientasi-pelayanan", "akuntabel", "kompeten",
            "harmonis", "loyal", "adaptif", "kolaboratif");

    static CoursePage launch(BuiltTargets.Built built, Map<String, Object> extra) {
        Map<String, Object> options = new HashMap<>(extra);
        if (built.target() == Target.SCORM12) options.put("version", "1.2");
        String url = server.serve(built.target().id() + "-" + built.course().id(), built.folder()) + built.launch();
        return CoursePage.launch(lms, server.base(), url, options);
    }

    static void takeTest(CoursePage course, Leaf test, boolean pass) {
        ScoPage m = course.material();
        while (m.visibleQuestion() == null && !m.resultsShown()) m.next();
        while (m.visibleQuestion() != null) {
            m.answer(LearnerJourneyTest.question(test, m.visibleQuestion()), pass);
            m.next();
        }
        assertTrue(m.resultsShown(), "the results are shown");
    }

    @ParameterizedTest
    @EnumSource(value = Target.class, names = {"MOODLE", "SCORM12"})
    void thePostTestIsLockedUntilMateri1To8AreCompletedThenPassing(Target target) {
        BuiltTargets.Built built = BuiltTargets.sample(target);
        Cmi cmi = new Cmi(target);
        CoursePage course = launch(built, Map.of("entry", "ab-initio"));
        assertTrue(course.menuShown(), "a new learner starts on the home menu");
        assertTrue(course.locked("posttest"));
        assertEquals("Terkunci: Selesaikan Materi 1–8 terlebih dahulu.", course.state("posttest"));
        assertFalse(course.openButton("posttest").isEnabled());
        assertEquals("incomplete", cmi.completion(lms.committed()));

        for (String id : MATERI.subList(0, 7)) course.study(id);
        assertTrue(course.locked("posttest"), "still locked with Materi 8 to go");
        course.study("kolaboratif");
        assertFalse(course.locked("posttest"), "open once Materi 1–8 are completed");
        assertEquals("Belum dimulai · Kesempatan terpakai: 0 dari 2", course.state("posttest"));
        assertEquals("incomplete", cmi.completion(lms.committed()), "the post-test is still to do");

        course.open("posttest");
        takeTest(course, built.leaf("posttest"), true);
        Map<String, Object> v = lms.committed();
        assertEquals("completed", cmi.completion(v));
        assertEquals("passed", cmi.success(v));
        assertEquals("100", v.get(cmi.core("score.raw")));
        assertEquals("0", v.get(cmi.core("score.min")));
        assertEquals("100", v.get(cmi.core("score.max")));
        if (target == Target.MOODLE) assertEquals("1", v.get("cmi.score.scaled"));
        course.material().home();
        assertEquals("Anda lulus modul ini dengan nilai 100.", course.courseResult());
        course.exit();
        assertEquals(target == Target.MOODLE ? "normal" : "", lms.values().get(cmi.core("exit")), "a completed course is not suspended");

        // per-material status as cmi.objectives.n, in material order, ids from the course
        List<Leaf> leaves = built.course().leaves();
        for (int n = 0; n < leaves.size(); n++) assertEquals(leaves.get(n).id(), v.get("cmi.objectives." + n + ".id"));
        int post = leaves.indexOf(built.leaf("posttest"));
        assertEquals("passed", cmi.objectiveSuccess(lms.committed(), post));
        assertEquals("100", lms.committed().get("cmi.objectives." + post + ".score.raw"));
        int akuntabel = leaves.indexOf(built.leaf("akuntabel"));
        assertEquals("completed", cmi.objectiveCompletion(lms.committed(), akuntabel));
        assertEquals(1, lms.count("Initialize"));
        assertEquals(1, lms.count("Terminate"));
        assertNoNavigationRequests();
        assertNoApiErrors();
    }

    @ParameterizedTest
    @EnumSource(value = Target.class, names = {"MOODLE", "SCORM12"})
    void leavingMidWayAndRelaunchingResumesInTheSameMaterialAndPage(Target target) {
        BuiltTargets.Built built = BuiltTargets.sample(target);
        Cmi cmi = new Cmi(target);
        CoursePage course = launch(built, Map.of("entry", "ab-initio"));
        course.study("pendahuluan");
        course.open("pretest");
        ScoPage m = course.material();
        m.next();
        Leaf pretest = built.leaf("pretest");
        String first = m.visibleQuestion();
        m.answer(LearnerJourneyTest.question(pretest, first), true);
        m.next();
        String second = m.visibleQuestion();
        m.answer(LearnerJourneyTest.question(pretest, second), false);
        assertEquals(3, m.screen());
        course.exit();
        assertEquals("suspend", lms.values().get(cmi.core("exit")));
        assertEquals(1, lms.count("Terminate"));
        Map<String, Object> kept = new HashMap<>(lms.committed());
        assertEquals("pretest/3", kept.get(cmi.core(target == Target.MOODLE ? "location" : "lesson_location")));
        assertNoApiErrors();

        CoursePage again = launch(built, Map.of("entry", "resume", "data", kept));
        assertEquals("pretest", again.openMaterial(), "opens the material the learner left");
        assertEquals(3, again.material().screen(), "on the page the learner left");
        assertEquals(second, again.material().visibleQuestion());
        assertEquals("Kurang tepat", again.material().verdict(), "the earlier answer is restored and marked");
        again.material().previous();
        assertEquals("Benar", again.material().verdict());
        again.material().home();
        assertEquals("Selesai", again.state("pendahuluan"), "the other material keeps its status");
        assertEquals("Sedang dipelajari", again.state("pretest"));
        assertNoNavigationRequests();
        assertNoApiErrors();
    }

    @ParameterizedTest
    @EnumSource(value = Target.class, names = {"MOODLE", "SCORM12"})
    void aPassedPreTestDoesNotCompleteTheCourse(Target target) {
        BuiltTargets.Built built = BuiltTargets.sample(target);
        Cmi cmi = new Cmi(target);
        CoursePage course = launch(built, Map.of("entry", "ab-initio"));
        course.open("pretest");
        takeTest(course, built.leaf("pretest"), true);
        course.material().home();
        assertTrue(course.state("pretest").startsWith("Lulus, nilai 100"), course.state("pretest"));
        assertTrue(course.locked("posttest"), "the pre-test opens nothing");
        Map<String, Object> v = lms.committed();
        assertEquals("incomplete", cmi.completion(v));
        assertEquals("unknown", cmi.success(v), "the course's result comes from the post-test only");
        assertNull(v.get(cmi.core("score.raw")), "and so does its score");
        int pre = built.course().leaves().indexOf(built.leaf("pretest"));
        assertEquals("passed", cmi.objectiveSuccess(v, pre), "the pre-test's own result is kept");
        assertNoNavigationRequests();
        assertNoApiErrors();
    }

    @ParameterizedTest
    @EnumSource(value = Target.class, names = {"MOODLE", "SCORM12"})
    void failingThePostTestTwiceUsesUpItsAttemptsAndFailsTheCourse(Target target) {
        BuiltTargets.Built built = BuiltTargets.sample(target);
        Cmi cmi = new Cmi(target);
        CoursePage course = launch(built, Map.of("entry", "ab-initio"));
        for (String id : MATERI) course.study(id);
        course.open("posttest");
        Leaf post = built.leaf("posttest");
        takeTest(course, post, false);
        assertEquals("failed", cmi.success(lms.committed()));
        course.enterRetry();
        takeTest(course, post, false);
        assertTrue(course.material().enter().findElement(By.cssSelector("[data-kemas-quiz='retry']")).getAttribute("hidden") != null,
                "no third attempt is offered");
        course.material().home();
        assertTrue(course.locked("posttest"));
        assertEquals("Terkunci: Kesempatan mengerjakan sudah habis.", course.state("posttest"));
        Map<String, Object> v = lms.committed();
        assertEquals("completed", cmi.completion(v));
        assertEquals("failed", cmi.success(v));
        assertEquals("0", v.get(cmi.core("score.raw")));
        assertNoNavigationRequests();
        assertNoApiErrors();
    }

    @ParameterizedTest
    @EnumSource(value = Target.class, names = {"MOODLE", "SCORM12"})
    void closingTheFrameMidWayKeepsThePlaceAndTerminatesOnce(Target target) {
        BuiltTargets.Built built = BuiltTargets.sample(target);
        Cmi cmi = new Cmi(target);
        CoursePage course = launch(built, Map.of("entry", "ab-initio"));
        course.open("harmonis");
        course.material().next();
        course.material().next();
        lms.js("lms.open('about:blank'); return true;");
        new org.openqa.selenium.support.ui.WebDriverWait(lms.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> lms.count("Terminate") > 0);
        assertEquals(1, lms.count("Terminate"));
        assertEquals("suspend", lms.values().get(cmi.core("exit")));
        Map<String, Object> kept = new HashMap<>(lms.committed());
        assertEquals("harmonis/3", kept.get(cmi.core(target == Target.MOODLE ? "location" : "lesson_location")));
        CoursePage again = launch(built, Map.of("entry", "resume", "data", kept));
        assertEquals("harmonis", again.openMaterial());
        assertEquals(3, again.material().screen());
        assertNoApiErrors();
    }

    /** The content never asks the LMS to navigate: stock Moodle breaks on adl.nav.request. */
    static void assertNoNavigationRequests() {
        assertEquals(List.of(), lms.calls().stream().filter(c -> c.get("args").toString().contains("adl.nav")).toList());
    }

    /** The course-level and objective elements in the names of the LMS's SCORM version. */
    record Cmi(Target target) {
        boolean v12() {
            return target == Target.SCORM12;
        }

        String core(String element) {
            return v12() ? "cmi.core." + element : "cmi." + element;
        }

        /** completion_status, or for 1.2 what lesson_status says of completion. */
        String completion(Map<String, Object> v) {
            if (!v12()) return (String) v.get("cmi.completion_status");
            String s = (String) v.get("cmi.core.lesson_status");
            return s.equals("incomplete") || s.equals("browsed") || s.equals("not attempted") ? "incomplete" : "completed";
        }

        /** success_status, or for 1.2 what lesson_status says of success. */
        String success(Map<String, Object> v) {
            if (!v12()) return (String) v.get("cmi.success_status");
            String s = (String) v.get("cmi.core.lesson_status");
            return s.equals("passed") || s.equals("failed") ? s : "unknown";
        }

        String objectiveSuccess(Map<String, Object> v, int n) {
            if (!v12()) return (String) v.get("cmi.objectives." + n + ".success_status");
            String s = (String) v.get("cmi.objectives." + n + ".status");
            return s.equals("passed") || s.equals("failed") ? s : "unknown";
        }

        String objectiveCompletion(Map<String, Object> v, int n) {
            if (!v12()) return (String) v.get("cmi.objectives." + n + ".completion_status");
            String s = (String) v.get("cmi.objectives." + n + ".status");
            return s.equals("passed") || s.equals("failed") || s.equals("completed") ? "completed" : s;
        }
    }
}
