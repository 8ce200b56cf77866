package id.kemas.core.sequencing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Everything one {@code imsss:sequencing} element can say about an activity, with the ADL
 * sequencing extensions. Each part holds its schema defaults when nothing was written, so
 * {@link #DEFAULT} is an activity with no sequencing at all. Invalid combinations that need the
 * whole tree to see (a referenced objective that does not exist, two primary objectives) are
 * reported by {@link DefinitionChecks}.
 *
 * @param rules      pre-, exit- and post-condition rules; each kind is evaluated in this order
 * @param objectives the primary objective and the others; the schema requires exactly one primary
 *                   when there are any
 */
public record SequencingDefinition(ControlMode controlMode, List<SequencingRule> rules, LimitConditions limitConditions,
                                   List<AuxiliaryResource> auxiliaryResources, RollupRules rollupRules,
                                   List<Objective> objectives, RandomizationControls randomizationControls,
                                   DeliveryControls deliveryControls,
                                   ConstrainedChoiceConsiderations constrainedChoiceConsiderations,
                                   RollupConsiderations rollupConsiderations, List<AdlObjective> adlObjectives) {

    public static final SequencingDefinition DEFAULT = new SequencingDefinition(ControlMode.DEFAULT, List.of(),
            LimitConditions.NONE, List.of(), RollupRules.DEFAULT, List.of(), RandomizationControls.DEFAULT,
            DeliveryControls.DEFAULT, ConstrainedChoiceConsiderations.DEFAULT, RollupConsiderations.DEFAULT, List.of());

    public SequencingDefinition {
        rules = List.copyOf(rules);
        auxiliaryResources = List.copyOf(auxiliaryResources);
        objectives = List.copyOf(objectives);
        adlObjectives = List.copyOf(adlObjectives);
    }

    public boolean isDefault() {
        return equals(DEFAULT);
    }

    public List<SequencingRule> rules(RuleType type) {
        return rules.stream().filter(r -> r.type() == type).toList();
    }

    public Optional<Objective> primary() {
        return objectives.stream().filter(Objective::primary).findFirst();
    }

    public Optional<Objective> objective(String objectiveId) {
        return objectives.stream().filter(o -> o.objectiveId().filter(objectiveId::equals).isPresent()).findFirst();
    }

    public Optional<AdlObjective> adlObjective(String objectiveId) {
        return adlObjectives.stream().filter(o -> o.objectiveId().equals(objectiveId)).findFirst();
    }

    /** The pass mark of the primary objective, when satisfaction is decided by measure. */
    public Optional<java.math.BigDecimal> passMark() {
        return primary().flatMap(Objective::passMark);
    }

    public SequencingDefinition withControlMode(ControlMode v) {
        return new SequencingDefinition(v, rules, limitConditions, auxiliaryResources, rollupRules, objectives,
                randomizationControls, deliveryControls, constrainedChoiceConsiderations, rollupConsiderations, adlObjectives);
    }

    public SequencingDefinition withRules(List<SequencingRule> v) {
        return new SequencingDefinition(controlMode, v, limitConditions, auxiliaryResources, rollupRules, objectives,
                randomizationControls, deliveryControls, constrainedChoiceConsiderations, rollupConsiderations, adlObjectives);
    }

    public SequencingDefinition withLimitConditions(LimitConditions v) {
        return new SequencingDefinition(controlMode, rules, v, auxiliaryResources, rollupRules, objectives,
                randomizationControls, deliveryControls, constrainedChoiceConsiderations, rollupConsiderations, adlObjectives);
    }

    public SequencingDefinition withAuxiliaryResources(List<AuxiliaryResource> v) {
        return new SequencingDefinition(controlMode, rules, limitConditions, v, rollupRules, objectives,
                randomizationControls, deliveryControls, constrainedChoiceConsiderations, rollupConsiderations, adlObjectives);
    }

    public SequencingDefinition withRollupRules(RollupRules v) {
        return new SequencingDefinition(controlMode, rules, limitConditions, auxiliaryResources, v, objectives,
                randomizationControls, deliveryControls, constrainedChoiceConsiderations, rollupConsiderations, adlObjectives);
    }

    public SequencingDefinition withObjectives(List<Objective> v) {
        return new SequencingDefinition(controlMode, rules, limitConditions, auxiliaryResources, rollupRules, v,
                randomizationControls, deliveryControls, constrainedChoiceConsiderations, rollupConsiderations, adlObjectives);
    }

    public SequencingDefinition withRandomizationControls(RandomizationControls v) {
        return new SequencingDefinition(controlMode, rules, limitConditions, auxiliaryResources, rollupRules, objectives,
                v, deliveryControls, constrainedChoiceConsiderations, rollupConsiderations, adlObjectives);
    }

    public SequencingDefinition withDeliveryControls(DeliveryControls v) {
        return new SequencingDefinition(controlMode, rules, limitConditions, auxiliaryResources, rollupRules, objectives,
                randomizationControls, v, constrainedChoiceConsiderations, rollupConsiderations, adlObjectives);
    }

    public SequencingDefinition withConstrainedChoiceConsiderations(ConstrainedChoiceConsiderations v) {
        return new SequencingDefinition(controlMode, rules, limitConditions, auxiliaryResources, rollupRules, objectives,
                randomizationControls, deliveryControls, v, rollupConsiderations, adlObjectives);
    }

    public SequencingDefinition withRollupConsiderations(RollupConsiderations v) {
        return new SequencingDefinition(controlMode, rules, limitConditions, auxiliaryResources, rollupRules, objectives,
                randomizationControls, deliveryControls, constrainedChoiceConsiderations, v, adlObjectives);
    }

    public SequencingDefinition withAdlObjectives(List<AdlObjective> v) {
        return new SequencingDefinition(controlMode, rules, limitConditions, auxiliaryResources, rollupRules, objectives,
                randomizationControls, deliveryControls, constrainedChoiceConsiderations, rollupConsiderations, v);
    }

    /** With {@code rule} after the existing rules of its kind. */
    public SequencingDefinition plus(SequencingRule rule) {
        List<SequencingRule> all = new ArrayList<>(rules);
        all.add(rule);
        return withRules(all);
    }

    /** With {@code rule} before the existing rules of its kind (rules are tried in order; the first that holds wins). */
    public SequencingDefinition plusFirst(SequencingRule rule) {
        List<SequencingRule> all = new ArrayList<>();
        all.add(rule);
        all.addAll(rules);
        return withRules(all);
    }

    public SequencingDefinition plus(Objective objective) {
        List<Objective> all = new ArrayList<>(objectives);
        all.add(objective);
        return withObjectives(all);
    }

    /** With the primary objective changed by {@code change}; one with schema defaults is made first if there is none. */
    public SequencingDefinition withPrimary(UnaryOperator<Objective> change) {
        List<Objective> all = new ArrayList<>();
        boolean found = false;
        for (Objective o : objectives) {
            if (o.primary() && !found) {
                all.add(change.apply(o));
                found = true;
            } else {
                all.add(o);
            }
        }
        if (!found) all.add(0, change.apply(Objective.PRIMARY));
        return withObjectives(all);
    }

    /** With {@code map} added to the {@code adlseq:objective} of {@code objectiveId} (made if missing). */
    public SequencingDefinition plusAdlMap(String objectiveId, AdlObjectiveMap map) {
        List<AdlObjective> all = new ArrayList<>();
        boolean found = false;
        for (AdlObjective o : adlObjectives) {
            if (o.objectiveId().equals(objectiveId)) {
                List<AdlObjectiveMap> maps = new ArrayList<>(o.maps());
                maps.add(map);
                all.add(new AdlObjective(objectiveId, maps));
                found = true;
            } else {
                all.add(o);
            }
        }
        if (!found) all.add(new AdlObjective(objectiveId, List.of(map)));
        return withAdlObjectives(all);
    }
}
