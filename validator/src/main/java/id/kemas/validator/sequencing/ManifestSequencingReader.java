package id.kemas.validator.sequencing;

import id.kemas.core.sequencing.Activity;
import id.kemas.core.sequencing.ActivityKind;
import id.kemas.core.sequencing.ActivityTree;
import id.kemas.core.sequencing.AdlObjectiveMap;
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
import id.kemas.core.sequencing.Lexical;
import id.kemas.core.sequencing.LimitConditions;
import id.kemas.core.sequencing.Objective;
import id.kemas.core.sequencing.ObjectiveMap;
import id.kemas.core.sequencing.RandomizationControls;
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
import id.kemas.core.sequencing.SequencingRule;
import id.kemas.core.sequencing.SharedDataMap;
import id.kemas.core.sequencing.TimeLimitAction;
import id.kemas.core.sequencing.Token;
import id.kemas.core.problem.Problems;
import id.kemas.validator.Limits;
import id.kemas.validator.container.FolderContainer;
import id.kemas.validator.container.PackageContent;
import id.kemas.validator.container.ZipContainer;
import id.kemas.validator.manifest.ContentStructure;
import id.kemas.validator.manifest.Ids;
import id.kemas.validator.manifest.Manifest;
import id.kemas.validator.manifest.ManifestLoader;
import id.kemas.validator.manifest.Namespaces;
import id.kemas.validator.manifest.XmlElement;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the activity tree of a SCORM 2004 manifest's default organization with the full sequencing
 * of every activity, so that the sequencing lint, descriptions and diagrams work on any package.
 * An activity's sequencing is its own {@code imsss:sequencing} over the shared definition it names
 * with {@code IDRef}, element by element. Values the schemas do not allow are skipped (schema
 * validation reports them), so any manifest gives a tree; locations are the manifest's lines.
 *
 * <pre>
 * Optional&lt;ActivityTree&gt; tree = ManifestSequencingReader.read(manifest);
 * </pre>
 */
public final class ManifestSequencingReader {

    private static final String SS = Namespaces.IMSSS;
    private static final String SEQ = Namespaces.ADLSEQ;
    private static final String CP = Namespaces.ADLCP;
    private static final String NAV = Namespaces.ADLNAV;

    private final ContentStructure structure;
    private final Map<String, XmlElement> shared = new HashMap<>();

    private ManifestSequencingReader(ContentStructure structure) {
        this.structure = structure;
        structure.root().child(SS, "sequencingCollection").ifPresent(c -> {
            for (XmlElement s : c.children(SS, "sequencing")) s.attr("ID").ifPresent(id -> shared.putIfAbsent(Ids.collapse(id), s));
        });
    }

    /**
     * The tree of a package (a zip or an expanded folder), read within the validator's default
     * limits; problems opening it or parsing its manifest go to {@code problems} (validator IDs).
     */
    public static Optional<ActivityTree> readPackage(Path zipOrFolder, Problems problems) {
        Limits limits = Limits.defaults();
        Optional<PackageContent> opened = Files.isDirectory(zipOrFolder) ? FolderContainer.open(zipOrFolder, limits, problems)
                : ZipContainer.open(zipOrFolder, limits, problems);
        if (opened.isEmpty()) return Optional.empty();
        try (PackageContent content = opened.get()) {
            return ManifestLoader.load(content, limits.maxManifestBytes(), problems).flatMap(ManifestSequencingReader::read);
        }
    }

    /** The tree of the default (else the first) organization; empty when there is none or identifiers repeat. */
    public static Optional<ActivityTree> read(Manifest manifest) {
        ContentStructure s = manifest.structure();
        Optional<XmlElement> org = s.defaultOrganization().or(() -> s.organizations().stream().findFirst());
        if (org.isEmpty()) return Optional.empty();
        try {
            return Optional.of(new ActivityTree(new ManifestSequencingReader(s).activity(org.get(), true), Manifest.FILE));
        } catch (IllegalArgumentException duplicateIdentifiers) {
            return Optional.empty();
        }
    }

