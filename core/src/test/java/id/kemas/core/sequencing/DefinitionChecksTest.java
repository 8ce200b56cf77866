package id.kemas.core.sequencing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kemas.core.problem.Problem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Combinations that span several elements are reported, each with its own message ID. */
class DefinitionChecksTest {

    private static final String GLOBAL = "urn:example:g";

    @Test
    void previousAndExitParentAreNotOrganizationPostConditions() {
        SequencingDefinition d = SequencingDefinition.DEFAULT
                .plus(SequencingRule.whenAll(RuleAction.PREVIOUS, RuleCondition.of(RuleConditionType.ALWAYS)))
                .plus(SequencingRule.whenAll(RuleAction.EXIT_PARENT, RuleCondition.of(RuleConditionType.ALWAYS)))
                .plus(SequencingRule.whenAll(RuleAction.RETRY, RuleCondition.of(RuleConditionType.ALWAYS)));
        assertProblems(List.of("SEQ-120 root previous", "SEQ-120 root exitParent"), ids(tree(d, SequencingDefinition.DEFAULT)));
        // on an item they are allowed
        assertNone(ids(tree(SequencingDefinition.DEFAULT, d)));
    }

    @Test
    void aReferencedObjectiveMustExistOnTheActivity() {
        SequencingDefinition d = SequencingDefinition.DEFAULT.withPrimary(o -> o.withId("own")).plus(SequencingRule.whenAll(
                RuleAction.SKIP, RuleCondition.of(RuleConditionType.SATISFIED).on("elsewhere")));
        assertProblems(List.of("SEQ-121 leaf elsewhere"), ids(tree(SequencingDefinition.DEFAULT, d)));
        assertNone(ids(tree(SequencingDefinition.DEFAULT, d.plus(Objective.named("elsewhere")))));
    }

    @Test
    void anActivityHasExactlyOnePrimaryObjectiveAndUniqueIds() {
        SequencingDefinition two = SequencingDefinition.DEFAULT.withObjectives(List.of(Objective.PRIMARY, Objective.PRIMARY));
        assertProblems(List.of("SEQ-122 leaf 2"), ids(tree(SequencingDefinition.DEFAULT, two)));
        SequencingDefinition none = SequencingDefinition.DEFAULT.withObjectives(List.of(Objective.named("x")));
        assertProblems(List.of("SEQ-122 leaf 0"), ids(tree(SequencingDefinition.DEFAULT, none)));
        SequencingDefinition dup = SequencingDefinition.DEFAULT.withPrimary(o -> o.withId("x")).plus(Objective.named("x"));
        assertProblems(List.of("SEQ-123 leaf x"), ids(tree(SequencingDefinition.DEFAULT, dup)));
    }

    @Test
    void mapsNeedIdsMatchingObjectivesAndOneWriterPerValue() {
        SequencingDefinition noId = SequencingDefinition.DEFAULT.withPrimary(o -> o.plus(ObjectiveMap.writingSatisfaction(GLOBAL)));
        assertProblems(List.of("SEQ-124 leaf"), ids(tree(SequencingDefinition.DEFAULT, noId)));

        SequencingDefinition adl = SequencingDefinition.DEFAULT.withPrimary(o -> o.withId("p"))
                .plusAdlMap("q", AdlObjectiveMap.writingCompletion(GLOBAL));
        assertProblems(List.of("SEQ-125 leaf q"), ids(tree(SequencingDefinition.DEFAULT, adl)));

        SequencingDefinition twice = SequencingDefinition.DEFAULT.withPrimary(o -> o.withId("p").plus(ObjectiveMap.writingSatisfaction(GLOBAL)))
                .plus(Objective.named("q").plus(ObjectiveMap.writingSatisfaction(GLOBAL)));
        assertProblems(List.of("SEQ-126 leaf satisfied status " + GLOBAL), ids(tree(SequencingDefinition.DEFAULT, twice)));

        SequencingDefinition reads = SequencingDefinition.DEFAULT.withPrimary(o -> o.withId("p")
                .plus(ObjectiveMap.readingSatisfaction(GLOBAL)).plus(ObjectiveMap.readingSatisfaction("urn:example:h")));
        assertProblems(List.of("SEQ-127 leaf p satisfied status"), ids(tree(SequencingDefinition.DEFAULT, reads)));
    }

