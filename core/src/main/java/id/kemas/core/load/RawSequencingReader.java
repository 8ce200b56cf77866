package id.kemas.core.load;

import id.kemas.core.problem.DidYouMean;
import id.kemas.core.problem.Location;
import id.kemas.core.problem.Problems;
import id.kemas.core.sequencing.Activity;
import id.kemas.core.sequencing.AdlObjectiveMap;
import id.kemas.core.sequencing.Attribute;
import id.kemas.core.sequencing.AuxiliaryResource;
import id.kemas.core.sequencing.ChildActivitySet;
import id.kemas.core.sequencing.CompletionThreshold;
import id.kemas.core.sequencing.ConditionCombination;
import id.kemas.core.sequencing.ConstrainedChoiceConsiderations;
import id.kemas.core.sequencing.ControlMode;
import id.kemas.core.sequencing.DeliveryControls;
import id.kemas.core.sequencing.ElementSpec;
import id.kemas.core.sequencing.HideLmsUi;
import id.kemas.core.sequencing.ItemSettings;
import id.kemas.core.sequencing.LimitConditions;
import id.kemas.core.sequencing.Objective;
import id.kemas.core.sequencing.ObjectiveMap;
import id.kemas.core.sequencing.RandomizationControls;
import id.kemas.core.sequencing.RawSequencing;
import id.kemas.core.sequencing.RollupAction;
import id.kemas.core.sequencing.RollupCondition;
import id.kemas.core.sequencing.RollupConditionType;
import id.kemas.core.sequencing.RollupConsiderations;
import id.kemas.core.sequencing.RollupRule;
import id.kemas.core.sequencing.RollupRules;
import id.kemas.core.sequencing.RuleAction;
import id.kemas.core.sequencing.RuleCondition;
import id.kemas.core.sequencing.RuleType;
import id.kemas.core.sequencing.SequencingDefinition;
import id.kemas.core.sequencing.SequencingMessages;
import id.kemas.core.sequencing.SequencingRule;
import id.kemas.core.sequencing.SharedDataMap;
import id.kemas.core.sequencing.TimeLimitAction;
import id.kemas.core.sequencing.Token;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads {@code raw:} sequencing: IMS Simple Sequencing and the ADL extensions written in YAML with
 * the schemas' own element and attribute names (see docs/sequencing.md). Every problem is reported
 * with its place and reading goes on; what could not be read is left out.
 */
final class RawSequencingReader {

    private static final List<String> DEFINITION_KEYS = List.of("controlMode", "sequencingRules", "limitConditions",
            "auxiliaryResources", "rollupRules", "objectives", "randomizationControls", "deliveryControls",
            "adlseq:constrainedChoiceConsiderations", "adlseq:rollupConsiderations", "adlseq:objectives",
            "adlcp:completionThreshold");
    private static final List<String> ITEM_KEYS = List.of("adlcp:timeLimitAction", "adlcp:dataFromLMS", "adlcp:data",
            "adlnav:presentation");
    private static final List<String> ORGANIZATION_KEYS = List.of("adlseq:objectivesGlobalToSystem",
            "adlcp:sharedDataGlobalToSystem");

    private final Problems problems;

    RawSequencingReader(Problems problems) {
        this.problems = problems;
    }

    RawSequencing read(YamlMap m, boolean courseLevel) {
        List<RawSequencing.Change> changes = new ArrayList<>();
        for (String key : m.keys()) {
            Location at = m.keyLocation(key);
            if (ITEM_KEYS.contains(key) && courseLevel) {
                report("SEQ-152", at, key, "in the sequencing of a node, not of the course");
                continue;
            }
            if (ORGANIZATION_KEYS.contains(key) && !courseLevel) {
                report("SEQ-152", at, key, "in the course-level sequencing");
                continue;
            }
            if (!DEFINITION_KEYS.contains(key) && !ITEM_KEYS.contains(key) && !ORGANIZATION_KEYS.contains(key)) {
                List<String> known = new ArrayList<>(DEFINITION_KEYS);
                known.addAll(courseLevel ? ORGANIZATION_KEYS : ITEM_KEYS);
                report("SEQ-150", at, key, DidYouMean.hint(key, known));
                continue;
            }
            change(m, key).ifPresent(edit -> changes.add(new RawSequencing.Change(key, at, edit)));
        }
        return new RawSequencing(changes);
    }