    private Activity activity(XmlElement e, boolean organization) {
        List<Activity> children = new ArrayList<>();
        for (XmlElement child : structure.childItems(e)) children.add(activity(child, false));
        ActivityKind kind = organization ? ActivityKind.ORGANIZATION : !children.isEmpty() ? ActivityKind.CLUSTER
                : structure.launched(e).map(r -> structure.isSco(r) ? ActivityKind.SCO : ActivityKind.ASSET).orElse(ActivityKind.ASSET);
        String title = e.child(structure.cp(), "title").map(t -> t.text().strip()).orElse("");
        boolean visible = e.attr("isvisible").map(v -> !v.strip().equals("false")).orElse(true);
        return new Activity(ContentStructure.identifier(e), title, kind, visible, false, definition(e), settings(e, organization),
                children, e.location());
    }

    // ---- imsss:sequencing ---------------------------------------------------------------------------

    private SequencingDefinition definition(XmlElement activity) {
        Optional<XmlElement> own = activity.child(SS, "sequencing");
        Optional<XmlElement> base = own.flatMap(s -> s.attr("IDRef")).map(id -> shared.get(Ids.collapse(id)));
        Function<String[], Optional<XmlElement>> part = name -> {
            Optional<XmlElement> mine = own.flatMap(s -> s.child(name[0], name[1]));
            return mine.isPresent() ? mine : base.flatMap(s -> s.child(name[0], name[1]));
        };
        SequencingDefinition d = SequencingDefinition.DEFAULT;
        d = d.withControlMode(part.apply(new String[] {SS, "controlMode"}).map(x -> attributes(x, ControlMode.SPEC, ControlMode.DEFAULT))
                .orElse(ControlMode.DEFAULT));
        d = d.withRules(part.apply(new String[] {SS, "sequencingRules"}).map(this::rules).orElse(List.of()));
        d = d.withLimitConditions(part.apply(new String[] {SS, "limitConditions"})
                .map(x -> attributes(x, LimitConditions.SPEC, LimitConditions.NONE)).orElse(LimitConditions.NONE));
        d = d.withAuxiliaryResources(part.apply(new String[] {SS, "auxiliaryResources"}).map(this::auxiliary).orElse(List.of()));
        d = d.withRollupRules(part.apply(new String[] {SS, "rollupRules"}).map(this::rollup).orElse(RollupRules.DEFAULT));
        d = d.withObjectives(part.apply(new String[] {SS, "objectives"}).map(this::objectives).orElse(List.of()));
        d = d.withRandomizationControls(part.apply(new String[] {SS, "randomizationControls"})
                .map(x -> attributes(x, RandomizationControls.SPEC, RandomizationControls.DEFAULT)).orElse(RandomizationControls.DEFAULT));
        d = d.withDeliveryControls(part.apply(new String[] {SS, "deliveryControls"})
                .map(x -> attributes(x, DeliveryControls.SPEC, DeliveryControls.DEFAULT)).orElse(DeliveryControls.DEFAULT));
        d = d.withConstrainedChoiceConsiderations(part.apply(new String[] {SEQ, "constrainedChoiceConsiderations"})
                .map(x -> attributes(x, ConstrainedChoiceConsiderations.SPEC, ConstrainedChoiceConsiderations.DEFAULT))
                .orElse(ConstrainedChoiceConsiderations.DEFAULT));
        d = d.withRollupConsiderations(part.apply(new String[] {SEQ, "rollupConsiderations"})
                .map(x -> attributes(x, RollupConsiderations.SPEC, RollupConsiderations.DEFAULT)).orElse(RollupConsiderations.DEFAULT));
        Optional<XmlElement> adl = part.apply(new String[] {SEQ, "objectives"});
        if (adl.isPresent()) {
            for (XmlElement o : adl.get().children(SEQ, "objective")) {
                Optional<String> id = o.attr("objectiveID").map(String::strip).filter(s -> !s.isEmpty());
                if (id.isEmpty()) continue;
                for (XmlElement m : o.children(SEQ, "mapInfo")) {
                    Optional<String> target = m.attr("targetObjectiveID").map(String::strip).filter(t -> !t.isEmpty());
                    if (target.isEmpty()) continue;
                    try {
                        AdlObjectiveMap map = attributes(m, AdlObjectiveMap.SPEC, AdlObjectiveMap.to(target.get()));
                        d = d.plusAdlMap(id.get(), map);
                    } catch (IllegalArgumentException notAnId) {
                        // reported by the schema check
                    }
                }
            }
        }
        return d;
    }

