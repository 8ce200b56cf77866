package id.kemas.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * adl.nav.request is used only when adl.nav.request_valid says the LMS accepts the request;
 * otherwise the SCO navigates by itself.
 */
class NavigationRequestTest extends BrowserTestBase {

    @Test
    void nextOnTheLastPageAsksTheLmsToContinueWhenItAccepts() {
        BuiltCourses.Built sample = BuiltCourses.sample();
        ScoPage sco = lms.launch(url(sample, "pendahuluan"), Map.of("entry", "ab-initio", "navValid", Map.of("continue", "true")));
        while (sco.screen() < sco.screens()) sco.next();
        assertTrue(sco.nav("next").isEnabled());
        sco.next();
        assertEquals("continue", lms.values().get("adl.nav.request"));
        assertEquals(1, lms.count("Terminate"));
        assertEquals("normal", lms.values().get("cmi.exit"));
        assertNoApiErrors();
    }

    @Test
    void previousOnTheFirstPageIsOffWhenTheLmsDoesNotSay() {
        BuiltCourses.Built sample = BuiltCourses.sample();
        ScoPage sco = lms.launch(url(sample, "pendahuluan"), Map.of("entry", "ab-initio"));
        assertFalse(sco.nav("previous").isEnabled());
        sco.next();
        assertTrue(sco.nav("previous").isEnabled());
        sco.previous();
        assertEquals(1, sco.screen());
        assertFalse(lms.values().containsKey("adl.nav.request"));
        assertNoApiErrors();
    }

    @Test
    void homeGoesToTheHomeLeafWhenTheLmsAcceptsTheChoice() {
        BuiltCourses.Built sample = BuiltCourses.sample();
        ScoPage sco = lms.launch(url(sample, "akuntabel"), Map.of("entry", "ab-initio",
                "scoItemIds", java.util.List.of("ITEM-beranda")));
        sco.next();
        sco.home();
        assertEquals("{target=ITEM-beranda}choice", lms.values().get("adl.nav.request"),
                () -> lms.calls().stream().filter(c -> c.get("args").toString().contains("nav")).toList().toString());
        assertEquals("suspend", lms.values().get("cmi.exit"));
        assertEquals(1, lms.count("Terminate"));
        assertNoApiErrors();
    }

    @Test
    void homeWithoutTheLmsGoesToTheFirstPage() {
        BuiltCourses.Built sample = BuiltCourses.sample();
        ScoPage sco = lms.launch(url(sample, "akuntabel"), Map.of("entry", "ab-initio"));
        sco.next();
        sco.next();
        sco.home();
        assertEquals(1, sco.screen());
        assertEquals(0, lms.count("Terminate"));
        assertFalse(lms.values().containsKey("adl.nav.request"));
        assertNoApiErrors();
    }

    @Test
    void exitUsesSuspendAllWhileIncompleteWhenTheLmsAcceptsIt() {
        BuiltCourses.Built sample = BuiltCourses.sample();
        ScoPage sco = lms.launch(url(sample, "akuntabel"), Map.of("entry", "ab-initio",
                "navValid", Map.of("suspendAll", "true", "exitAll", "true")));
        sco.next();
        sco.exit();
        assertEquals("suspendAll", lms.values().get("adl.nav.request"));
        assertEquals("suspend", lms.values().get("cmi.exit"));
        assertEquals(1, lms.count("Terminate"));
        assertNoApiErrors();
    }

    @Test
    void aRefusedCommitIsRetriedAndTheLearnerIsTold() {
        BuiltCourses.Built sample = BuiltCourses.sample();
        ScoPage sco = lms.launch(url(sample, "akuntabel"), Map.of("entry", "ab-initio", "failCommits", 2));
        sco.next();
        assertTrue(sco.text("[data-kemas-status]").contains("belum tersimpan"), "the learner sees that saving failed");
        new WebDriverWait(lms.driver(), Duration.ofSeconds(10)).until(d -> "2".equals(lms.committed().get("cmi.location")));
        assertTrue(lms.count("Commit") >= 3);
        assertEquals("", sco.text("[data-kemas-status]"), "the notice goes once the data is saved");
        assertEquals(2, lms.calls().stream().filter(c -> "Commit".equals(c.get("fn")) && "391".equals(c.get("error"))).count());
    }
}
