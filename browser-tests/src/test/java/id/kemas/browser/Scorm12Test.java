package id.kemas.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kemas.core.model.Leaf;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With only a SCORM 1.2 API (scorm-again's Scorm12API) the runtime falls back to it. */
class Scorm12Test extends BrowserTestBase {

    @Test
    void aQuizRunsSuspendsResumesAndPassesOnAScorm12Lms() {
        BuiltCourses.Built sample = BuiltCourses.sample();
        Leaf posttest = sample.leaf("posttest");
        String url = url(sample, "posttest");
        ScoPage sco = lms.launch(url, Map.of("version", "1.2", "entry", "ab-initio"));
        sco.next();
        sco.answer(LearnerJourneyTest.question(posttest, sco.visibleQuestion()), true);
        sco.next();
        sco.exit();
        Map<String, Object> v = lms.values();
        assertEquals("3", v.get("cmi.core.lesson_location"));
        assertEquals("incomplete", v.get("cmi.core.lesson_status"));
        assertEquals("suspend", v.get("cmi.core.exit"));
        assertTrue(((String) v.get("cmi.core.session_time")).matches("\\d{4}:\\d{2}:\\d{2}\\.\\d{2}"));
        assertEquals("correct", v.get("cmi.interactions.0.result"));
        assertEquals(1, lms.count("Terminate"));
        assertNoApiErrors();

        Map<String, Object> kept = new HashMap<>(lms.committed());
        ScoPage again = lms.launch(url, Map.of("version", "1.2", "entry", "resume", "data", kept));
        assertEquals(3, again.screen());
        while (again.visibleQuestion() != null) {
            again.answer(LearnerJourneyTest.question(posttest, again.visibleQuestion()), true);
            again.next();
        }
        assertTrue(again.resultsShown());
        assertEquals("passed", lms.committed().get("cmi.core.lesson_status"));
        assertEquals("100", lms.committed().get("cmi.core.score.raw"));
        assertNoApiErrors();
    }
}
