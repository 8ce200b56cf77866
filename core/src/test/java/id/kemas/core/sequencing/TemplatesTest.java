package id.kemas.core.sequencing;

import static id.kemas.core.sequencing.SequencingFixtures.clean;
import static id.kemas.core.sequencing.SequencingFixtures.noRules;
import static id.kemas.core.sequencing.SequencingFixtures.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Each named template compiles to the IMS SS elements documented in docs/sequencing.md. */
class TemplatesTest {

    private static final ControlMode CHOICE_AND_FLOW = ControlMode.DEFAULT.withFlow(true);

    @Test
    void everyLeafReportsItsOwnStatusAndAQuizPassMarkIsTheMinimumMeasure() {
        ActivityTree t = clean("free-choice");
        for (Activity leaf : t.leaves()) assertEquals(DeliveryControls.SET_BY_CONTENT, leaf.sequencing().deliveryControls());
        Objective primary = t.get("check").sequencing().primary().orElseThrow();
        assertTrue(primary.satisfiedByMeasure());
        assertEquals(0, new BigDecimal("0.7").compareTo(primary.minNormalizedMeasure()));
        RollupRules pages = t.get("lesson-1").sequencing().rollupRules();
        assertFalse(pages.rollupObjectiveSatisfied(), "pages have no success status");
        assertTrue(pages.rollupProgressCompletion());
        assertEquals(0, pages.objectiveMeasureWeight().signum(), "pages have no score");
        assertFalse(t.get("unit").sequencing().rollupRules().rollupObjectiveSatisfied(),
                "a cluster with nothing that can be passed does not hold up the course's success");
    }

    @Test
    void freeChoiceIsTheMenuWithFlow() {
        ActivityTree t = clean("free-choice");
        assertEquals(CHOICE_AND_FLOW, t.root().sequencing().controlMode());
        assertEquals(CHOICE_AND_FLOW, t.get("unit").sequencing().controlMode());
        t.activities().forEach(SequencingFixtures::noRules);
    }

    @Test
    void forcedSequentialLocksEachUntilThePreviousIsCompleted() {
        ActivityTree t = clean("forced-sequential");
        assertEquals(CHOICE_AND_FLOW, t.root().sequencing().controlMode(), "review stays possible from the menu");
        noRules(t.get("intro"));
        assertGate(t, "unit", "intro");
        assertGate(t, "check", "unit");
        noRules(t.get("lesson-1"));
        assertGate(t, "lesson-2", "lesson-1");
    }

    @Test
    void linearStrictIsForwardOnlyWithoutChoice() {
        ActivityTree t = clean("linear-strict");
        ControlMode strict = ControlMode.DEFAULT.withChoice(false).withFlow(true).withForwardOnly(true);
        assertEquals(strict, t.root().sequencing().controlMode());
        assertEquals(strict, t.get("unit").sequencing().controlMode());
    }

    @Test
    void posttestGatedReadsTheCompletionTheModuleWrites() {
        ActivityTree t = clean("posttest-gated");
        assertGate(t, "posttest", "unit");
        assertFalse(t.root().settings().objectivesGlobalToSystem(), "gates belong to this course");
    }

    @Test
    void attemptsRetryWhileFailedAndEndTheCourseWhenPassedOrExhausted() {
        ActivityTree t = clean("attempts");
        SequencingDefinition d = t.get("check").sequencing();
        assertEquals(OptionalInt.of(2), d.limitConditions().attemptLimit());
        SequencingRule end = rule(t.get("check"), RuleAction.EXIT_ALL);
        assertEquals(ConditionCombination.ANY, end.combination());
        assertEquals(List.of(RuleCondition.of(RuleConditionType.SATISFIED), RuleCondition.of(RuleConditionType.ATTEMPT_LIMIT_EXCEEDED)),
                end.conditions());
        SequencingRule retry = rule(t.get("check"), RuleAction.RETRY);
        assertEquals(List.of(RuleCondition.of(RuleConditionType.OBJECTIVE_STATUS_KNOWN), RuleCondition.not(RuleConditionType.SATISFIED),
                RuleCondition.not(RuleConditionType.ATTEMPT_LIMIT_EXCEEDED)), retry.conditions());
        assertEquals(List.of(RuleCondition.of(RuleConditionType.ATTEMPT_LIMIT_EXCEEDED)),
                rule(t.get("check"), RuleAction.DISABLED).conditions());
    }

