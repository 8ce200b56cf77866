package id.kemas.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kemas.core.model.Leaf;
import id.kemas.core.model.Question;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The learner journeys of the sample module, against scorm-again as the LMS. */
public class LearnerJourneyTest extends BrowserTestBase {

    static final Pattern DURATION = Pattern.compile("PT(\\d+H)?(\\d+M)?(\\d+(\\.\\d{1,2})?S)?");
    static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{2}Z");

    @Test
    void readingEveryPageCompletesTheScoAndExitIsNormal() {
        BuiltCourses.Built sample = BuiltCourses.sample();
        ScoPage sco = lms.launch(url(sample, "akuntabel"), Map.of("entry", "ab-initio"));
        int screens = sco.screens();
        assertEquals(sample.leaf("akuntabel").pages().size(), screens);
        assertEquals("Halaman 1 dari " + screens, sco.position());
        while (sco.screen() < screens) sco.next();
        assertFalse(sco.nav("next").isEnabled(), "Next is off on the last page when the LMS has no continue");
        assertTrue(sco.enter().findElement(By.cssSelector("[data-kemas-end]")).isDisplayed());
        assertEquals("completed", lms.committed().get("cmi.completion_status"));
        assertEquals("1", lms.committed().get("cmi.progress_measure"));

        sco.exit();
        assertEquals("normal", lms.values().get("cmi.exit"));
        assertEquals(1, lms.count("Initialize"));
        assertEquals(1, lms.count("Terminate"));
        assertTrue(DURATION.matcher((String) lms.values().get("cmi.session_time")).matches());
        assertEquals(1, lms.calls().stream().filter(c -> c.get("args").toString().contains("cmi.session_time")).count(),
                "session time is reported once");
        assertTrue(sco.enter().findElement(By.cssSelector("[data-kemas-exited]")).isDisplayed());
        assertNoApiErrors();
    }

    @Test
    void leavingOnPageThreeResumesThereWithTheEarlierAnswers() {
        BuiltCourses.Built sample = BuiltCourses.sample();
        Leaf posttest = sample.leaf("posttest");
        String url = url(sample, "posttest");
        ScoPage sco = lms.launch(url, Map.of("entry", "ab-initio"));
        sco.next();
        Question q1 = question(posttest, sco.visibleQuestion());
        sco.answer(q1, true);
        sco.next();
        Question q2 = question(posttest, sco.visibleQuestion());
        sco.answer(q2, false);
        assertEquals(3, sco.screen());
        sco.exit();
        assertEquals("suspend", lms.values().get("cmi.exit"));
        Map<String, Object> kept = new HashMap<>(lms.committed());
        assertEquals("3", kept.get("cmi.location"));
        assertNotNull(kept.get("cmi.suspend_data"));
        assertNoApiErrors();

        ScoPage again = lms.launch(url, Map.of("entry", "resume", "data", kept));
        assertEquals(3, again.screen(), "opens on the page the learner left");
        assertEquals(q2.id(), again.visibleQuestion());
        assertEquals("Kurang tepat", again.verdict(), "the earlier answer is restored and marked");
        assertTrue(lms.calls().stream().anyMatch(c -> c.get("fn").equals("GetValue")
                && c.get("args").toString().contains("cmi.entry") && "resume".equals(c.get("result"))));
        again.previous();
        assertEquals(q1.id(), again.visibleQuestion());
        assertEquals("Benar", again.verdict());
        again.next();
        again.next();
        assertEquals(4, again.screen(), "the learner goes on from there");
        assertEquals("2", lms.cmi("cmi.interactions._count"), "no interaction is recorded twice");
        assertNoApiErrors();
    }

