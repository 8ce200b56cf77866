package id.kemas.core.sequencing;

import java.util.List;

/** {@code imsss:rollupCondition}: a test on one child. */
public record RollupCondition(ConditionOperator operator, RollupConditionType condition) {

    private static final RollupCondition DEFAULT = new RollupCondition(ConditionOperator.NO_OP, RollupConditionType.SATISFIED);

    public static final ElementSpec<RollupCondition> SPEC = new ElementSpec<>("imsss", "rollupCondition", DEFAULT, List.of(
            Attribute.token("operator", ConditionOperator.class, RollupCondition::operator,
                    (c, v) -> new RollupCondition(v, c.condition)),
            Attribute.token("condition", RollupConditionType.class, RollupCondition::condition,
                    (c, v) -> new RollupCondition(c.operator, v))));

    public static RollupCondition of(RollupConditionType condition) {
        return new RollupCondition(ConditionOperator.NO_OP, condition);
    }

    public static RollupCondition not(RollupConditionType condition) {
        return new RollupCondition(ConditionOperator.NOT, condition);
    }
}
