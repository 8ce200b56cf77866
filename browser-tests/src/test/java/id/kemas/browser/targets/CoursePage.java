package id.kemas.browser.targets;

import id.kemas.browser.LmsSession;
import id.kemas.browser.ScoPage;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A single-SCO course launched in the test LMS's frame, driven through its stable controls: the home
 * menu's data-kemas-open buttons and, inside a material, the SCO page's own controls (a
 * {@link ScoPage} over the same frame: only the open material's screens are in the document).
 */
final class CoursePage {

    private final LmsSession lms;
    private final WebDriver driver;
    private final ScoPage material;

    private CoursePage(LmsSession lms) {
        this.lms = lms;
        this.driver = lms.driver();
        this.material = new ScoPage(driver, lms, this::switchIn, null);
    }

    /**
     * Opens a fresh LMS page (scorm-again, SCORM 2004 or 1.2) and launches the course in its frame.
     *
     * @param options for lms.start: version ("1.2"), entry, data
     */
    static CoursePage launch(LmsSession lms, String base, String url, Map<String, Object> options) {
        lms.closeOtherWindows();
        lms.forgetContext();
        WebDriver driver = lms.driver();
        driver.switchTo().defaultContent();
        driver.get(base + "/harness/lms.html");
        lms.forgetContext();
        lms.js("lms.start(arguments[0]); return true;", options);
        lms.js("return lms.open(arguments[0], 'frame');", url);
        CoursePage page = new CoursePage(lms);
        page.waitReady();
        return page;
    }

    private void switchIn() {
        driver.switchTo().defaultContent().switchTo().frame("sco");
    }

    private void enter() {
        lms.enter(material, this::switchIn);
    }

    Object js(String script, Object... args) {
        enter();
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    void waitReady() {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            lms.forgetContext();
            enter();
            return Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                    "return !!(window.kemas && window.kemas.shell && document.readyState === 'complete');"));
        });
    }

    /** The material on screen: the page object of a SCO, over the course's frame. */
    ScoPage material() {
        return material;
    }

    boolean menuShown() {
        return Boolean.TRUE.equals(js("return !document.querySelector('[data-kemas-menu]').hidden;"));
    }

    /** The id of the material on screen, or null on the menu. */
    String openMaterial() {
        Object id = js("var s = kemas.shell; return s.active ? s.rows[s.active.row].id : null;");
        return id == null ? null : id.toString();
    }

    WebElement openButton(String leafId) {
        enter();
        return driver.findElement(By.cssSelector("[data-kemas-open='" + leafId + "']"));
    }

    /** Opens a material from the menu, as the learner does. */
    void open(String leafId) {
        openButton(leafId).click();
    }

    boolean locked(String nodeId) {
        return Boolean.TRUE.equals(js("return document.querySelector('[data-kemas-node=\"' + arguments[0] + '\"]')"
                + ".classList.contains('kemas-locked');", nodeId));
    }

    /** What the menu says about a node: its state, or why it is locked. */
    String state(String nodeId) {
        return (String) js("return document.querySelector('[data-kemas-node=\"' + arguments[0] + '\"] > [data-kemas-state]')"
                + ".textContent;", nodeId);
    }

    boolean shown(String nodeId) {
        return Boolean.FALSE.equals(js("return document.querySelector('[data-kemas-node=\"' + arguments[0] + '\"]').hidden;",
                nodeId));
    }

    String courseResult() {
        return (String) js("return document.querySelector('[data-kemas-course=\"result\"]').textContent;");
    }

    /** Reads every page of the open material to its last screen, then goes back to the menu. */
    void readAndReturn() {
        ScoPage m = material;
        while (m.screen() < m.screens()) m.next();
        m.home();
    }

    /** Opens a content material from the menu, reads it all and returns to the menu. */
    void study(String leafId) {
        open(leafId);
        readAndReturn();
    }

    /** The course's Exit button (on the menu), or the material's. */
    void exit() {
        if (menuShown()) {
            enter();
            driver.findElement(By.cssSelector("[data-kemas-course='exit']")).click();
        } else {
            material.exit();
        }
    }

    /** Presses the results screen's Try again. */
    void enterRetry() {
        material.enter().findElement(By.cssSelector("[data-kemas-quiz='retry']")).click();
    }
}