    @Test
    void passingTheQuizReportsPassedTheScaledScoreAndInteractions() {
        BuiltCourses.Built sample = BuiltCourses.sample();
        Leaf posttest = sample.leaf("posttest");
        ScoPage sco = lms.launch(url(sample, "posttest"), Map.of("entry", "ab-initio"));
        sco.next();
        double earned = 0, total = 0;
        int n = 0;
        while (sco.visibleQuestion() != null) {
            Question q = question(posttest, sco.visibleQuestion());
            boolean right = n % 5 != 0;      // every fifth answer wrong: 80 % of the questions
            sco.answer(q, right);
            total += q.weight();
            if (right) earned += q.weight();
            n++;
            sco.next();
        }
        assertTrue(sco.resultsShown());
        Map<String, Object> v = lms.committed();
        double scaled = earned / total;
        assertEquals(scaled, Double.parseDouble((String) v.get("cmi.score.scaled")), 0.00005);
        assertEquals(scaled * 100, Double.parseDouble((String) v.get("cmi.score.raw")), 0.005);
        assertEquals("0", v.get("cmi.score.min"));
        assertEquals("100", v.get("cmi.score.max"));
        assertEquals("passed", v.get("cmi.success_status"));
        assertEquals("completed", v.get("cmi.completion_status"));
        assertEquals(String.valueOf(posttest.quiz().orElseThrow().questions().size()), lms.cmi("cmi.interactions._count"));
        for (int i = 0; i < n; i++) assertInteraction(v, i, posttest);
        assertTrue(((String) v.get("cmi.interactions.0.description")).startsWith("{lang=id}"));
        assertNoApiErrors();
    }

    @Test
    void failingTheQuizReportsFailedAndOffersARetry() {
        BuiltCourses.Built sample = BuiltCourses.sample();
        Leaf posttest = sample.leaf("posttest");
        ScoPage sco = lms.launch(url(sample, "posttest"), Map.of("entry", "ab-initio"));
        sco.next();
        while (sco.visibleQuestion() != null) {
            sco.answer(question(posttest, sco.visibleQuestion()), false);
            sco.next();
        }
        Map<String, Object> v = lms.committed();
        assertEquals("failed", v.get("cmi.success_status"));
        assertEquals("0", v.get("cmi.score.scaled"));
        assertTrue(sco.text("[data-kemas-quiz='outcome']").contains("belum lulus"));
        sco.enter().findElement(By.cssSelector("[data-kemas-quiz='retry']")).click();
        assertEquals(2, sco.screen(), "a retry starts at the first question");
        Question first = question(posttest, sco.visibleQuestion());
        sco.answer(first, true);
        int count = posttest.quiz().orElseThrow().questions().size();
        assertEquals(String.valueOf(count + 1), lms.cmi("cmi.interactions._count"), "the new attempt's answers are added");
        assertEquals("failed", lms.committed().get("cmi.success_status"), "success changes only when the attempt ends");
        assertNoApiErrors();
    }

    @Test
    void closingTheFrameMidWayCommitsTheLastCheckpointAndTerminatesOnce() {
        BuiltCourses.Built sample = BuiltCourses.sample();
        ScoPage sco = lms.launch(url(sample, "akuntabel"), Map.of("entry", "ab-initio"));
        sco.next();
        sco.next();
        lms.js("lms.open('about:blank'); return true;");
        new WebDriverWait(lms.driver(), Duration.ofSeconds(10)).until(d -> lms.count("Terminate") > 0);
        assertEquals(1, lms.count("Terminate"));
        assertEquals("3", lms.committed().get("cmi.location"));
        assertEquals("suspend", lms.values().get("cmi.exit"));
        assertEquals("incomplete", lms.committed().get("cmi.completion_status"));
        assertFalse(lms.values().containsKey("cmi.success_status"), "no status is made up on the way out");
        assertNoApiErrors();
    }

    @Test
    void closingAPopupTabMidWayCommitsTheLastCheckpointAndTerminatesOnce() {
        BuiltCourses.Built sample = BuiltCourses.sample();
        ScoPage sco = lms.launch(url(sample, "akuntabel"), Map.of("entry", "ab-initio"), true);
        sco.next();
        sco.next();
        sco.closeWindow();
        new WebDriverWait(lms.driver(), Duration.ofSeconds(10)).until(d -> lms.count("Terminate") > 0);
        assertEquals(1, lms.count("Terminate"));
        assertEquals(1, lms.count("Initialize"));
        assertEquals("3", lms.committed().get("cmi.location"));
        assertEquals("suspend", lms.values().get("cmi.exit"));
        assertNoApiErrors();
    }

