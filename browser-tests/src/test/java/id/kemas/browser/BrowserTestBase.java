package id.kemas.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kemas.export.render.ScoRenderer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** One Chromium and one local server per test class; a fresh LMS page for every launch. */
public abstract class BrowserTestBase {

    protected static Chromium chromium;
    protected static TestServer server;
    protected static LmsSession lms;

    @BeforeAll
    public static void startBrowser() {
        Prerequisites.check();
        server = new TestServer();
        chromium = Chromium.start();
        lms = new LmsSession(chromium, server);
    }

    @AfterAll
    public static void stopBrowser() {
        try {
            if (chromium != null) chromium.close();
        } finally {
            if (server != null) server.close();
        }
    }

    static String url(BuiltCourses.Built built, String leafId) {
        return server.serve(built.course().id(), built.folder()) + ScoRenderer.launchPath(leafId);
    }

    /** Journey requirement 6: the LMS saw no failed call and scorm-again logged no error. */
    protected static void assertNoApiErrors() {
        List<Map<String, Object>> failed = lms.failedCalls();
        assertEquals(List.of(), failed, "API calls that failed");
        assertEquals(List.of(), lms.errorLogs(), "scorm-again error log");
    }
}