    @Test
    void remediationSendsAFailedQuizBackToItsModuleOnly() {
        ActivityTree t = clean("remediation");
        Activity quiz = t.get("quiz");
        Activity module = t.get("module");
        String global = "urn:kemas:remediation:quiz";
        assertEquals(List.of(ObjectiveMap.writingSatisfaction(global)), quiz.sequencing().primary().orElseThrow().maps());
        assertEquals(List.of(RuleCondition.of(RuleConditionType.OBJECTIVE_STATUS_KNOWN), RuleCondition.not(RuleConditionType.SATISFIED),
                RuleCondition.not(RuleConditionType.ATTEMPT_LIMIT_EXCEEDED)), rule(quiz, RuleAction.EXIT_PARENT).conditions());
        SequencingRule retry = rule(module, RuleAction.RETRY);
        assertEquals(List.of(RuleCondition.of(RuleConditionType.OBJECTIVE_STATUS_KNOWN).on("passed-quiz"),
                RuleCondition.not(RuleConditionType.SATISFIED).on("passed-quiz")), retry.conditions());
        assertEquals(List.of(ObjectiveMap.readingSatisfaction(global)), module.sequencing().objective("passed-quiz").orElseThrow().maps());
        assertFalse(module.sequencing().controlMode().useCurrentAttemptObjectiveInfo());
        assertFalse(module.sequencing().controlMode().useCurrentAttemptProgressInfo());
        noRules(t.get("lesson-1"));
        assertEquals(retry.conditions(), rule(t.get("lesson-2"), RuleAction.SKIP).conditions());
        noRules(t.get("intro"));
    }

    @Test
    void aPassedPretestSkipsItsTargetsAndPassesTheCourse() {
        ActivityTree t = clean("pretest-test-out");
        String global = "urn:kemas:pretest-test-out:pretest";
        Activity pretest = t.get("pretest");
        assertEquals(Optional.of("pretest"), pretest.sequencing().primary().orElseThrow().objectiveId());
        assertEquals(List.of(ObjectiveMap.writingSatisfaction(global)), pretest.sequencing().primary().orElseThrow().maps());
        assertTrue(pretest.sequencing().rollupRules().rollupObjectiveSatisfied());
        assertEquals(0, pretest.sequencing().rollupRules().objectiveMeasureWeight().signum(), "the pre-test score is not the course's");
        assertEquals(RollupConsideration.IF_ATTEMPTED, pretest.sequencing().rollupConsiderations().requiredForNotSatisfied());
        for (String target : List.of("unit", "posttest")) {
            Activity a = t.get(target);
            assertEquals(List.of(RuleCondition.of(RuleConditionType.SATISFIED).on("passed-pretest")), rule(a, RuleAction.SKIP).conditions());
            assertEquals(RollupConsiderations.all(RollupConsideration.IF_NOT_SKIPPED), a.sequencing().rollupConsiderations());
            assertEquals(List.of(ObjectiveMap.readingSatisfaction(global)), a.sequencing().objective("passed-pretest").orElseThrow().maps());
        }
        List<RollupRule> rootRules = t.root().sequencing().rollupRules().rules();
        assertEquals(List.of(RollupRule.of(ChildActivitySet.ANY, RollupAction.SATISFIED, RollupCondition.of(RollupConditionType.SATISFIED)),
                RollupRule.of(ChildActivitySet.ALL, RollupAction.NOT_SATISFIED, RollupCondition.of(RollupConditionType.OBJECTIVE_STATUS_KNOWN),
                        RollupCondition.not(RollupConditionType.SATISFIED))), rootRules);
        assertTrue(t.root().sequencing().controlMode().flow(), "skip acts only in flow");
    }

    @Test
    void randomBankDrawsOnEachNewAttempt() {
        ActivityTree t = clean("random-bank");
        assertEquals(RandomizationControls.drawOnEachAttempt(1), t.get("bank").sequencing().randomizationControls());
        assertEquals(RandomizationTiming.ON_EACH_NEW_ATTEMPT, t.get("bank").sequencing().randomizationControls().selectionTiming());
    }

