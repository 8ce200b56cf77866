package id.kemas.export.sequencing;

import id.kemas.core.sequencing.AdlObjective;
import id.kemas.core.sequencing.AdlObjectiveMap;
import id.kemas.core.sequencing.AuxiliaryResource;
import id.kemas.core.sequencing.ChildActivitySet;
import id.kemas.core.sequencing.CompletionThreshold;
import id.kemas.core.sequencing.ConditionCombination;
import id.kemas.core.sequencing.ConditionOperator;
import id.kemas.core.sequencing.ConstrainedChoiceConsiderations;
import id.kemas.core.sequencing.ControlMode;
import id.kemas.core.sequencing.DeliveryControls;
import id.kemas.core.sequencing.HideLmsUi;
import id.kemas.core.sequencing.ItemSettings;
import id.kemas.core.sequencing.Lexical;
import id.kemas.core.sequencing.LimitConditions;
import id.kemas.core.sequencing.Objective;
import id.kemas.core.sequencing.ObjectiveMap;
import id.kemas.core.sequencing.RandomizationControls;
import id.kemas.core.sequencing.RandomizationTiming;
import id.kemas.core.sequencing.RollupCondition;
import id.kemas.core.sequencing.RollupConsideration;
import id.kemas.core.sequencing.RollupConsiderations;
import id.kemas.core.sequencing.RollupRule;
import id.kemas.core.sequencing.RollupRules;
import id.kemas.core.sequencing.RuleCondition;
import id.kemas.core.sequencing.RuleType;
import id.kemas.core.sequencing.SequencingDefinition;
import id.kemas.core.sequencing.SequencingRule;
import id.kemas.core.sequencing.SharedDataMap;
import id.kemas.export.manifest.adlcp.Data;
import id.kemas.export.manifest.adlcp.DataMap;
import id.kemas.export.manifest.adlcp.TimeLimitAction;
import id.kemas.export.manifest.adlnav.Presentation;
import id.kemas.export.manifest.adlseq.MapInfo;
import id.kemas.export.manifest.imsss.AuxiliaryResources;
import id.kemas.export.manifest.imsss.Objectives;
import id.kemas.export.manifest.imsss.Sequencing;
import id.kemas.export.manifest.imsss.SequencingRules;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Turns the sequencing model into the JAXB manifest classes. Every attribute at its schema default
 * is left out (null), and every element whose attributes are all defaults is left out, so the
 * manifest says only what differs from what an LMS assumes anyway.
 */
final class SequencingXml {

    private SequencingXml() {}

    /** {@code imsss:sequencing} for a definition; empty for one with no sequencing at all. */
    static Optional<Sequencing> sequencing(SequencingDefinition d) {
        if (d.isDefault()) return Optional.empty();
        Sequencing s = new Sequencing();
        if (!d.controlMode().equals(ControlMode.DEFAULT)) s.controlMode(controlMode(d.controlMode()));
        if (!d.rules().isEmpty()) s.sequencingRules(rules(d));
        if (!d.limitConditions().equals(LimitConditions.NONE)) s.limitConditions(limits(d.limitConditions()));
        if (!d.auxiliaryResources().isEmpty()) {
            AuxiliaryResources aux = new AuxiliaryResources();
            for (AuxiliaryResource r : d.auxiliaryResources()) {
                aux.add(new AuxiliaryResources.Resource(r.auxiliaryResourceId(), r.purpose()));
            }
            s.auxiliaryResources(aux);
        }
        if (!d.rollupRules().equals(RollupRules.DEFAULT)) s.rollupRules(rollup(d.rollupRules()));
        if (!d.objectives().isEmpty()) s.objectives(objectives(d));
        if (!d.randomizationControls().equals(RandomizationControls.DEFAULT)) s.randomizationControls(random(d.randomizationControls()));
        if (!d.deliveryControls().equals(DeliveryControls.DEFAULT)) s.deliveryControls(delivery(d.deliveryControls()));
        if (!d.constrainedChoiceConsiderations().equals(ConstrainedChoiceConsiderations.DEFAULT)) {
            ConstrainedChoiceConsiderations c = d.constrainedChoiceConsiderations();
            s.constrainedChoiceConsiderations(new id.kemas.export.manifest.adlseq.ConstrainedChoiceConsiderations()
                    .preventActivation(ifNot(c.preventActivation(), false)).constrainChoice(ifNot(c.constrainChoice(), false)));
        }
        if (!d.rollupConsiderations().equals(RollupConsiderations.DEFAULT)) {
            s.rollupConsiderations(considerations(d.rollupConsiderations()));
        }
        if (!d.adlObjectives().isEmpty()) s.adlObjectives(adlObjectives(d));
        return Optional.of(s);
    }

