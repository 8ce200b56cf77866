package id.kemas.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kemas.core.load.CourseLoader;
import id.kemas.core.model.Course;
import id.kemas.core.problem.Problem;
import id.kemas.core.sequencing.ChildActivitySet;
import id.kemas.core.sequencing.RollupAction;
import id.kemas.core.sequencing.RollupConsideration;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The rule table of each sequencing template's fixture and of the BerAKHLAK sample. */
class CourseRulesTest {

    static CourseRules rules(String template) {
        try {
            return rulesOf(Path.of(CourseRulesTest.class.getResource("/sequencing/" + template).toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static CourseRules rulesOf(Path folder) {
        Course course = CourseLoader.load(folder).course().orElseThrow();
        return CourseRules.compile(course);
    }

    static RuleNode row(CourseRules rules, String id) {
        return rules.find(id).orElseThrow(() -> new AssertionError("no row " + id));
    }

    static int index(CourseRules rules, String id) {
        return row(rules, id).index();
    }

    @Test
    void berakhlakLocksThePostTestUntilMateri1To8AndAllowsTwoAttempts() {
        CourseRules rules = rulesOf(Path.of("../samples/berakhlak"));
        assertEquals(List.of(), rules.problems().stream().map(Problem::headline).toList());
        assertEquals(13, rules.materials().size());
        RuleNode post = row(rules, "posttest");
        assertEquals(List.of(index(rules, "materi")), post.gates());
        assertEquals(List.of("Materi 1–8"), post.gateNames());
        assertEquals(OptionalInt.of(2), post.attemptLimit());
        assertEquals(new BigDecimal("0.7"), post.passing().orElseThrow());
        assertTrue(rules.course().controlMode().choice(), "free choice: the menu in any order");
        RuleNode pretest = row(rules, "pretest");
        assertTrue(pretest.optional());
        assertFalse(pretest.rollup().rollupObjectiveSatisfied(), "an optional pre-test decides nothing");
        assertFalse(pretest.rollup().rollupProgressCompletion());
        assertEquals(0, row(rules, "akuntabel").rollup().objectiveMeasureWeight().signum(), "result-from: only the post-test scores");
        assertEquals(1, post.rollup().objectiveMeasureWeight().signum());
        assertEquals(11, row(rules, "posttest").material(), "leaves are numbered in course order");
        assertEquals(index(rules, "materi"), row(rules, "loyal").parent());
        assertEquals(0, post.parent(), "a top-level node's parent is the course's row");
        assertEquals(-1, rules.course().parent());
    }

    @Test
    void forcedSequentialGatesEachCountedPartOnTheOneBefore() {
        CourseRules rules = rules("forced-sequential");
        assertEquals(List.of(), row(rules, "intro").gates());
        assertEquals(List.of(index(rules, "intro")), row(rules, "unit").gates());
        assertEquals(List.of(index(rules, "unit")), row(rules, "check").gates());
        assertEquals(List.of(), row(rules, "lesson-1").gates(), "the first inside a cluster waits for nothing more");
        assertEquals(List.of(index(rules, "lesson-1")), row(rules, "lesson-2").gates());
        assertEquals(List.of("Lesson 1–2"), row(rules, "check").gateNames());
    }

    @Test
    void linearStrictHasNoMenuAndNoWayBack() {
        CourseRules rules = rules("linear-strict");
        for (RuleNode n : List.of(rules.course(), row(rules, "unit"))) {
            assertFalse(n.controlMode().choice(), n.id());
            assertTrue(n.controlMode().forwardOnly(), n.id());
            assertTrue(n.controlMode().flow(), n.id());
        }
    }

    @Test
    void aPreTestWithTestOutSkipsWhatItNamesAndCanPassTheCourse() {
        CourseRules rules = rules("pretest-test-out");
        int pretest = index(rules, "pretest");
        assertEquals(List.of(pretest), row(rules, "unit").skippedBy());
        assertEquals(List.of(pretest), row(rules, "posttest").skippedBy());
        assertEquals(RollupConsideration.IF_NOT_SKIPPED, row(rules, "unit").considerations().requiredForCompleted());
        assertTrue(rules.course().rollup().rules().stream().anyMatch(r -> r.childActivitySet() == ChildActivitySet.ANY
                && r.action() == RollupAction.SATISFIED), "the course is passed when any counted child is");
        assertEquals(RollupConsideration.IF_ATTEMPTED, row(rules, "pretest").considerations().requiredForNotSatisfied());
        assertEquals(0, row(rules, "pretest").rollup().objectiveMeasureWeight().signum());
    }

    @Test
    void remediationAttemptsRandomBankAndResultFrom() {
        CourseRules remediation = rules("remediation");
        RuleNode quiz = row(remediation, "quiz");
        assertEquals(OptionalInt.of(index(remediation, "lesson-1")), quiz.remediation());
        assertEquals(OptionalInt.of(3), quiz.attemptLimit());

        CourseRules bank = rules("random-bank");
        assertEquals(OptionalInt.of(1), row(bank, "bank").select());
        assertEquals(3, row(bank, "bank").children().size());

        CourseRules result = rules("result-from");
        assertFalse(row(result, "practice").rollup().rollupObjectiveSatisfied());
        assertEquals(0, row(result, "practice").rollup().objectiveMeasureWeight().signum());
        assertTrue(row(result, "final").rollup().rollupObjectiveSatisfied());
    }

    @Test
    void rawSequencingRulesAreReportedAsNotEnforced() {
        CourseRules rules = rules("raw");
        List<Problem> raw = rules.problems().stream().filter(p -> p.id().equals(RulesMessages.RAW_RULES_IGNORED)).toList();
        assertEquals(1, raw.size(), rules.problems().toString());
        assertTrue(raw.get(0).message().contains("'check'"), raw.get(0).message());
        assertTrue(raw.get(0).location().line() > 0, "at its line in course.yaml");
    }
}
