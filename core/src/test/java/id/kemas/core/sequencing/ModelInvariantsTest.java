package id.kemas.core.sequencing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kemas.core.problem.Location;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Combinations that one element alone makes invalid cannot be built at all. */
class ModelInvariantsTest {

    @Test
    void everyActionBelongsToExactlyOneKindOfRule() {
        for (RuleType type : RuleType.values()) {
            for (RuleAction action : RuleAction.values()) {
                List<RuleCondition> conditions = List.of(RuleCondition.of(RuleConditionType.ALWAYS));
                if (action.type() == type) {
                    assertEquals(action, new SequencingRule(type, ConditionCombination.ALL, conditions, action).action());
                } else {
                    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                            () -> new SequencingRule(type, ConditionCombination.ALL, conditions, action));
                    assertTrue(e.getMessage().contains(type.xml()) && e.getMessage().contains(action.xml()), e.getMessage());
                }
            }
        }
    }

    @Test
    void rulesAndRollupRulesNeedAtLeastOneCondition() {
        assertThrows(IllegalArgumentException.class,
                () -> new SequencingRule(RuleType.PRE, ConditionCombination.ALL, List.of(), RuleAction.SKIP));
        assertThrows(IllegalArgumentException.class,
                () -> new RollupRule(ChildActivitySet.ALL, 0, BigDecimal.ZERO, ConditionCombination.ANY, List.of(), RollupAction.COMPLETED));
    }

    @Test
    void measuresWeightsAndPercentagesStayInTheirSchemaRanges() {
        assertThrows(IllegalArgumentException.class, () -> Objective.PRIMARY.withMinNormalizedMeasure(new BigDecimal("1.5")));
        assertEquals(new BigDecimal("-1"), Objective.PRIMARY.withMinNormalizedMeasure(new BigDecimal("-1")).minNormalizedMeasure());
        assertThrows(IllegalArgumentException.class, () -> RollupRules.DEFAULT.withObjectiveMeasureWeight(new BigDecimal("-0.1")));
        assertThrows(IllegalArgumentException.class, () -> new RuleCondition(Optional.empty(), Optional.of(new BigDecimal("2")),
                ConditionOperator.NO_OP, RuleConditionType.OBJECTIVE_MEASURE_GREATER_THAN));
        assertThrows(IllegalArgumentException.class, () -> new CompletionThreshold(true, new BigDecimal("1.01"), BigDecimal.ONE));
        assertThrows(IllegalArgumentException.class, () -> RollupRule.SPEC.attribute("minimumPercent").orElseThrow()
                .read(RollupRule.of(ChildActivitySet.AT_LEAST_PERCENT, RollupAction.COMPLETED,
                        RollupCondition.of(RollupConditionType.COMPLETED)), "1.2"));
    }

    @Test
    void anObjectiveOtherThanThePrimaryNeedsAnId() {
        assertThrows(IllegalArgumentException.class,
                () -> new Objective(false, Optional.empty(), false, BigDecimal.ONE, List.of()));
        assertThrows(IllegalArgumentException.class, () -> ObjectiveMap.to("has space"));
        assertThrows(IllegalArgumentException.class, () -> new AdlObjective("x", List.of()));
    }

    @Test
    void attributesReadOnlyTheirSchemaValues() {
        Attribute<ControlMode> flow = ControlMode.SPEC.attribute("flow").orElseThrow();
        assertTrue(flow.read(ControlMode.DEFAULT, "1").flow());
        assertThrows(IllegalArgumentException.class, () -> flow.read(ControlMode.DEFAULT, "yes"));
        Attribute<LimitConditions> duration = LimitConditions.SPEC.attribute("attemptAbsoluteDurationLimit").orElseThrow();
        assertEquals(Optional.of("PT1H30M"), duration.read(LimitConditions.NONE, "PT1H30M").attemptAbsoluteDurationLimit());
        assertThrows(IllegalArgumentException.class, () -> duration.read(LimitConditions.NONE, "90 minutes"));
        assertThrows(IllegalArgumentException.class, () -> RandomizationControls.SPEC.attribute("selectionTiming").orElseThrow()
                .read(RandomizationControls.DEFAULT, "always"));
    }

    @Test
    void onlyNonDefaultAttributesAreWritten() {
        ControlMode c = ControlMode.DEFAULT.withFlow(true).withChoice(false);
        assertEquals(java.util.Map.of("choice", "false", "flow", "true"), ControlMode.SPEC.nonDefault(c));
        assertTrue(RollupRules.SPEC.nonDefault(RollupRules.DEFAULT).isEmpty());
        assertEquals(java.util.Map.of("objectiveMeasureWeight", "0"),
                RollupRules.SPEC.nonDefault(RollupRules.DEFAULT.withObjectiveMeasureWeight(BigDecimal.ZERO)));
    }

    @Test
    void aLeafHasNoChildrenAndIdsAreUniqueInATree() {
        Activity leaf = activity("a", ActivityKind.SCO);
        assertThrows(IllegalArgumentException.class, () -> leaf.withChildren(List.of(activity("b", ActivityKind.SCO))));
        Activity root = activity("root", ActivityKind.ORGANIZATION).withChildren(List.of(leaf, activity("a", ActivityKind.SCO)));
        assertThrows(IllegalArgumentException.class, () -> new ActivityTree(root, "x"));
    }

    static Activity activity(String id, ActivityKind kind) {
        return new Activity(id, id, kind, true, false, SequencingDefinition.DEFAULT, ItemSettings.DEFAULT, List.of(),
                Location.of("imsmanifest.xml", 1, 1));
    }
}