    private Optional<UnaryOperator<Activity>> change(YamlMap m, String key) {
        return switch (key) {
            case "controlMode" -> onDefinition(m, key, ControlMode.SPEC, SequencingDefinition::controlMode,
                    SequencingDefinition::withControlMode);
            case "sequencingRules" -> m.map(key).map(this::rules).map(rs -> onDefinition(d -> d.withRules(concat(rs, d.rules()))));
            case "limitConditions" -> onDefinition(m, key, LimitConditions.SPEC, SequencingDefinition::limitConditions,
                    SequencingDefinition::withLimitConditions);
            case "auxiliaryResources" -> Optional.of(auxiliaryResources(m, key))
                    .map(rs -> onDefinition(d -> d.withAuxiliaryResources(concat(d.auxiliaryResources(), rs))));
            case "rollupRules" -> m.map(key).map(this::rollupRules);
            case "objectives" -> m.map(key).map(this::objectives);
            case "randomizationControls" -> onDefinition(m, key, RandomizationControls.SPEC,
                    SequencingDefinition::randomizationControls, SequencingDefinition::withRandomizationControls);
            case "deliveryControls" -> onDefinition(m, key, DeliveryControls.SPEC, SequencingDefinition::deliveryControls,
                    SequencingDefinition::withDeliveryControls);
            case "adlseq:constrainedChoiceConsiderations" -> onDefinition(m, key, ConstrainedChoiceConsiderations.SPEC,
                    SequencingDefinition::constrainedChoiceConsiderations, SequencingDefinition::withConstrainedChoiceConsiderations);
            case "adlseq:rollupConsiderations" -> onDefinition(m, key, RollupConsiderations.SPEC,
                    SequencingDefinition::rollupConsiderations, SequencingDefinition::withRollupConsiderations);
            case "adlseq:objectives" -> Optional.of(adlObjectives(m, key));
            case "adlcp:completionThreshold" -> element(m, key, CompletionThreshold.SPEC).map(op ->
                    onSettings(s -> s.withCompletionThreshold(op.apply(s.completionThreshold()))));
            case "adlcp:timeLimitAction" -> m.string(key).flatMap(t -> token(TimeLimitAction.class, t, key, m.valueLocation(key)))
                    .map(v -> onSettings(s -> s.withTimeLimitAction(Optional.of(v))));
            case "adlcp:dataFromLMS" -> m.string(key).map(v -> onSettings(s -> s.withDataFromLms(Optional.of(v))));
            case "adlcp:data" -> Optional.of(sharedData(m, key)).map(maps -> onSettings(s -> s.withSharedData(concat(s.sharedData(), maps))));
            case "adlnav:presentation" -> m.map(key).map(this::presentation)
                    .map(hide -> onSettings(s -> s.withHideLmsUi(concat(s.hideLmsUi(), hide))));
            case "adlseq:objectivesGlobalToSystem" -> m.bool(key).map(v -> onSettings(s -> s.withObjectivesGlobalToSystem(v)));
            case "adlcp:sharedDataGlobalToSystem" -> m.bool(key).map(v -> onSettings(s -> s.withSharedDataGlobalToSystem(v)));
            default -> throw new IllegalStateException(key);
        };
    }

    /** An element of {@code imsss:sequencing} made of attributes, changed attribute by attribute. */
    private <R> Optional<UnaryOperator<Activity>> onDefinition(YamlMap m, String key, ElementSpec<R> spec,
            Function<SequencingDefinition, R> get, BiFunction<SequencingDefinition, R, SequencingDefinition> set) {
        return element(m, key, spec).map(op -> onDefinition(d -> set.apply(d, op.apply(get.apply(d)))));
    }

    // ---- elements made only of attributes -----------------------------------------------------

    private <R> Optional<UnaryOperator<R>> element(YamlMap parent, String key, ElementSpec<R> spec) {
        return parent.map(key).map(m -> attributes(m, spec, Set.of()));
    }

