package id.kemas.core.sequencing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * {@code imsss:ruleCondition}.
 *
 * @param referencedObjective the objective the condition tests (an objectiveID of the same activity);
 *                            empty: the primary objective
 * @param measureThreshold    for the measure comparisons, in [-1, 1]
 */
public record RuleCondition(Optional<String> referencedObjective, Optional<BigDecimal> measureThreshold,
                            ConditionOperator operator, RuleConditionType condition) {

    private static final BigDecimal MINUS_ONE = BigDecimal.ONE.negate();

    /** A condition with nothing but {@code condition} set (ALWAYS is a placeholder for the spec). */
    public static final RuleCondition DEFAULT =
            new RuleCondition(Optional.empty(), Optional.empty(), ConditionOperator.NO_OP, RuleConditionType.ALWAYS);

    public static final ElementSpec<RuleCondition> SPEC = new ElementSpec<>("imsss", "ruleCondition", DEFAULT, List.of(
            Attribute.optionalText("referencedObjective", RuleCondition::referencedObjective,
                    (c, v) -> new RuleCondition(v, c.measureThreshold, c.operator, c.condition),
                    t -> Lexical.uri(t, "referencedObjective")),
            new Attribute<>("measureThreshold", c -> c.measureThreshold.map(Lexical::print),
                    (c, t) -> new RuleCondition(c.referencedObjective,
                            Optional.of(Lexical.decimal(t, MINUS_ONE, BigDecimal.ONE, "measureThreshold")),
                            c.operator, c.condition)),
            Attribute.token("operator", ConditionOperator.class, RuleCondition::operator,
                    (c, v) -> new RuleCondition(c.referencedObjective, c.measureThreshold, v, c.condition)),
            Attribute.token("condition", RuleConditionType.class, RuleCondition::condition,
                    (c, v) -> new RuleCondition(c.referencedObjective, c.measureThreshold, c.operator, v))));

    public RuleCondition {
        measureThreshold = measureThreshold.map(t ->
                Lexical.canonical(Lexical.checkRange(t, MINUS_ONE, BigDecimal.ONE, "measureThreshold")));
    }

    public static RuleCondition of(RuleConditionType condition) {
        return new RuleCondition(Optional.empty(), Optional.empty(), ConditionOperator.NO_OP, condition);
    }

    public static RuleCondition not(RuleConditionType condition) {
        return new RuleCondition(Optional.empty(), Optional.empty(), ConditionOperator.NOT, condition);
    }

    /** This condition tested on the objective {@code objectiveId} of the same activity. */
    public RuleCondition on(String objectiveId) {
        return new RuleCondition(Optional.of(objectiveId), measureThreshold, operator, condition);
    }

    public boolean negated() {
        return operator == ConditionOperator.NOT;
    }
}
