package id.kemas.browser;

import id.kemas.core.model.Question;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A launched SCO, driven the way a learner (or a QA script) would: through the stable
 * data-kemas-nav and data-kemas-quiz controls.
 */
public final class ScoPage {

    private final WebDriver driver;
    private final LmsSession lms;
    private final Runnable enter;
    private final String windowHandle;

    public ScoPage(WebDriver driver, LmsSession lms, Runnable enter, String windowHandle) {
        this.driver = driver;
        this.lms = lms;
        this.enter = enter;
        this.windowHandle = windowHandle;
    }

    public WebDriver enter() {
        lms.enter(this, enter);
        return driver;
    }

    public Object js(String script, Object... args) {
        enter();
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public void waitReady() {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            lms.forgetContext();
            enter();
            return Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                    "return !!(window.kemas && window.kemas.player && document.readyState === 'complete');"));
        });
    }

    /** 1-based number of the screen shown. */
    public int screen() {
        return ((Number) js("return kemas.player.current + 1;")).intValue();
    }

    public int screens() {
        return ((Number) js("return kemas.player.screens;")).intValue();
    }

    public String position() {
        return text("[data-kemas-position]");
    }

    public String text(String css) {
        return enter().findElement(By.cssSelector(css)).getText();
    }

    public WebElement nav(String which) {
        return enter().findElement(By.cssSelector("[data-kemas-nav='" + which + "']"));
    }

    public void next() {
        nav("next").click();
    }

    public void previous() {
        nav("previous").click();
    }

    public void home() {
        nav("home").click();
    }

    public void exit() {
        nav("exit").click();
    }

    /** Next until the last screen (content pages only: stops at the first question). */
    public void readPages() {
        while (screen() < screens() && visibleQuestion() == null && !resultsShown()) next();
    }

    /** The visible screen element. */
    public WebElement visibleScreen() {
        return (WebElement) js("return Array.prototype.find.call(document.querySelectorAll('[data-kemas-screen]'), e => !e.hidden);");
    }

    public String visibleQuestion() {
        Object id = js("var s = document.querySelector('[data-kemas-screen=\"question\"]:not([hidden])');"
                + " return s ? s.getAttribute('data-kemas-question') : null;");
        return id == null ? null : id.toString();
    }

    public boolean resultsShown() {
        return Boolean.TRUE.equals(js("return !document.querySelector('[data-kemas-screen=\"results\"]').hidden;"));
    }

    /** Answers the visible question (right or wrong) with the controls a learner uses, and checks it. */
    public void answer(Question q, boolean correctly) {
        WebElement section = visibleScreen();
        String base = "kemas-q-" + q.id();
        switch (q.type()) {
            case SINGLE -> {
                Question.Choice pick = q.choices().stream().filter(c -> c.correct() == correctly).findFirst().orElseThrow();
                section.findElement(By.id(base + "-" + pick.id())).click();
            }
            case MULTIPLE -> {
                List<Question.Choice> picks = correctly
                        ? q.choices().stream().filter(Question.Choice::correct).toList()
                        : q.choices().stream().filter(c -> !c.correct()).limit(1).toList();
                for (Question.Choice c : picks) section.findElement(By.id(base + "-" + c.id())).click();
            }
            case TRUE_FALSE -> {
                boolean value = q.answer().orElseThrow() == correctly;
                section.findElement(By.id(base + "-" + value)).click();
            }
            case FILL_IN -> {
                // Upper case and spaces around: the check is case-insensitive and trimmed.
                String text = correctly ? "  " + q.accept().get(0).toUpperCase(java.util.Locale.ROOT) + " " : "jawaban keliru";
                section.findElement(By.id(base + "-text")).sendKeys(text);
            }
            case MATCHING -> {
                List<Question.MatchPair> pairs = q.pairs();
                for (int i = 0; i < pairs.size(); i++) {
                    String target = correctly ? pairs.get(i).id() : pairs.get((i + 1) % pairs.size()).id();
                    new Select(section.findElement(By.id(base + "-" + pairs.get(i).id()))).selectByValue(target);
                }
            }
        }
        section.findElement(By.cssSelector("[data-kemas-quiz='check']")).click();
    }

    public String verdict() {
        return visibleScreen().findElement(By.cssSelector("[data-kemas-quiz='verdict']")).getText();
    }

    /** Loads axe-core into the SCO's document and checks what is visible now. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> axeViolations(String axeSource) {
        enter();
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return !!window.axe;"))) js.executeScript(axeSource);
        Object result = js.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "axe.run(document, { resultTypes: ['violations'] }).then(function (r) {"
                        + "  done(r.violations.map(function (v) { return { id: v.id, impact: v.impact, help: v.help,"
                        + "    nodes: v.nodes.map(function (n) { return n.target.join(' ') + ' ' + (n.failureSummary || ''); }) }; }));"
                        + "}, function (e) { done([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }]); });");
        return (List<Map<String, Object>>) result;
    }

    /** Closes the SCO's window, as a learner closing the tab. */
    void closeWindow() {
        enter().close();
        lms.forgetContext();
    }

    String windowHandle() {
        return windowHandle;
    }
}
