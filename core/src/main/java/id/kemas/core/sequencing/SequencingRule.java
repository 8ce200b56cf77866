package id.kemas.core.sequencing;

import java.util.List;

/**
 * A pre-, exit- or post-condition rule: when its conditions hold (all or any of them), the action
 * applies. A rule whose action is not allowed for its kind cannot be built (the schema gives each
 * kind its own action vocabulary).
 */
public record SequencingRule(RuleType type, ConditionCombination combination, List<RuleCondition> conditions,
                             RuleAction action) {

    /** Only for the spec: the attribute {@code conditionCombination} of {@code imsss:ruleConditions}. */
    private static final SequencingRule DEFAULT = new SequencingRule(RuleType.PRE, ConditionCombination.ALL,
            List.of(RuleCondition.of(RuleConditionType.ALWAYS)), RuleAction.SKIP);

    public static final ElementSpec<SequencingRule> CONDITIONS_SPEC = new ElementSpec<>("imsss", "ruleConditions",
            DEFAULT, List.of(Attribute.token("conditionCombination", ConditionCombination.class,
                    SequencingRule::combination, (r, v) -> new SequencingRule(r.type, v, r.conditions, r.action))));

    public SequencingRule {
        conditions = List.copyOf(conditions);
        if (conditions.isEmpty()) throw new IllegalArgumentException("a " + type.xml() + " needs at least one condition");
        if (action.type() != type) {
            throw new IllegalArgumentException("a " + type.xml() + " cannot have the action '" + action.xml()
                    + "' (allowed: " + String.join(", ", RuleAction.allowedIn(type).stream().map(RuleAction::xml).toList())
                    + ")");
        }
    }

    /** A rule of the kind its action belongs to. */
    public static SequencingRule when(ConditionCombination combination, List<RuleCondition> conditions, RuleAction action) {
        return new SequencingRule(action.type(), combination, conditions, action);
    }

    public static SequencingRule whenAll(RuleAction action, RuleCondition... conditions) {
        return when(ConditionCombination.ALL, List.of(conditions), action);
    }

    public static SequencingRule whenAny(RuleAction action, RuleCondition... conditions) {
        return when(ConditionCombination.ANY, List.of(conditions), action);
    }
}