    @Test
    void resultFromTakesSuccessAndScoreFromOneTestOnly() {
        ActivityTree t = clean("result-from");
        RollupRules practice = t.get("practice").sequencing().rollupRules();
        assertFalse(practice.rollupObjectiveSatisfied());
        assertEquals(0, practice.objectiveMeasureWeight().signum());
        RollupRules fin = t.get("final").sequencing().rollupRules();
        assertEquals(RollupRules.DEFAULT, fin);
    }

    @Test
    void optionalCountsForNothingButStaysTracked() {
        ActivityTree t = clean("optional");
        for (String id : List.of("intro", "extras")) {
            SequencingDefinition d = t.get(id).sequencing();
            assertFalse(d.rollupRules().rollupProgressCompletion());
            assertFalse(d.rollupRules().rollupObjectiveSatisfied());
            assertEquals(0, d.rollupRules().objectiveMeasureWeight().signum());
            assertTrue(d.deliveryControls().tracked(), "the learner still sees its status");
        }
        assertTrue(t.get("lesson").sequencing().rollupRules().rollupProgressCompletion());
    }

    @Test
    void hideLmsUiHidesEveryLmsControlOnTheTest() {
        ActivityTree t = clean("hide-lms-ui");
        assertEquals(List.of(HideLmsUi.values()), t.get("check").settings().hideLmsUi());
        assertEquals(List.of(), t.get("lesson").settings().hideLmsUi());
    }

    @Test
    void templatesCombineOnTheBerakhlakSample() {
        ActivityTree t = clean(SequencingFixtures.berakhlak());
        assertEquals(CHOICE_AND_FLOW, t.root().sequencing().controlMode(), "free-choice materials");
        for (String optional : List.of("pengantar", "beranda", "pretest", "penutup")) {
            assertFalse(t.get(optional).sequencing().rollupRules().rollupProgressCompletion(), optional + " is optional");
        }
        assertEquals(List.of(HideLmsUi.values()), t.get("pretest").settings().hideLmsUi());
        Activity post = t.get("posttest");
        assertGate(t, "posttest", "materi");
        assertEquals(OptionalInt.of(2), post.sequencing().limitConditions().attemptLimit());
        assertEquals(0, new BigDecimal("0.7").compareTo(post.sequencing().passMark().orElseThrow()));
        assertEquals(List.of(HideLmsUi.values()), post.settings().hideLmsUi());
        assertTrue(post.sequencing().rollupRules().rollupObjectiveSatisfied(), "result from the post-test");
        assertFalse(t.get("pretest").sequencing().rollupRules().rollupObjectiveSatisfied());
        assertFalse(t.get("materi").sequencing().rollupRules().rollupObjectiveSatisfied());
    }

    /** {@code gated} is disabled until {@code awaited} is completed, through the awaited one's global objective. */
    static void assertGate(ActivityTree t, String gated, String awaited) {
        String global = "urn:kemas:" + courseId(t) + ":" + awaited;
        String local = "completed-" + awaited;
        Activity a = t.get(gated);
        SequencingRule lock = a.sequencing().rules().stream().filter(r -> r.action() == RuleAction.DISABLED)
                .filter(r -> r.conditions().get(0).referencedObjective().isPresent()).findFirst().orElseThrow();
        assertEquals(ConditionCombination.ANY, lock.combination());
        assertEquals(List.of(RuleCondition.not(RuleConditionType.COMPLETED).on(local),
                RuleCondition.not(RuleConditionType.ACTIVITY_PROGRESS_KNOWN).on(local)), lock.conditions());
        assertEquals(List.of(AdlObjectiveMap.readingCompletion(global)), a.sequencing().adlObjective(local).orElseThrow().maps());
        assertTrue(a.sequencing().objective(local).isPresent(), "the imsss objective the adlseq one extends");
        Activity w = t.get(awaited);
        String writerId = w.sequencing().primary().orElseThrow().objectiveId().orElseThrow();
        assertEquals(List.of(AdlObjectiveMap.writingCompletion(global)), w.sequencing().adlObjective(writerId).orElseThrow().maps());
    }

    private static String courseId(ActivityTree t) {
        return t.root().id();
    }
}
