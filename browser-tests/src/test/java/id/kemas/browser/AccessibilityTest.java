package id.kemas.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kemas.core.model.Leaf;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * axe-core on every screen of every SCO of the sample module and the test course: no serious or
 * critical violation. Question screens are checked after answering, with their feedback shown,
 * and the results screen at the end.
 */
class AccessibilityTest extends BrowserTestBase {

    @TestFactory
    Stream<DynamicTest> sampleModule() {
        return scos(BuiltCourses.sample());
    }

    @TestFactory
    Stream<DynamicTest> testCourse() {
        return scos(BuiltCourses.fixture());
    }

    /** The check itself works: a picture that loses its alternative text is reported. */
    @org.junit.jupiter.api.Test
    void aMissingAlternativeTextIsCaught() throws IOException {
        String axe = Files.readString(Prerequisites.nodeModules().resolve("axe-core/axe.min.js"), StandardCharsets.UTF_8);
        ScoPage sco = lms.launch(url(BuiltCourses.fixture(), "blocks"), Map.of("entry", "ab-initio"));
        sco.next();
        sco.js("document.querySelector('img').removeAttribute('alt'); return true;");
        List<Map<String, Object>> violations = sco.axeViolations(axe);
        org.junit.jupiter.api.Assertions.assertTrue(violations.stream().anyMatch(v -> "image-alt".equals(v.get("id"))
                && "critical".equals(v.get("impact"))), String.valueOf(violations));
    }

    private Stream<DynamicTest> scos(BuiltCourses.Built built) {
        return built.course().leaves().stream().map(leaf -> DynamicTest.dynamicTest(built.course().id() + "/" + leaf.id(),
                () -> checkEveryScreen(built, leaf)));
    }

    private void checkEveryScreen(BuiltCourses.Built built, Leaf leaf) throws IOException {
        String axe = Files.readString(Prerequisites.nodeModules().resolve("axe-core/axe.min.js"), StandardCharsets.UTF_8);
        ScoPage sco = lms.launch(url(built, leaf.id()), Map.of("entry", "ab-initio"));
        List<String> problems = new ArrayList<>();
        int checked = 0;
        while (true) {
            String question = sco.visibleQuestion();
            if (question != null) sco.answer(LearnerJourneyTest.question(leaf, question), checked % 2 == 0);
            for (Map<String, Object> v : sco.axeViolations(axe)) {
                Object impact = v.get("impact");
                if ("serious".equals(impact) || "critical".equals(impact)) {
                    problems.add("screen " + sco.screen() + ": " + impact + " " + v.get("id") + " (" + v.get("help") + ") " + v.get("nodes"));
                }
            }
            checked++;
            if (sco.screen() == sco.screens()) break;
            sco.next();
        }
        assertEquals(sco.screens(), checked, "every screen was checked");
        assertEquals(List.of(), problems, "serious or critical accessibility violations in " + leaf.id());
        assertNoApiErrors();
    }
}