    @Test
    void exitThenLeavingThePageStillTerminatesOnce() {
        BuiltCourses.Built sample = BuiltCourses.sample();
        ScoPage sco = lms.launch(url(sample, "akuntabel"), Map.of("entry", "ab-initio"));
        sco.next();
        sco.exit();
        lms.js("lms.open('about:blank'); return true;");
        lms.js("return new Promise(r => setTimeout(r, 300));");
        assertEquals(1, lms.count("Terminate"));
        assertEquals("2", lms.committed().get("cmi.location"));
        assertNoApiErrors();
    }

    @Test
    void hidingThePageCommitsWithoutEndingTheSession() {
        BuiltCourses.Built sample = BuiltCourses.sample();
        ScoPage sco = lms.launch(url(sample, "akuntabel"), Map.of("entry", "ab-initio"));
        sco.next();
        long commits = lms.count("Commit");
        sco.js("Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });"
                + " document.dispatchEvent(new Event('visibilitychange')); return true;");
        assertEquals(commits + 1, lms.count("Commit"));
        assertEquals(0, lms.count("Terminate"));
        assertEquals("2", lms.committed().get("cmi.location"));
        assertNoApiErrors();
    }

    public static Question question(Leaf leaf, String id) {
        return leaf.quiz().orElseThrow().questions().stream().filter(q -> q.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no question " + id + " is shown"));
    }

    /** cmi.interactions.i.* in the SCORM 2004 format of its type. */
    static void assertInteraction(Map<String, Object> v, int i, Leaf leaf) {
        String p = "cmi.interactions." + i + ".";
        Question q = question(leaf, (String) v.get(p + "id"));
        assertEquals(q.type().interactionType(), v.get(p + "type"), p + "type");
        String learner = (String) v.get(p + "learner_response");
        String correct = (String) v.get(p + "correct_responses.0.pattern");
        switch (q.type()) {
            case SINGLE -> {
                assertTrue(learner.matches("[a-z0-9_-]+"), learner);
                assertEquals(q.choices().stream().filter(Question.Choice::correct).findFirst().orElseThrow().id(), correct);
            }
            case MULTIPLE -> {
                assertTrue(learner.matches("[a-z0-9_-]+(\\[,\\][a-z0-9_-]+)*"), learner);
                assertEquals(String.join("[,]", q.choices().stream().filter(Question.Choice::correct)
                        .map(Question.Choice::id).toList()), correct);
            }
            case TRUE_FALSE -> {
                assertTrue(learner.equals("true") || learner.equals("false"), learner);
                assertEquals(String.valueOf(q.answer().orElseThrow()), correct);
            }
            case FILL_IN -> {
                assertEquals(learner.strip(), learner);
                assertEquals(q.accept().get(0), correct);
            }
            case MATCHING -> {
                assertTrue(learner.matches("[a-z0-9_-]+\\[\\.\\][a-z0-9_-]+(\\[,\\][a-z0-9_-]+\\[\\.\\][a-z0-9_-]+)*"), learner);
                assertEquals(String.join("[,]", q.pairs().stream().map(pr -> pr.id() + "[.]" + pr.id()).toList()), correct);
            }
        }
        String result = (String) v.get(p + "result");
        assertTrue(List.of("correct", "incorrect").contains(result), result);
        assertEquals(new java.math.BigDecimal(q.weight()).stripTrailingZeros().toPlainString(), v.get(p + "weighting"));
        assertTrue(DURATION.matcher((String) v.get(p + "latency")).matches(), (String) v.get(p + "latency"));
        assertTrue(TIMESTAMP.matcher((String) v.get(p + "timestamp")).matches(), (String) v.get(p + "timestamp"));
        assertTrue(((String) v.get(p + "description")).matches("\\{lang=[A-Za-z-]+\\}[^{].*"), (String) v.get(p + "description"));
    }
}