    /**
     * The attributes of {@code spec} written in {@code m} as one change; {@code others} are keys the
     * caller reads itself. Each value is checked on its own, so that every bad one is reported.
     */
    private <R> UnaryOperator<R> attributes(YamlMap m, ElementSpec<R> spec, Set<String> others) {
        List<UnaryOperator<R>> ops = new ArrayList<>();
        for (String key : m.keys()) {
            if (others.contains(key)) continue;
            Optional<Attribute<R>> attribute = spec.attribute(key);
            if (attribute.isEmpty()) {
                List<String> known = new ArrayList<>(spec.attributeNames());
                known.addAll(others);
                report("SEQ-150", m.keyLocation(key), key, DidYouMean.hint(key, known) + " (in " + spec.qualifiedName() + ")");
                continue;
            }
            m.string(key).ifPresent(text -> {
                try {
                    attribute.get().read(spec.defaults(), text);
                    ops.add(r -> attribute.get().read(r, text));
                } catch (IllegalArgumentException e) {
                    report("SEQ-151", m.valueLocation(key), e.getMessage());
                }
            });
        }
        return r -> {
            R out = r;
            for (UnaryOperator<R> op : ops) out = op.apply(out);
            return out;
        };
    }

    // ---- sequencing rules -------------------------------------------------------------------

    private List<SequencingRule> rules(YamlMap m) {
        List<SequencingRule> out = new ArrayList<>();
        for (String key : m.keys()) {
            Optional<RuleType> type = Token.parse(RuleType.class, key);
            if (type.isEmpty()) {
                report("SEQ-150", m.keyLocation(key), key, DidYouMean.hint(key, Token.spellings(RuleType.class)));
                continue;
            }
            for (Node item : m.list(key)) m.asMap(item, key).flatMap(r -> rule(r, type.get())).ifPresent(out::add);
        }
        return out;
    }

