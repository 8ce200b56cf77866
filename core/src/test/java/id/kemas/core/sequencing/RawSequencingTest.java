package id.kemas.core.sequencing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kemas.core.load.CourseLoader;
import id.kemas.core.load.LoadResult;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** raw: sequencing is IMS SS and the ADL extensions with the schema's names, applied over the templates. */
class RawSequencingTest {

    @Test
    void readsEveryKindOfElement() {
        ActivityTree t = SequencingFixtures.clean("raw");
        assertFalse(t.root().settings().objectivesGlobalToSystem());
        RollupRule atLeast = t.root().sequencing().rollupRules().rules().get(0);
        assertEquals(ChildActivitySet.AT_LEAST_COUNT, atLeast.childActivitySet());
        assertEquals(1, atLeast.minimumCount());
        assertEquals(RollupAction.COMPLETED, atLeast.action());

        Activity lesson = t.get("lesson");
        assertEquals(new CompletionThreshold(true, new BigDecimal("0.8"), new BigDecimal("0.5")), lesson.settings().completionThreshold());
        assertEquals(Optional.of(TimeLimitAction.CONTINUE_NO_MESSAGE), lesson.settings().timeLimitAction());
        assertEquals(Optional.of("chapter=1"), lesson.settings().dataFromLms());
        assertEquals(List.of(new SharedDataMap("urn:example:notes", true, true)), lesson.settings().sharedData());
        assertEquals(Optional.of("PT1H"), lesson.sequencing().limitConditions().attemptAbsoluteDurationLimit());

        SequencingDefinition check = t.get("check").sequencing();
        assertFalse(check.controlMode().choiceExit());
        assertTrue(check.controlMode().flow() == ControlMode.DEFAULT.flow(), "only the attribute written changes");
        SequencingRule hidden = check.rules(RuleType.PRE).get(0);
        assertEquals(RuleAction.HIDDEN_FROM_CHOICE, hidden.action());
        assertEquals(ConditionCombination.ANY, hidden.combination());
        assertEquals(List.of(RuleCondition.not(RuleConditionType.ATTEMPTED)), hidden.conditions());
        SequencingRule exitAll = check.rules(RuleType.POST).get(0);
        assertEquals(RuleAction.EXIT_ALL, exitAll.action());
        assertEquals(Optional.of(new BigDecimal("0.9")), exitAll.conditions().get(0).measureThreshold());
        Objective primary = check.primary().orElseThrow();
        assertEquals(Optional.of("check-result"), primary.objectiveId());
        assertEquals(0, new BigDecimal("0.6").compareTo(primary.minNormalizedMeasure()), "raw overrides the quiz's pass mark");
        assertEquals(List.of(new ObjectiveMap("urn:example:check", false, false, true, true)), primary.maps());
        AdlObjectiveMap adl = check.adlObjective("check-result").orElseThrow().maps().get(0);
        assertTrue(adl.writeRawScore() && adl.writeCompletionStatus() && !adl.readRawScore());
        assertEquals(new ConstrainedChoiceConsiderations(true, true), check.constrainedChoiceConsiderations());
        assertEquals(RollupConsideration.IF_ATTEMPTED, check.rollupConsiderations().requiredForSatisfied());
        assertFalse(check.rollupConsiderations().measureSatisfactionIfActive());
        assertEquals(DeliveryControls.SET_BY_CONTENT, check.deliveryControls(), "the template's values stay where raw writes none");
        assertEquals(List.of(HideLmsUi.CONTINUE, HideLmsUi.PREVIOUS), t.get("check").settings().hideLmsUi());
    }

    @Test
    void reportsEveryMistakeWithItsPlace() throws Exception {
        var course = SequencingFixtures.fixture("raw-errors");
        List<String> expected = Files.readAllLines(course.resolve("expected.txt")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        LoadResult r = CourseLoader.load(course);
        assertEquals(expected, r.problems().stream().map(p -> p.id() + " " + p.location()).toList(),
                () -> r.problems().stream().map(p -> p.headline() + " | " + p.hint()).collect(Collectors.joining("\n")));
        r.problems().forEach(p -> assertFalse(p.hint().isBlank(), p.id()));
        assertTrue(r.problems().stream().anyMatch(p -> p.hint().contains("Did you mean 'choice'?")));
        assertTrue(r.problems().stream().anyMatch(p -> p.hint().contains("Did you mean 'postConditionRule'?")));
        assertTrue(r.problems().stream().anyMatch(p -> p.hint().contains("Did you mean 'deliveryControls'?")));
        assertTrue(r.problems().stream().anyMatch(p -> p.message().contains("cannot have the action 'exit'")));
    }
}
