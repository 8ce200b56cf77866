package id.kemas.core.sequencing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code imsss:rollupRules}: how this activity's status feeds its parent's (the three attributes)
 * and how its children's statuses make its own (the rules; without rules for an action, the SN
 * default rules apply).
 *
 * @param rollupObjectiveSatisfied this activity counts for its parent's satisfied status
 * @param rollupProgressCompletion this activity counts for its parent's completion
 * @param objectiveMeasureWeight   weight of this activity's score in its parent's, in [0, 1]
 */
public record RollupRules(boolean rollupObjectiveSatisfied, boolean rollupProgressCompletion,
                          BigDecimal objectiveMeasureWeight, List<RollupRule> rules) {

    public static final RollupRules DEFAULT = new RollupRules(true, true, BigDecimal.ONE, List.of());

    public static final ElementSpec<RollupRules> SPEC = new ElementSpec<>("imsss", "rollupRules", DEFAULT, List.of(
            Attribute.bool("rollupObjectiveSatisfied", RollupRules::rollupObjectiveSatisfied,
                    RollupRules::withRollupObjectiveSatisfied),
            Attribute.bool("rollupProgressCompletion", RollupRules::rollupProgressCompletion,
                    RollupRules::withRollupProgressCompletion),
            Attribute.decimal("objectiveMeasureWeight", BigDecimal.ZERO, BigDecimal.ONE,
                    RollupRules::objectiveMeasureWeight, RollupRules::withObjectiveMeasureWeight)));

    public RollupRules {
        rules = List.copyOf(rules);
        objectiveMeasureWeight = Lexical.canonical(
                Lexical.checkRange(objectiveMeasureWeight, BigDecimal.ZERO, BigDecimal.ONE, "objectiveMeasureWeight"));
    }

    public RollupRules withRollupObjectiveSatisfied(boolean v) {
        return new RollupRules(v, rollupProgressCompletion, objectiveMeasureWeight, rules);
    }

    public RollupRules withRollupProgressCompletion(boolean v) {
        return new RollupRules(rollupObjectiveSatisfied, v, objectiveMeasureWeight, rules);
    }

    public RollupRules withObjectiveMeasureWeight(BigDecimal v) {
        return new RollupRules(rollupObjectiveSatisfied, rollupProgressCompletion, v, rules);
    }

    public RollupRules withRules(List<RollupRule> v) {
        return new RollupRules(rollupObjectiveSatisfied, rollupProgressCompletion, objectiveMeasureWeight, v);
    }

    public RollupRules plus(RollupRule rule) {
        List<RollupRule> all = new ArrayList<>(rules);
        all.add(rule);
        return withRules(all);
    }

    /** Whether any rule gives one of these actions (else the SN default rules decide them). */
    public boolean hasRuleFor(RollupAction... actions) {
        return rules.stream().anyMatch(r -> List.of(actions).contains(r.action()));
    }

    public boolean scored() {
        return objectiveMeasureWeight.signum() > 0;
    }
}