    static Optional<id.kemas.export.manifest.adlcp.CompletionThreshold> completionThreshold(ItemSettings s) {
        CompletionThreshold c = s.completionThreshold();
        if (c.equals(CompletionThreshold.DEFAULT)) return Optional.empty();
        return Optional.of(new id.kemas.export.manifest.adlcp.CompletionThreshold()
                .completedByMeasure(ifNot(c.completedByMeasure(), false))
                .minProgressMeasure(ifNot(c.minProgressMeasure(), BigDecimal.ONE))
                .progressWeight(ifNot(c.progressWeight(), BigDecimal.ONE)));
    }

    static Optional<Presentation> presentation(ItemSettings s) {
        if (s.hideLmsUi().isEmpty()) return Optional.empty();
        Presentation p = new Presentation();
        for (HideLmsUi h : s.hideLmsUi()) p.hide(id.kemas.export.manifest.adlnav.HideLmsUi.valueOf(h.name()));
        return Optional.of(p);
    }

    static Optional<TimeLimitAction> timeLimitAction(ItemSettings s) {
        return s.timeLimitAction().map(t -> TimeLimitAction.valueOf(t.name()));
    }

    static Optional<Data> data(ItemSettings s) {
        if (s.sharedData().isEmpty()) return Optional.empty();
        Data data = new Data();
        for (SharedDataMap m : s.sharedData()) {
            data.add(new DataMap(m.targetId(), ifNot(m.readSharedData(), true), ifNot(m.writeSharedData(), false)));
        }
        return Optional.of(data);
    }

    // ---- imsss elements -----------------------------------------------------------------------

    private static id.kemas.export.manifest.imsss.ControlMode controlMode(ControlMode c) {
        ControlMode d = ControlMode.DEFAULT;
        return new id.kemas.export.manifest.imsss.ControlMode()
                .choice(ifNot(c.choice(), d.choice()))
                .choiceExit(ifNot(c.choiceExit(), d.choiceExit()))
                .flow(ifNot(c.flow(), d.flow()))
                .forwardOnly(ifNot(c.forwardOnly(), d.forwardOnly()))
                .useCurrentAttemptObjectiveInfo(ifNot(c.useCurrentAttemptObjectiveInfo(), d.useCurrentAttemptObjectiveInfo()))
                .useCurrentAttemptProgressInfo(ifNot(c.useCurrentAttemptProgressInfo(), d.useCurrentAttemptProgressInfo()));
    }

    private static SequencingRules rules(SequencingDefinition d) {
        SequencingRules out = new SequencingRules();
        for (SequencingRule r : d.rules(RuleType.PRE)) out.pre(rule(r));
        for (SequencingRule r : d.rules(RuleType.EXIT)) out.exit(rule(r));
        for (SequencingRule r : d.rules(RuleType.POST)) out.post(rule(r));
        return out;
    }

    private static id.kemas.export.manifest.imsss.SequencingRule rule(SequencingRule r) {
        var out = new id.kemas.export.manifest.imsss.SequencingRule(
                id.kemas.export.manifest.imsss.SequencingRule.Action.valueOf(r.action().name()))
                .combination(r.combination() == ConditionCombination.ALL ? null : combination(r.combination()));
        for (RuleCondition c : r.conditions()) {
            out.when(new id.kemas.export.manifest.imsss.SequencingRule.RuleCondition(
                    id.kemas.export.manifest.imsss.SequencingRule.Condition.valueOf(c.condition().name()))
                    .referencedObjective(c.referencedObjective().orElse(null))
                    .measureThreshold(c.measureThreshold().map(SequencingXml::decimal).orElse(null))
                    .operator(operator(c.operator())));
        }
        return out;
    }