    private Optional<SequencingRule> rule(YamlMap m, RuleType type) {
        UnaryOperator<SequencingRule> combination =
                attributes(m, SequencingRule.CONDITIONS_SPEC, Set.of("ruleConditions", "ruleAction"));
        Conditions<RuleCondition> conditions = conditions(m, "ruleConditions", "ruleCondition",
                SequencingRule.CONDITIONS_SPEC.attributeNames().get(0), this::ruleCondition);
        Optional<RuleAction> action = action(m, "ruleAction", RuleAction.class);
        if (!m.has("ruleConditions")) report("SEQ-153", m.location(), "A " + type.xml(), "ruleConditions");
        if (!m.has("ruleAction")) report("SEQ-153", m.location(), "A " + type.xml(), "ruleAction");
        if (conditions.list().isEmpty() || action.isEmpty()) return Optional.empty();
        try {
            SequencingRule rule = combination.apply(new SequencingRule(type, ConditionCombination.ALL,
                    conditions.list(), action.get()));
            return Optional.of(conditions.combination().map(c -> new SequencingRule(type, c, rule.conditions(), rule.action()))
                    .orElse(rule));
        } catch (IllegalArgumentException e) {
            report("SEQ-151", m.valueLocation("ruleAction"), e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<RuleCondition> ruleCondition(YamlMap m) {
        if (!m.has("condition")) {
            report("SEQ-153", m.location(), "A ruleCondition", "condition");
            return Optional.empty();
        }
        return built(m, () -> attributes(m, RuleCondition.SPEC, Set.of()).apply(RuleCondition.DEFAULT));
    }

    /** A list of conditions, written as a list or as the schema's element with its own combination attribute. */
    private record Conditions<C>(List<C> list, Optional<ConditionCombination> combination) {}

    private <C> Conditions<C> conditions(YamlMap m, String key, String itemKey, String combinationKey,
                                         Function<YamlMap, Optional<C>> item) {
        Optional<Node> node = m.raw(key);
        List<C> out = new ArrayList<>();
        Optional<ConditionCombination> combination = Optional.empty();
        if (node.isEmpty()) return new Conditions<>(out, combination);
        List<Node> items;
        if (node.get() instanceof MappingNode) {
            YamlMap inner = m.map(key).orElseThrow();
            for (String k : inner.keys()) {
                if (!k.equals(itemKey) && !k.equals(combinationKey)) {
                    report("SEQ-150", inner.keyLocation(k), k, DidYouMean.hint(k, List.of(itemKey, combinationKey)));
                }
            }
            combination = inner.string(combinationKey).flatMap(t -> token(ConditionCombination.class, t, combinationKey,
                    inner.valueLocation(combinationKey)));
            items = inner.list(itemKey);
        } else {
            items = m.list(key);
        }
        for (Node n : items) m.asMap(n, itemKey).flatMap(item).ifPresent(out::add);
        if (items.isEmpty()) report("SEQ-153", m.keyLocation(key), "'" + key + "'", itemKey);
        return new Conditions<>(out, combination);
    }

    /** An action written as {@code action} or, like the schema's element, as {@code {action: x}}. */
    private <E extends Enum<E> & Token> Optional<E> action(YamlMap m, String key, Class<E> type) {
        Optional<Node> node = m.raw(key);
        if (node.isEmpty()) return Optional.empty();
        if (node.get() instanceof MappingNode) {
            return m.map(key).flatMap(inner -> {
                for (String k : inner.keys()) {
                    if (!k.equals("action")) report("SEQ-150", inner.keyLocation(k), k, DidYouMean.hint(k, List.of("action")));
                }
                return inner.string("action").flatMap(t -> token(type, t, "action", inner.valueLocation("action")));
            });
        }
        return m.string(key).flatMap(t -> token(type, t, key, m.valueLocation(key)));
    }

    // ---- rollup -----------------------------------------------------------------------------

    private UnaryOperator<Activity> rollupRules(YamlMap m) {
        UnaryOperator<RollupRules> attributes = attributes(m, RollupRules.SPEC, Set.of("rollupRule"));
        List<RollupRule> rules = new ArrayList<>();
        for (Node item : m.list("rollupRule")) m.asMap(item, "rollupRule").flatMap(this::rollupRule).ifPresent(rules::add);
        return onDefinition(d -> {
            RollupRules r = attributes.apply(d.rollupRules());
            return d.withRollupRules(r.withRules(concat(rules, r.rules())));
        });
    }

    private Optional<RollupRule> rollupRule(YamlMap m) {
        UnaryOperator<RollupRule> attrs = attributes(m, RollupRule.SPEC,
                Set.of("conditionCombination", "rollupConditions", "rollupAction"));
        UnaryOperator<RollupRule> combination = attributes(m, RollupRule.CONDITIONS_SPEC,
                Set.of("childActivitySet", "minimumCount", "minimumPercent", "rollupConditions", "rollupAction"));
        Conditions<RollupCondition> conditions = conditions(m, "rollupConditions", "rollupCondition",
                "conditionCombination", this::rollupCondition);
        Optional<RollupAction> action = action(m, "rollupAction", RollupAction.class);
        if (!m.has("rollupConditions")) report("SEQ-153", m.location(), "A rollupRule", "rollupConditions");
        if (!m.has("rollupAction")) report("SEQ-153", m.location(), "A rollupRule", "rollupAction");
        if (conditions.list().isEmpty() || action.isEmpty()) return Optional.empty();
        return built(m, () -> {
            RollupRule r = combination.apply(attrs.apply(new RollupRule(ChildActivitySet.ALL, 0, BigDecimal.ZERO,
                    ConditionCombination.ANY, conditions.list(), action.get())));
            return conditions.combination().map(c -> new RollupRule(r.childActivitySet(), r.minimumCount(),
                    r.minimumPercent(), c, r.conditions(), r.action())).orElse(r);
        });
    }

    private Optional<RollupCondition> rollupCondition(YamlMap m) {
        if (!m.has("condition")) {
            report("SEQ-153", m.location(), "A rollupCondition", "condition");
            return Optional.empty();
        }
        return built(m, () -> attributes(m, RollupCondition.SPEC, Set.of()).apply(RollupCondition.of(RollupConditionType.SATISFIED)));
    }

    // ---- objectives -------------------------------------------------------------------------

    private UnaryOperator<Activity> objectives(YamlMap m) {
        for (String k : m.keys()) {
            if (!k.equals("primaryObjective") && !k.equals("objective")) {
                report("SEQ-150", m.keyLocation(k), k, DidYouMean.hint(k, List.of("primaryObjective", "objective")));
            }
        }
        Optional<UnaryOperator<Objective>> primary = m.map("primaryObjective").map(this::objectiveChange);
        List<Objective> others = new ArrayList<>();
        for (Node item : m.list("objective")) {
            m.asMap(item, "objective").ifPresent(o -> {
                if (!o.has("objectiveID")) {
                    report("SEQ-153", o.location(), "An objective", "objectiveID");
                    return;
                }
                UnaryOperator<Objective> change = objectiveChange(o);
                built(o, () -> change.apply(Objective.named(o.string("objectiveID").orElse("x").strip())))
                        .ifPresent(others::add);
            });
        }
        return onDefinition(d -> {
            // Objectives always include a primary one (the schema requires it): the default when none is written.
            SequencingDefinition out = primary.map(d::withPrimary).orElse(d.withPrimary(o -> o));
            for (Objective o : others) out = out.plus(o);
            return out;
        });
    }

    /** The attributes, pass mark and maps written for one objective. */
    private UnaryOperator<Objective> objectiveChange(YamlMap m) {
        UnaryOperator<Objective> attrs = attributes(m, Objective.SPEC, Set.of("minNormalizedMeasure", "mapInfo"));
        Optional<String> minimum = m.string("minNormalizedMeasure");
        minimum.ifPresent(t -> check(() -> Objective.MIN_NORMALIZED_MEASURE.read(Objective.PRIMARY, t),
                m.valueLocation("minNormalizedMeasure")));
        List<ObjectiveMap> maps = new ArrayList<>();
        for (Node item : m.list("mapInfo")) {
            m.asMap(item, "mapInfo").ifPresent(mi -> {
                if (!mi.has("targetObjectiveID")) {
                    report("SEQ-153", mi.location(), "A mapInfo", "targetObjectiveID");
                    return;
                }
                UnaryOperator<ObjectiveMap> op = attributes(mi, ObjectiveMap.SPEC, Set.of());
                built(mi, () -> op.apply(ObjectiveMap.to("target"))).ifPresent(maps::add);
            });
        }
        return o -> {
            Objective out = attrs.apply(o);
            if (minimum.isPresent()) out = Objective.MIN_NORMALIZED_MEASURE.read(out, minimum.get());
            for (ObjectiveMap map : maps) out = out.plus(map);
            return out;
        };
    }

    private UnaryOperator<Activity> adlObjectives(YamlMap m, String key) {
        record Entry(String objectiveId, AdlObjectiveMap map) {}
        List<Entry> entries = new ArrayList<>();
        for (YamlMap o : listOrWrapped(m, key, "objective")) {
            if (!o.has("objectiveID")) {
                report("SEQ-153", o.location(), "An adlseq:objective", "objectiveID");
                continue;
            }
            for (String k : o.keys()) {
                if (!k.equals("objectiveID") && !k.equals("mapInfo")) {
                    report("SEQ-150", o.keyLocation(k), k, DidYouMean.hint(k, List.of("objectiveID", "mapInfo")));
                }
            }
            String id = o.string("objectiveID").orElse("").strip();
            List<Node> items = o.list("mapInfo");
            if (items.isEmpty()) report("SEQ-153", o.location(), "An adlseq:objective", "mapInfo");
            for (Node item : items) {
                o.asMap(item, "mapInfo").ifPresent(mi -> {
                    if (!mi.has("targetObjectiveID")) {
                        report("SEQ-153", mi.location(), "An adlseq:mapInfo", "targetObjectiveID");
                        return;
                    }
                    UnaryOperator<AdlObjectiveMap> op = attributes(mi, AdlObjectiveMap.SPEC, Set.of());
                    built(mi, () -> op.apply(AdlObjectiveMap.to("target"))).ifPresent(map -> entries.add(new Entry(id, map)));
                });
            }
        }
        return onDefinition(d -> {
            SequencingDefinition out = d;
            for (Entry e : entries) out = out.plusAdlMap(e.objectiveId(), e.map());
            return out;
        });
    }

    // ---- lists of small elements ------------------------------------------------------------

    private List<AuxiliaryResource> auxiliaryResources(YamlMap m, String key) {
        List<AuxiliaryResource> out = new ArrayList<>();
        for (YamlMap r : listOrWrapped(m, key, "auxiliaryResource")) {
            for (String k : r.keys()) {
                if (!k.equals("auxiliaryResourceID") && !k.equals("purpose")) {
                    report("SEQ-150", r.keyLocation(k), k, DidYouMean.hint(k, List.of("auxiliaryResourceID", "purpose")));
                }
            }
            Optional<String> id = r.string("auxiliaryResourceID");
            Optional<String> purpose = r.string("purpose");
            if (id.isEmpty()) report("SEQ-153", r.location(), "An auxiliaryResource", "auxiliaryResourceID");
            if (purpose.isEmpty()) report("SEQ-153", r.location(), "An auxiliaryResource", "purpose");
            if (id.isPresent() && purpose.isPresent()) built(r, () -> new AuxiliaryResource(id.get(), purpose.get())).ifPresent(out::add);
        }
        return out;
    }

    private List<SharedDataMap> sharedData(YamlMap m, String key) {
        List<SharedDataMap> out = new ArrayList<>();
        for (YamlMap map : listOrWrapped(m, key, "map")) {
            if (!map.has("targetID")) {
                report("SEQ-153", map.location(), "An adlcp:map", "targetID");
                continue;
            }
            UnaryOperator<SharedDataMap> op = attributes(map, SharedDataMap.SPEC, Set.of());
            built(map, () -> op.apply(SharedDataMap.to("target"))).ifPresent(out::add);
        }
        return out;
    }

    private List<HideLmsUi> presentation(YamlMap m) {
        List<HideLmsUi> out = new ArrayList<>();
        for (String k : m.keys()) {
            if (!k.equals("navigationInterface")) {
                report("SEQ-150", m.keyLocation(k), k, DidYouMean.hint(k, List.of("navigationInterface")));
            }
        }
        m.map("navigationInterface").ifPresent(ni -> {
            for (String k : ni.keys()) {
                if (!k.equals("hideLMSUI")) report("SEQ-150", ni.keyLocation(k), k, DidYouMean.hint(k, List.of("hideLMSUI")));
            }
            for (var s : ni.strings("hideLMSUI")) token(HideLmsUi.class, s.value(), "hideLMSUI", s.location()).ifPresent(out::add);
        });
        return out;
    }

    /** Items written as a list, or as the schema's wrapper element holding the list under {@code itemKey}. */
    private List<YamlMap> listOrWrapped(YamlMap m, String key, String itemKey) {
        List<Node> items;
        Optional<Node> node = m.raw(key);
        if (node.isPresent() && node.get() instanceof MappingNode) {
            YamlMap inner = m.map(key).orElseThrow();
            for (String k : inner.keys()) {
                if (!k.equals(itemKey)) report("SEQ-150", inner.keyLocation(k), k, DidYouMean.hint(k, List.of(itemKey)));
            }
            items = inner.list(itemKey);
        } else {
            items = m.list(key);
        }
        List<YamlMap> out = new ArrayList<>();
        for (Node n : items) m.asMap(n, itemKey).ifPresent(out::add);
        return out;
    }

    // ---- helpers ----------------------------------------------------------------------------

    private <E extends Enum<E> & Token> Optional<E> token(Class<E> type, String text, String what, Location at) {
        Optional<E> v = Token.parse(type, text);
        if (v.isEmpty()) {
            String hint = DidYouMean.hint(text.strip(), Token.spellings(type));
            report("SEQ-151", at, "'" + text + "' is not a valid " + what + " ("
                    + (hint.endsWith(".") ? hint.substring(0, hint.length() - 1) : hint) + ")");
        }
        return v;
    }

    /** Builds a record, reporting what its constructor refuses at {@code m}. */
    private <T> Optional<T> built(YamlMap m, Supplier<T> build) {
        try {
            return Optional.of(build.get());
        } catch (IllegalArgumentException e) {
            report("SEQ-151", m.location(), e.getMessage());
            return Optional.empty();
        }
    }

    private void check(Runnable r, Location at) {
        try {
            r.run();
        } catch (IllegalArgumentException e) {
            report("SEQ-151", at, e.getMessage());
        }
    }

    private static UnaryOperator<Activity> onDefinition(UnaryOperator<SequencingDefinition> change) {
        return a -> a.withSequencing(change);
    }

    private static UnaryOperator<Activity> onSettings(UnaryOperator<ItemSettings> change) {
        return a -> a.withSettings(change.apply(a.settings()));
    }

    private static <T> List<T> concat(List<T> first, List<T> then) {
        List<T> out = new ArrayList<>(first);
        out.addAll(then);
        return out;
    }

    private void report(String id, Location at, Object... args) {
        problems.add(SequencingMessages.CATALOG.problem(id, at, args));
    }
}