    private List<SequencingRule> rules(XmlElement e) {
        List<SequencingRule> out = new ArrayList<>();
        for (RuleType type : RuleType.values()) {
            for (XmlElement r : e.children(SS, type.xml())) {
                Optional<RuleAction> action = r.child(SS, "ruleAction").flatMap(a -> a.attr("action"))
                        .flatMap(a -> Token.parse(RuleAction.class, a));
                Optional<XmlElement> conditions = r.child(SS, "ruleConditions");
                if (action.isEmpty() || conditions.isEmpty()) continue;
                ConditionCombination combination = conditions.get().attr("conditionCombination")
                        .flatMap(c -> Token.parse(ConditionCombination.class, c)).orElse(ConditionCombination.ALL);
                List<RuleCondition> list = new ArrayList<>();
                for (XmlElement c : conditions.get().children(SS, "ruleCondition")) {
                    if (c.attr("condition").isEmpty()) continue;
                    list.add(attributes(c, RuleCondition.SPEC, RuleCondition.DEFAULT));
                }
                try {
                    out.add(new SequencingRule(type, combination, list, action.get()));
                } catch (IllegalArgumentException unusable) {
                    // no conditions, or an action of another kind of rule: the schema check reports it
                }
            }
        }
        return out;
    }

    private RollupRules rollup(XmlElement e) {
        RollupRules r = attributes(e, RollupRules.SPEC, RollupRules.DEFAULT);
        List<RollupRule> rules = new ArrayList<>();
        for (XmlElement rule : e.children(SS, "rollupRule")) {
            Optional<RollupAction> action = rule.child(SS, "rollupAction").flatMap(a -> a.attr("action"))
                    .flatMap(a -> Token.parse(RollupAction.class, a));
            Optional<XmlElement> conditions = rule.child(SS, "rollupConditions");
            if (action.isEmpty() || conditions.isEmpty()) continue;
            List<RollupCondition> list = new ArrayList<>();
            for (XmlElement c : conditions.get().children(SS, "rollupCondition")) {
                if (c.attr("condition").isEmpty()) continue;
                list.add(attributes(c, RollupCondition.SPEC, RollupCondition.of(RollupConditionType.SATISFIED)));
            }
            if (list.isEmpty()) continue;
            RollupRule base = new RollupRule(ChildActivitySet.ALL, 0, BigDecimal.ZERO, ConditionCombination.ANY, list, action.get());
            RollupRule withAttributes = attributes(rule, RollupRule.SPEC, base);
            rules.add(attributes(conditions.get(), RollupRule.CONDITIONS_SPEC, withAttributes));
        }
        return r.withRules(rules);
    }

    private List<Objective> objectives(XmlElement e) {
        List<Objective> out = new ArrayList<>();
        e.child(SS, "primaryObjective").ifPresent(p -> out.add(objective(p, Objective.PRIMARY)));
        for (XmlElement o : e.children(SS, "objective")) {
            Optional<String> id = o.attr("objectiveID").map(String::strip).filter(s -> !s.isEmpty());
            if (id.isPresent()) {
                try {
                    out.add(objective(o, Objective.named(id.get())));
                } catch (IllegalArgumentException notAnId) {
                    // an objectiveID with spaces: reported by the schema and content-aggregation checks
                }
            }
        }
        return out;
    }

    private Objective objective(XmlElement e, Objective base) {
        Objective o = attributes(e, Objective.SPEC, base);
        Optional<String> min = e.child(SS, "minNormalizedMeasure").map(m -> m.text().strip());
        if (min.isPresent()) o = readOr(o, x -> Objective.MIN_NORMALIZED_MEASURE.read(x, min.get()));
        for (XmlElement m : e.children(SS, "mapInfo")) {
            Optional<String> target = m.attr("targetObjectiveID").map(String::strip).filter(s -> !s.isEmpty());
            if (target.isEmpty()) continue;
            try {
                ObjectiveMap map = attributes(m, ObjectiveMap.SPEC, ObjectiveMap.to(target.get()));
                o = o.plus(map);
            } catch (IllegalArgumentException notAnId) {
                // reported by the schema check
            }
        }
        return o;
    }

