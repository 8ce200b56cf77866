package id.kemas.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kemas.export.render.suspend.SuspendArbitraries;
import id.kemas.export.render.suspend.SuspendDataCodec;
import id.kemas.export.render.suspend.SuspendLayout;
import id.kemas.export.render.suspend.SuspendState;
import id.kemas.export.render.suspend.SuspendState.Answer;
import id.kemas.export.render.suspend.SuspendState.QuizState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The runtime script's pure functions, run in Chromium: the session-time formatter, and the
 * suspend-data codec against the Java codec in both directions.
 */
class RuntimeFunctionsPropertyTest {

    /** SCORM 2004 timeinterval (second, 10, 2): hours, minutes, seconds with at most two decimals. */
    static final Pattern DURATION = Pattern.compile("PT(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)(?:\\.(\\d{1,2}))?S)?");

    static Chromium chromium;
    static TestServer server;

    @BeforeContainer
    static void start() {
        Prerequisites.check();
        server = new TestServer();
        server.serve("fixture", BuiltCourses.fixture().folder());
        chromium = Chromium.start();
        chromium.driver.get(server.base() + "/harness/functions.html");
    }

    @AfterContainer
    static void stop() {
        try {
            if (chromium != null) chromium.close();
        } finally {
            if (server != null) server.close();
        }
    }

    static Object js(String script, Object... args) {
        return ((JavascriptExecutor) chromium.driver).executeScript(script, args);
    }

    @Property(tries = 1000)
    void sessionTimeIsAValidDurationOfTheTimeRoundedToHundredths(@ForAll @LongRange(min = 0, max = 400_000_000_000L) long ms) {
        String d = (String) js("return kemas.time.duration(arguments[0]);", ms);
        Matcher m = DURATION.matcher(d);
        assertTrue(m.matches() && !d.equals("PT"), d);
        long h = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        long min = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
        long s = m.group(3) == null ? 0 : Long.parseLong(m.group(3));
        String frac = m.group(4) == null ? "0" : (m.group(4) + "0").substring(0, 2);
        assertTrue(min < 60 && s < 60, d);
        assertEquals(Math.round(ms / 10.0), ((h * 60 + min) * 60 + s) * 100 + Long.parseLong(frac), d);
    }

    @Example
    void sessionTimeExamples() {
        assertEquals("PT0S", js("return kemas.time.duration(0);"));
        assertEquals("PT1H2M3.45S", js("return kemas.time.duration(3723450);"));
        assertEquals("PT1H", js("return kemas.time.duration(3600000);"));
        assertEquals("PT50.21S", js("return kemas.time.duration(50210);"));
        assertEquals("PT0.5S", js("return kemas.time.duration(500);"));
        assertEquals("0001:02:03.45", js("return kemas.time.duration12(3723450);"));
    }

    @Provide
    Arbitrary<SuspendArbitraries.Case> cases() {
        return SuspendArbitraries.cases();
    }

    @Property(tries = 300)
    void whatJavaEncodesTheRuntimeDecodesAndWritesBackTheSame(@ForAll("cases") SuspendArbitraries.Case c) {
        String data = SuspendDataCodec.encode(c.layout(), c.state());
        Object decoded = js("return kemas.codec.decode(arguments[0], arguments[1]);", c.layout().toRuntimeMap(), data);
        assertEquals(toJs(c.layout(), c.state()), normalize(decoded));
        Object again = js("return kemas.codec.encode(arguments[0], kemas.codec.decode(arguments[0], arguments[1]));",
                c.layout().toRuntimeMap(), data);
        assertEquals(data, again);
    }

    @Property(tries = 300)
    void whatTheRuntimeEncodesJavaDecodes(@ForAll("cases") SuspendArbitraries.Case c) {
        String data = (String) js("return kemas.codec.encode(arguments[0], arguments[1]);",
                c.layout().toRuntimeMap(), toJs(c.layout(), c.state()));
        assertEquals(Optional.of(c.state()), SuspendDataCodec.decode(c.layout(), data));
    }

    @Example
    void theRuntimeIgnoresDataOfAnotherVersion() {
        assertEquals(null, js("return kemas.codec.decode({signature: 'abcd', screens: 3, quiz: null}, 'K1zzzz|A');"));
        assertEquals(null, js("return kemas.codec.decode({signature: 'abcd', screens: 3, quiz: null}, 'garbage');"));
    }

    /** The state in the runtime's representation (answers as numbers, arrays, booleans, strings). */
    static Map<String, Object> toJs(SuspendLayout layout, SuspendState state) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seen", new ArrayList<>(state.seen()));
        m.put("quiz", state.quiz().map(q -> (Object) quiz(q)).orElse(null));
        return normalize(m);
    }

    private static Map<String, Object> quiz(QuizState q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("finished", q.finished());
        m.put("order", q.order());
        List<Object> answers = new ArrayList<>();
        for (Answer a : q.answers()) {
            if (a instanceof Answer.Single s) answers.add(s.choice());
            else if (a instanceof Answer.Multiple mu) answers.add(new ArrayList<>(mu.choices()));
            else if (a instanceof Answer.TrueFalse tf) answers.add(tf.value());
            else if (a instanceof Answer.Text t) answers.add(t.text());
            else if (a instanceof Answer.Matching ma) answers.add(ma.targets());
            else answers.add(null);
        }
        m.put("answers", answers);
        return m;
    }

    /** Numbers as longs, so Java and WebDriver values compare equal. */
    @SuppressWarnings("unchecked")
    static <T> T normalize(Object o) {
        if (o instanceof Number n) return (T) (Object) n.longValue();
        if (o instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            new java.util.TreeMap<>((Map<String, Object>) map).forEach((k, v) -> out.put(k, normalize(v)));
            return (T) out;
        }
        if (o instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (Object x : list) out.add(normalize(x));
            return (T) out;
        }
        return (T) o;
    }
}
