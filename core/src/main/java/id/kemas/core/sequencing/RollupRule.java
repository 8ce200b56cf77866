package id.kemas.core.sequencing;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@code imsss:rollupRule}: when the children of {@code childActivitySet} meet the conditions, the
 * parent gets {@code action}.
 *
 * @param minimumCount   for {@code atLeastCount}
 * @param minimumPercent for {@code atLeastPercent}, in [0, 1]
 * @param combination    {@code conditionCombination} of {@code imsss:rollupConditions} (default any)
 */
public record RollupRule(ChildActivitySet childActivitySet, int minimumCount, BigDecimal minimumPercent,
                         ConditionCombination combination, List<RollupCondition> conditions, RollupAction action) {

    /** Only for the specs: every attribute at its schema default. */
    private static final RollupRule DEFAULT = new RollupRule(ChildActivitySet.ALL, 0, BigDecimal.ZERO,
            ConditionCombination.ANY, List.of(RollupCondition.of(RollupConditionType.SATISFIED)), RollupAction.SATISFIED);

    public static final ElementSpec<RollupRule> SPEC = new ElementSpec<>("imsss", "rollupRule", DEFAULT, List.of(
            Attribute.token("childActivitySet", ChildActivitySet.class, RollupRule::childActivitySet,
                    (r, v) -> new RollupRule(v, r.minimumCount, r.minimumPercent, r.combination, r.conditions, r.action)),
            Attribute.count("minimumCount", RollupRule::minimumCount,
                    (r, v) -> new RollupRule(r.childActivitySet, v, r.minimumPercent, r.combination, r.conditions, r.action)),
            Attribute.decimal("minimumPercent", BigDecimal.ZERO, BigDecimal.ONE, RollupRule::minimumPercent,
                    (r, v) -> new RollupRule(r.childActivitySet, r.minimumCount, v, r.combination, r.conditions, r.action))));

    public static final ElementSpec<RollupRule> CONDITIONS_SPEC = new ElementSpec<>("imsss", "rollupConditions", DEFAULT,
            List.of(Attribute.token("conditionCombination", ConditionCombination.class, RollupRule::combination,
                    (r, v) -> new RollupRule(r.childActivitySet, r.minimumCount, r.minimumPercent, v, r.conditions, r.action))));

    public RollupRule {
        conditions = List.copyOf(conditions);
        if (conditions.isEmpty()) throw new IllegalArgumentException("a rollupRule needs at least one rollupCondition");
        if (minimumCount < 0) throw new IllegalArgumentException("minimumCount must be 0 or more");
        minimumPercent = Lexical.canonical(Lexical.checkRange(minimumPercent, BigDecimal.ZERO, BigDecimal.ONE, "minimumPercent"));
    }

    /** A rule over {@code set} whose conditions must all hold for a child (one condition keeps the schema's default combination). */
    public static RollupRule of(ChildActivitySet set, RollupAction action, RollupCondition... conditions) {
        ConditionCombination c = conditions.length == 1 ? ConditionCombination.ANY : ConditionCombination.ALL;
        return new RollupRule(set, 0, BigDecimal.ZERO, c, List.of(conditions), action);
    }
}
