package id.kemas.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kemas.core.model.Leaf;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The English test course: a quiz that draws four of five questions in random order, resume of a
 * drawn attempt, and a journey done with the keyboard alone.
 */
class TestCourseJourneyTest extends BrowserTestBase {

    @Test
    void aDrawnShuffledAttemptResumesInTheSameOrderAndScoresByWeight() {
        BuiltCourses.Built fixture = BuiltCourses.fixture();
        Leaf check = fixture.leaf("check");
        String url = url(fixture, "check");
        ScoPage sco = lms.launch(url, Map.of("entry", "ab-initio"));
        assertEquals(1 + 4 + 1, sco.screens());
        assertEquals("Page 1 of 6", sco.position());
        sco.next();
        List<String> drawn = new ArrayList<>();
        drawn.add(sco.visibleQuestion());
        sco.answer(LearnerJourneyTest.question(check, drawn.get(0)), true);
        assertEquals("Correct", sco.verdict());
        sco.next();
        drawn.add(sco.visibleQuestion());
        sco.answer(LearnerJourneyTest.question(check, drawn.get(1)), false);
        assertEquals("Not correct", sco.verdict());
        sco.exit();
        Map<String, Object> kept = new HashMap<>(lms.committed());

        ScoPage again = lms.launch(url, Map.of("entry", "resume", "data", kept));
        assertEquals(3, again.screen());
        assertEquals(drawn.get(1), again.visibleQuestion(), "the drawn order is kept");
        double earned = LearnerJourneyTest.question(check, drawn.get(0)).weight(), total = earned
                + LearnerJourneyTest.question(check, drawn.get(1)).weight();
        again.next();
        while (again.visibleQuestion() != null) {
            String id = again.visibleQuestion();
            assertTrue(!drawn.contains(id), "each question once");
            drawn.add(id);
            again.answer(LearnerJourneyTest.question(check, id), true);
            earned += LearnerJourneyTest.question(check, id).weight();
            total += LearnerJourneyTest.question(check, id).weight();
            again.next();
        }
        assertEquals(4, drawn.size());
        assertTrue(again.resultsShown());
        Map<String, Object> v = lms.committed();
        assertEquals(earned / total, Double.parseDouble((String) v.get("cmi.score.scaled")), 0.00005);
        assertEquals(earned / total >= 0.6 ? "passed" : "failed", v.get("cmi.success_status"));
        assertEquals("completed", v.get("cmi.completion_status"));
        for (int i = 0; i < 4; i++) LearnerJourneyTest.assertInteraction(v, i, check);
        assertEquals("{lang=en}", ((String) v.get("cmi.interactions.0.description")).substring(0, 9));
        assertNoApiErrors();
    }

    @Test
    void theLmsPassMarkWinsOverTheAuthors() {
        BuiltCourses.Built fixture = BuiltCourses.fixture();
        Leaf check = fixture.leaf("check");
        ScoPage sco = lms.launch(url(fixture, "check"), Map.of("entry", "ab-initio",
                "data", Map.of("cmi.scaled_passing_score", "1")));
        sco.next();
        boolean first = true;
        while (sco.visibleQuestion() != null) {
            sco.answer(LearnerJourneyTest.question(check, sco.visibleQuestion()), !first);
            first = false;
            sco.next();
        }
        assertNotEquals("1", lms.committed().get("cmi.score.scaled"));
        assertEquals("failed", lms.committed().get("cmi.success_status"), "below the LMS's 100 % pass mark");
        assertNoApiErrors();
    }

    @Test
    void everythingWorksWithTheKeyboardAlone() {
        BuiltCourses.Built fixture = BuiltCourses.fixture();
        Leaf check = fixture.leaf("check");
        ScoPage sco = lms.launch(url(fixture, "check"), Map.of("entry", "ab-initio"));
        WebElement body = sco.enter().findElement(By.tagName("body"));
        body.click();
        tabTo(sco, "[data-kemas-nav='next']").sendKeys(Keys.ENTER);
        assertEquals(2, sco.screen());
        String id = sco.visibleQuestion();
        var q = LearnerJourneyTest.question(check, id);
        // Answer with the keyboard: the first control of the question, Space (or typing), then the check button.
        WebElement first = tabTo(sco, "[data-kemas-question='" + id + "'] input, [data-kemas-question='" + id + "'] select");
        switch (q.type()) {
            case FILL_IN -> first.sendKeys(q.accept().get(0));
            case MATCHING -> {
                for (var pair : q.pairs()) {
                    WebElement select = sco.enter().findElement(By.id("kemas-q-" + id + "-" + pair.id()));
                    new org.openqa.selenium.support.ui.Select(select).selectByValue(pair.id());
                }
            }
            default -> first.sendKeys(Keys.SPACE);
        }
        tabTo(sco, "[data-kemas-question='" + id + "'] [data-kemas-quiz='check']").sendKeys(Keys.ENTER);
        assertTrue(sco.visibleScreen().findElement(By.cssSelector("[data-kemas-quiz='feedback']")).isDisplayed());
        tabTo(sco, "[data-kemas-nav='previous']").sendKeys(Keys.ENTER);
        assertEquals(1, sco.screen());
        tabTo(sco, "[data-kemas-nav='exit']").sendKeys(Keys.ENTER);
        assertEquals(1, lms.count("Terminate"));
        assertNoApiErrors();
    }

    /** Presses Tab until the focused element matches {@code css} (at most 60 times). */
    private static WebElement tabTo(ScoPage sco, String css) {
        for (int i = 0; i < 60; i++) {
            WebElement focused = sco.enter().switchTo().activeElement();
            if (Boolean.TRUE.equals(sco.js("return arguments[0].matches(arguments[1]);", focused, css))) {
                String outline = (String) sco.js("return getComputedStyle(arguments[0]).outlineStyle;", focused);
                assertNotEquals("none", outline, "focus is visible on " + css);
                return focused;
            }
            new org.openqa.selenium.interactions.Actions(sco.enter()).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached " + css);
    }
}
