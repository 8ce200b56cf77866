package id.kemas.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kemas.core.model.Leaf;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;

/** A SCO opened straight from a web server, with no LMS around it. */
class StandaloneTest extends BrowserTestBase {

    private ScoPage open(String url) {
        lms.closeOtherWindows();
        lms.forgetContext();
        chromium.driver.switchTo().defaultContent();
        chromium.driver.get(url);
        ScoPage sco = new ScoPage(chromium.driver, lms, () -> chromium.driver.switchTo().defaultContent(), null);
        sco.waitReady();
        return sco;
    }

    private List<String> kemasConsole() {
        return chromium.driver.manage().logs().get("browser").getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage).filter(m -> m.contains("[kemas]")).toList();
    }

    @Test
    void runsWithoutAnLmsWarnsOnceAndResumesFromTheBrowser() {
        BuiltCourses.Built sample = BuiltCourses.sample();
        String url = url(sample, "akuntabel");
        ScoPage sco = open(url);
        sco.js("localStorage.clear(); return true;");
        sco = open(url);
        kemasConsole();

        sco = open(url);
        assertTrue(sco.text("[data-kemas-status]").contains("Tidak terhubung ke LMS"), "the learner is told");
        sco.next();
        sco.next();
        assertEquals(3, sco.screen());
        List<String> warnings = kemasConsole();
        assertEquals(1, warnings.stream().filter(m -> m.contains("no LMS API found")).count(), String.join("\n", warnings));
        assertEquals(1, warnings.size(), "no other warning: " + warnings);

        chromium.driver.navigate().refresh();
        lms.forgetContext();
        sco.waitReady();
        assertEquals(3, sco.screen(), "reloading resumes on the same page");
    }

    @Test
    void keepsQuizAnswersAcrossAReload() {
        BuiltCourses.Built sample = BuiltCourses.sample();
        Leaf posttest = sample.leaf("posttest");
        String url = url(sample, "posttest");
        ScoPage sco = open(url);
        sco.js("localStorage.clear(); return true;");
        sco = open(url);
        sco.next();
        sco.answer(LearnerJourneyTest.question(posttest, sco.visibleQuestion()), true);
        chromium.driver.navigate().refresh();
        lms.forgetContext();
        sco.waitReady();
        assertEquals(2, sco.screen());
        assertEquals("Benar", sco.verdict());
        assertTrue(sco.visibleScreen().findElements(By.cssSelector("input:checked")).size() == 1);
    }

    @Test
    void exitAfterCompletionStartsAfreshNextTime() {
        BuiltCourses.Built sample = BuiltCourses.sample();
        String url = url(sample, "pendahuluan");
        ScoPage sco = open(url);
        sco.js("localStorage.clear(); return true;");
        sco = open(url);
        while (sco.screen() < sco.screens()) sco.next();
        sco.exit();
        assertTrue(sco.enter().findElement(By.cssSelector("[data-kemas-exited]")).isDisplayed());
        String saved = (String) sco.js("return localStorage.getItem('kemas:berakhlak:pendahuluan');");
        assertTrue(saved.contains("\"completion\":\"completed\"") && saved.contains("\"exit\":\"normal\""), saved);
        sco = open(url);
        assertEquals(1, sco.screen());
    }
}