    private static id.kemas.export.manifest.imsss.LimitConditions limits(LimitConditions l) {
        return new id.kemas.export.manifest.imsss.LimitConditions()
                .attemptLimit(l.attemptLimit().isPresent() ? l.attemptLimit().getAsInt() : null)
                .attemptAbsoluteDurationLimit(l.attemptAbsoluteDurationLimit().orElse(null))
                .attemptExperiencedDurationLimit(l.attemptExperiencedDurationLimit().orElse(null))
                .activityAbsoluteDurationLimit(l.activityAbsoluteDurationLimit().orElse(null))
                .activityExperiencedDurationLimit(l.activityExperiencedDurationLimit().orElse(null))
                .beginTimeLimit(l.beginTimeLimit().orElse(null))
                .endTimeLimit(l.endTimeLimit().orElse(null));
    }

    private static id.kemas.export.manifest.imsss.RollupRules rollup(RollupRules r) {
        var out = new id.kemas.export.manifest.imsss.RollupRules()
                .rollupObjectiveSatisfied(ifNot(r.rollupObjectiveSatisfied(), true))
                .rollupProgressCompletion(ifNot(r.rollupProgressCompletion(), true))
                .objectiveMeasureWeight(ifNot(r.objectiveMeasureWeight(), BigDecimal.ONE));
        for (RollupRule rule : r.rules()) {
            var x = new id.kemas.export.manifest.imsss.RollupRule(
                    rule.childActivitySet() == ChildActivitySet.ALL ? null
                            : id.kemas.export.manifest.imsss.RollupRule.ChildActivitySet.valueOf(rule.childActivitySet().name()),
                    id.kemas.export.manifest.imsss.RollupRule.Action.valueOf(rule.action().name()))
                    .minimumCount(rule.minimumCount() == 0 ? null : rule.minimumCount())
                    .minimumPercent(ifNot(rule.minimumPercent(), BigDecimal.ZERO))
                    .combination(rule.combination() == ConditionCombination.ANY ? null : combination(rule.combination()));
            for (RollupCondition c : rule.conditions()) {
                x.when(new id.kemas.export.manifest.imsss.RollupRule.RollupCondition(operator(c.operator()),
                        id.kemas.export.manifest.imsss.RollupRule.Condition.valueOf(c.condition().name())));
            }
            out.add(x);
        }
        return out;
    }

    private static Objectives objectives(SequencingDefinition d) {
        Objectives out = new Objectives(objective(d.primary().orElse(Objective.PRIMARY)));
        for (Objective o : d.objectives()) if (!o.primary()) out.add(objective(o));
        return out;
    }

    private static id.kemas.export.manifest.imsss.Objective objective(Objective o) {
        var out = new id.kemas.export.manifest.imsss.Objective(o.objectiveId().orElse(null))
                .satisfiedByMeasure(ifNot(o.satisfiedByMeasure(), false))
                .minNormalizedMeasure(ifNot(o.minNormalizedMeasure(), BigDecimal.ONE));
        for (ObjectiveMap m : o.maps()) {
            out.add(new id.kemas.export.manifest.imsss.MapInfo(m.targetObjectiveId())
                    .readSatisfiedStatus(ifNot(m.readSatisfiedStatus(), true))
                    .readNormalizedMeasure(ifNot(m.readNormalizedMeasure(), true))
                    .writeSatisfiedStatus(ifNot(m.writeSatisfiedStatus(), false))
                    .writeNormalizedMeasure(ifNot(m.writeNormalizedMeasure(), false)));
        }
        return out;
    }

    private static id.kemas.export.manifest.imsss.RandomizationControls random(RandomizationControls r) {
        return new id.kemas.export.manifest.imsss.RandomizationControls()
                .randomizationTiming(timing(r.randomizationTiming()))
                .selectCount(r.selectCount().isPresent() ? r.selectCount().getAsInt() : null)
                .reorderChildren(ifNot(r.reorderChildren(), false))
                .selectionTiming(timing(r.selectionTiming()));
    }

