package id.kemas.browser.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kemas.browser.BrowserTestBase;
import id.kemas.browser.LearnerJourneyTest;
import id.kemas.browser.Prerequisites;
import id.kemas.browser.ScoPage;
import id.kemas.core.model.Leaf;
import id.kemas.export.target.Target;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * axe-core on the single-SCO course: the home menu (with a locked part and its reason), a material's
 * page, a question with its feedback and the results. No serious or critical violation.
 */
class CourseAccessibilityTest extends BrowserTestBase {

    @Test
    void theMenuAndAMaterialsScreensHaveNoSeriousViolations() throws Exception {
        String axe = Files.readString(Prerequisites.nodeModules().resolve("axe-core/axe.min.js"), StandardCharsets.UTF_8);
        BuiltTargets.Built built = BuiltTargets.sample(Target.MOODLE);
        CoursePage course = BerakhlakTargetJourneyTest.launch(built, Map.of("entry", "ab-initio"));
        ScoPage m = course.material();
        List<String> problems = new ArrayList<>();
        check(m, axe, "menu", problems);
        course.open("pretest");
        check(m, axe, "pre-test instructions", problems);
        m.next();
        Leaf pretest = built.leaf("pretest");
        m.answer(LearnerJourneyTest.question(pretest, m.visibleQuestion()), false);
        check(m, axe, "question with feedback", problems);
        m.next();
        BerakhlakTargetJourneyTest.takeTest(course, pretest, true);
        check(m, axe, "results", problems);
        assertEquals(List.of(), problems, "serious or critical accessibility violations");
        assertNoApiErrors();
    }

    private static void check(ScoPage page, String axe, String where, List<String> problems) {
        for (Map<String, Object> v : page.axeViolations(axe)) {
            Object impact = v.get("impact");
            if ("serious".equals(impact) || "critical".equals(impact)) {
                problems.add(where + ": " + impact + " " + v.get("id") + " (" + v.get("help") + ") " + v.get("nodes"));
            }
        }
    }
}