    private List<AuxiliaryResource> auxiliary(XmlElement e) {
        List<AuxiliaryResource> out = new ArrayList<>();
        for (XmlElement r : e.children(SS, "auxiliaryResource")) {
            try {
                out.add(new AuxiliaryResource(r.attr("auxiliaryResourceID").orElse(""), r.attr("purpose").orElse("")));
            } catch (IllegalArgumentException incomplete) {
                // reported by the schema check
            }
        }
        return out;
    }

    // ---- ADL extensions on the item or organization --------------------------------------------------

    private ItemSettings settings(XmlElement e, boolean organization) {
        ItemSettings s = ItemSettings.DEFAULT;
        Optional<XmlElement> threshold = e.child(CP, "completionThreshold");
        if (threshold.isPresent()) s = s.withCompletionThreshold(threshold(threshold.get()));
        if (organization) {
            s = s.withObjectivesGlobalToSystem(e.attr(SEQ, "objectivesGlobalToSystem").map(v -> !isFalse(v)).orElse(true));
            s = s.withSharedDataGlobalToSystem(e.attr(CP, "sharedDataGlobalToSystem").map(v -> !isFalse(v)).orElse(true));
            return s;
        }
        s = s.withTimeLimitAction(e.child(CP, "timeLimitAction").flatMap(t -> Token.parse(TimeLimitAction.class, t.text())));
        s = s.withDataFromLms(e.child(CP, "dataFromLMS").map(XmlElement::text));
        List<SharedDataMap> maps = new ArrayList<>();
        e.child(CP, "data").ifPresent(data -> {
            for (XmlElement m : data.children(CP, "map")) {
                Optional<String> target = m.attr("targetID").map(String::strip).filter(t -> !t.isEmpty());
                try {
                    if (target.isPresent()) maps.add(attributes(m, SharedDataMap.SPEC, SharedDataMap.to(target.get())));
                } catch (IllegalArgumentException notAnId) {
                    // reported by the schema check
                }
            }
        });
        s = s.withSharedData(maps);
        List<HideLmsUi> hide = new ArrayList<>();
        e.child(NAV, "presentation").flatMap(p -> p.child(NAV, "navigationInterface")).ifPresent(ni -> {
            for (XmlElement h : ni.children(NAV, "hideLMSUI")) Token.parse(HideLmsUi.class, h.text()).ifPresent(hide::add);
        });
        return s.withHideLmsUi(hide);
    }

    /** The 4th Edition attributes; the deprecated form with a value means completion at that progress measure. */
    private static CompletionThreshold threshold(XmlElement e) {
        CompletionThreshold c = attributes(e, CompletionThreshold.SPEC, CompletionThreshold.DEFAULT);
        String legacy = e.text().strip();
        if (!legacy.isEmpty() && e.attributes().isEmpty()) {
            try {
                return new CompletionThreshold(true, Lexical.decimal(legacy, BigDecimal.ZERO, BigDecimal.ONE, "completionThreshold"),
                        c.progressWeight());
            } catch (IllegalArgumentException notADecimal) {
                return c;
            }
        }
        return c;
    }

    // ---- helpers -----------------------------------------------------------------------------------

    /** {@code base} with every unqualified attribute of {@code e} that {@code spec} knows; values the schema refuses are skipped. */
    private static <R> R attributes(XmlElement e, ElementSpec<R> spec, R base) {
        R r = base;
        for (XmlElement.Attribute a : e.attributes()) {
            if (!a.namespace().isEmpty()) continue;
            Optional<id.kemas.core.sequencing.Attribute<R>> attribute = spec.attribute(a.localName());
            if (attribute.isEmpty()) continue;
            R current = r;
            r = readOr(r, x -> attribute.get().read(current, a.value()));
        }
        return r;
    }

    private static <T> T readOr(T fallback, Function<T, T> read) {
        try {
            return read.apply(fallback);
        } catch (IllegalArgumentException refused) {
            return fallback;
        }
    }

    private static boolean isFalse(String v) {
        String s = v.strip();
        return s.equals("false") || s.equals("0");
    }
}