    private static id.kemas.export.manifest.imsss.DeliveryControls delivery(DeliveryControls d) {
        return new id.kemas.export.manifest.imsss.DeliveryControls()
                .tracked(ifNot(d.tracked(), true))
                .completionSetByContent(ifNot(d.completionSetByContent(), false))
                .objectiveSetByContent(ifNot(d.objectiveSetByContent(), false));
    }

    // ---- adlseq elements ------------------------------------------------------------------------

    private static id.kemas.export.manifest.adlseq.RollupConsiderations considerations(RollupConsiderations r) {
        return new id.kemas.export.manifest.adlseq.RollupConsiderations()
                .requiredForSatisfied(required(r.requiredForSatisfied()))
                .requiredForNotSatisfied(required(r.requiredForNotSatisfied()))
                .requiredForCompleted(required(r.requiredForCompleted()))
                .requiredForIncomplete(required(r.requiredForIncomplete()))
                .measureSatisfactionIfActive(ifNot(r.measureSatisfactionIfActive(), true));
    }

    private static id.kemas.export.manifest.adlseq.Objectives adlObjectives(SequencingDefinition d) {
        var out = new id.kemas.export.manifest.adlseq.Objectives();
        for (AdlObjective o : d.adlObjectives()) {
            var x = new id.kemas.export.manifest.adlseq.Objective(o.objectiveId());
            for (AdlObjectiveMap m : o.maps()) {
                x.add(new MapInfo(m.targetObjectiveId())
                        .readRawScore(ifNot(m.readRawScore(), true))
                        .readMinScore(ifNot(m.readMinScore(), true))
                        .readMaxScore(ifNot(m.readMaxScore(), true))
                        .readCompletionStatus(ifNot(m.readCompletionStatus(), true))
                        .readProgressMeasure(ifNot(m.readProgressMeasure(), true))
                        .writeRawScore(ifNot(m.writeRawScore(), false))
                        .writeMinScore(ifNot(m.writeMinScore(), false))
                        .writeMaxScore(ifNot(m.writeMaxScore(), false))
                        .writeCompletionStatus(ifNot(m.writeCompletionStatus(), false))
                        .writeProgressMeasure(ifNot(m.writeProgressMeasure(), false)));
            }
            out.add(x);
        }
        return out;
    }

    // ---- values -------------------------------------------------------------------------------

    /** The value, or null (left out) when it is the schema default. */
    private static Boolean ifNot(boolean value, boolean schemaDefault) {
        return value == schemaDefault ? null : value;
    }

    private static BigDecimal ifNot(BigDecimal value, BigDecimal schemaDefault) {
        return value.compareTo(schemaDefault) == 0 ? null : decimal(value);
    }

    /** Without needless trailing zeros: 0.7, not 0.70. */
    private static BigDecimal decimal(BigDecimal d) {
        return new BigDecimal(Lexical.print(d));
    }

    private static id.kemas.export.manifest.imsss.SequencingRule.Combination combination(ConditionCombination c) {
        return id.kemas.export.manifest.imsss.SequencingRule.Combination.valueOf(c.name());
    }

    private static id.kemas.export.manifest.imsss.SequencingRule.Operator operator(ConditionOperator o) {
        return o == ConditionOperator.NO_OP ? null : id.kemas.export.manifest.imsss.SequencingRule.Operator.valueOf(o.name());
    }

    private static id.kemas.export.manifest.imsss.RandomizationControls.Timing timing(RandomizationTiming t) {
        return t == RandomizationTiming.NEVER ? null : id.kemas.export.manifest.imsss.RandomizationControls.Timing.valueOf(t.name());
    }

    private static id.kemas.export.manifest.adlseq.RollupConsiderations.Required required(RollupConsideration c) {
        return c == RollupConsideration.ALWAYS ? null : id.kemas.export.manifest.adlseq.RollupConsiderations.Required.valueOf(c.name());
    }
}
