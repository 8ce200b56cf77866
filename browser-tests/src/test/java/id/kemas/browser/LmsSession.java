package id.kemas.browser;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The test LMS page (harness/lms.html: scorm-again behind a recording proxy) in the browser, and
 * the SCO it launched, in its frame or in a popup window.
 */
public final class LmsSession {

    private final ChromeDriver driver;
    private final TestServer server;
    private String lmsWindow;
    /** Which document the driver is in now, so that a run of calls into one of them switches once. */
    private Object context;

    LmsSession(Chromium chromium, TestServer server) {
        this.driver = chromium.driver;
        this.server = server;
    }

    /**
     * Opens a fresh LMS session and launches the SCO at {@code scoUrl}.
     *
     * @param options for lms.start: entry, data (flattened cmi values), navValid, scoItemIds, failCommits
     * @param popup   launch in a new window that finds the API through window.opener
     */
    ScoPage launch(String scoUrl, Map<String, Object> options, boolean popup) {
        closeOtherWindows();
        context = null;
        driver.switchTo().defaultContent();
        driver.get(server.base() + "/harness/lms.html");
        lmsWindow = driver.getWindowHandle();
        js("lms.start(arguments[0]); return true;", options);
        Set<String> before = driver.getWindowHandles();
        js("return lms.open(arguments[0], arguments[1]);", scoUrl, popup ? "popup" : "frame");
        ScoPage sco;
        if (popup) {
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getWindowHandles().size() > before.size());
            String handle = driver.getWindowHandles().stream().filter(h -> !before.contains(h)).findFirst().orElseThrow();
            sco = new ScoPage(driver, this, () -> driver.switchTo().window(handle), handle);
        } else {
            String lms = lmsWindow;
            sco = new ScoPage(driver, this, () -> driver.switchTo().window(lms).switchTo().defaultContent().switchTo().frame("sco"), null);
        }
        sco.waitReady();
        return sco;
    }

    ScoPage launch(String scoUrl, Map<String, Object> options) {
        return launch(scoUrl, options, false);
    }

    /** Runs a script in the LMS page ("return ..." gives a value). */
    public Object js(String script, Object... args) {
        if (context != this) {
            driver.switchTo().window(lmsWindow == null ? driver.getWindowHandle() : lmsWindow).switchTo().defaultContent();
            context = this;
        }
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public long count(String apiFunction) {
        return ((Number) js("return lms.count(arguments[0]);", apiFunction)).longValue();
    }

    /** API calls that failed (GetValue of an unset element aside). */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> failedCalls() {
        return (List<Map<String, Object>>) js("return lms.errors();");
    }

    /** scorm-again's own error log lines. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> errorLogs() {
        return (List<Map<String, Object>>) js("return lms.errorLogs();");
    }

    /** What the LMS keeps for the learner as of the last successful Commit or Terminate. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> committed() {
        return (Map<String, Object>) js("return lms.committed;");
    }

    /** Every value the SCO set successfully, committed or not. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> values() {
        return (Map<String, Object>) js("return lms.values;");
    }

    /** Every API call: fn, args, result, error. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> calls() {
        return (List<Map<String, Object>>) js("return lms.calls;");
    }

    public String cmi(String element) {
        return String.valueOf(js("return lms.api.GetValue(arguments[0]);", element));
    }

    /** Runs {@code enter} unless the driver is in {@code owner}'s document already. */
    public void enter(Object owner, Runnable enter) {
        if (context != owner) {
            enter.run();
            context = owner;
        }
    }

    /** The driver's document may have changed (a window closed, a frame navigated). */
    public void forgetContext() {
        context = null;
    }

    public void closeOtherWindows() {
        context = null;
        if (lmsWindow == null) return;
        for (String h : driver.getWindowHandles()) {
            if (!h.equals(lmsWindow)) driver.switchTo().window(h).close();
        }
        driver.switchTo().window(lmsWindow);
    }

    public WebDriver driver() {
        return driver;
    }
}