    @Test
    void randomizationNeedsChildren() {
        SequencingDefinition r = SequencingDefinition.DEFAULT.withRandomizationControls(RandomizationControls.drawOnEachAttempt(3));
        assertProblems(List.of("SEQ-128 root 3 1"), ids(tree(r, SequencingDefinition.DEFAULT)));
        assertProblems(List.of("SEQ-129 leaf"), ids(tree(SequencingDefinition.DEFAULT, r)));
    }

    @Test
    void adlExtensionsOnlyOnTheItemsTheyBelongTo() {
        ItemSettings scoOnly = ItemSettings.DEFAULT.withTimeLimitAction(Optional.of(TimeLimitAction.EXIT_MESSAGE))
                .withHideLmsUi(List.of(HideLmsUi.CONTINUE)).withObjectivesGlobalToSystem(false);
        Activity root = ModelInvariantsTest.activity("root", ActivityKind.ORGANIZATION).withSettings(scoOnly)
                .withChildren(List.of(ModelInvariantsTest.activity("leaf", ActivityKind.SCO)));
        List<String> found = ids(DefinitionChecks.check(new ActivityTree(root, "imsmanifest.xml")));
        assertProblems(List.of("SEQ-130 root adlcp:timeLimitAction SCO items", "SEQ-130 root adlnav:presentation items of a SCO or asset"),
                found);
    }

    @Test
    void optionalLmsFeaturesAndMeaninglessValuesAreWarned() {
        SequencingDefinition d = SequencingDefinition.DEFAULT
                .withLimitConditions(LimitConditions.SPEC.attribute("beginTimeLimit").orElseThrow()
                        .read(LimitConditions.NONE, "2026-01-01T00:00:00Z"))
                .plus(SequencingRule.whenAll(RuleAction.SKIP, RuleCondition.of(RuleConditionType.OBJECTIVE_MEASURE_GREATER_THAN)))
                .withRollupRules(RollupRules.DEFAULT.plus(RollupRule.of(ChildActivitySet.AT_LEAST_COUNT, RollupAction.COMPLETED,
                        RollupCondition.of(RollupConditionType.COMPLETED))))
                .withAuxiliaryResources(List.of(new AuxiliaryResource("urn:example:help", "help")));
        assertProblems(List.of("SEQ-132 leaf objectiveMeasureGreaterThan has no measureThreshold", "SEQ-133 leaf atLeastCount",
                "SEQ-131 leaf the limit condition beginTimeLimit", "SEQ-131 leaf auxiliaryResources"), ids(tree(SequencingDefinition.DEFAULT, d)));
        assertEquals(OptionalInt.empty(), d.limitConditions().attemptLimit());
        assertEquals(BigDecimal.ONE, d.rollupRules().objectiveMeasureWeight());
    }

    /**
     * Expected problems as "ID word word ...": the IDs must match in order, and every word must
     * appear in that problem's message.
     */
    private static void assertProblems(List<String> expected, List<String> actual) {
        assertEquals(expected.stream().map(e -> e.split(" ")[0]).toList(), actual.stream().map(a -> a.split(":")[0]).toList(),
                () -> String.join("\n", actual));
        for (int i = 0; i < expected.size(); i++) {
            String[] words = expected.get(i).split(" ");
            for (int w = 1; w < words.length; w++) {
                assertTrue(actual.get(i).contains(words[w]), actual.get(i) + " names " + words[w]);
            }
        }
    }

    private static void assertNone(List<String> actual) {
        assertEquals(List.of(), actual);
    }

    private static List<Problem> tree(SequencingDefinition root, SequencingDefinition leaf) {
        Activity l = ModelInvariantsTest.activity("leaf", ActivityKind.SCO).withSequencing(leaf);
        Activity r = ModelInvariantsTest.activity("root", ActivityKind.ORGANIZATION).withSequencing(root).withChildren(List.of(l));
        return DefinitionChecks.check(new ActivityTree(r, "imsmanifest.xml"));
    }

    /** Each problem as "ID: message", to check both the ID and the facts the message names. */
    private static List<String> ids(List<Problem> problems) {
        return problems.stream().map(p -> p.id() + ": " + p.message()).toList();
    }
}
