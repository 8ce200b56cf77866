package id.kemas.validator.cam;

import id.kemas.core.problem.Problems;
import id.kemas.validator.CheckContext;
import id.kemas.validator.ManifestCheck;
import id.kemas.validator.manifest.Ids;
import id.kemas.validator.manifest.XmlElement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static id.kemas.validator.cam.Activities.SEQ;
import static id.kemas.validator.cam.Activities.SS;

/**
 * Objectives and their global maps: unique, non-blank objective IDs; a primary objective that maps
 * to globals has an ID; within an activity each value of a global objective has at most one reader
 * and one writer, and each objective reads each value from one global only; ADL objective
 * extensions match IMS objectives; rule conditions refer to objectives the activity defines.
 * IDs are compared as the conformance rules compare them ({@code %20} is a space; spaces collapse).
 */
public final class ObjectiveRules implements ManifestCheck {

    /** A value a map can carry: its attribute suffix and its name in messages. */
    private record Value(String attribute, String words, boolean readByDefault) {
    }

    private static final List<Value> SS_VALUES = List.of(
            new Value("SatisfiedStatus", "satisfied status", true),
            new Value("NormalizedMeasure", "normalized measure", true));

    private static final List<Value> ADL_VALUES = List.of(
            new Value("RawScore", "raw score", true), new Value("MinScore", "min score", true),
            new Value("MaxScore", "max score", true), new Value("CompletionStatus", "completion status", true),
            new Value("ProgressMeasure", "progress measure", true));

    @Override
    public String name() {
        return "objectives";
    }

    @Override
    public void check(CheckContext ctx, Problems problems) {
        Activities acts = new Activities(ctx.manifest().structure());
        List<XmlElement> sequencings = new ArrayList<>();
        for (XmlElement a : acts.all()) acts.own(a).ifPresent(sequencings::add);
        sequencings.addAll(acts.collection());
        for (XmlElement seq : sequencings) {
            String on = Activities.describe(seq);
            seq.child(SS, "objectives").ifPresent(o -> imsObjectives(on, o, problems));
            seq.child(SEQ, "objectives").ifPresent(o -> adlObjectives(acts, seq, on, o, problems));
        }
        referencedObjectives(acts, problems);
    }

    private static void imsObjectives(String on, XmlElement objectives, Problems problems) {
        Set<String> ids = new HashSet<>();
        List<XmlElement> all = new ArrayList<>();
        for (XmlElement o : objectives.children()) {
            boolean primary = o.is(SS, "primaryObjective");
            if (!primary && !o.is(SS, "objective")) continue;
            all.add(o);
            Optional<String> raw = o.attr("objectiveID");
            String id = Ids.objective(raw.orElse(""));
            if (primary && id.isEmpty() && !o.children(SS, "mapInfo").isEmpty()) {
                problems.report("CAM-027", o.location(), on);
            } else if (raw.isPresent() && id.isEmpty()) {
                problems.report("CAM-029", o.location(), on);
            }
            if (!id.isEmpty() && !ids.add(id)) problems.report("CAM-028", o.location(), on, id);
        }
        maps(on, all, SS, "mapInfo", SS_VALUES, problems);
    }

    private static void adlObjectives(Activities acts, XmlElement seq, String on, XmlElement objectives, Problems problems) {
        Set<String> known = new HashSet<>();
        Optional<XmlElement> ims = seq.child(SS, "objectives");
        if (ims.isEmpty() && seq.has("", "IDRef")) {
            ims = seq.attr("IDRef").flatMap(acts::shared).flatMap(s -> s.child(SS, "objectives"));
        }
        ims.ifPresent(o -> known.addAll(Activities.objectiveIds(o)));
        Set<String> seen = new HashSet<>();
        List<XmlElement> all = objectives.children(SEQ, "objective");
        for (XmlElement o : all) {
            String id = Ids.objective(o.attr("objectiveID").orElse(""));
            if (id.isEmpty()) {
                problems.report("CAM-029", o.location(), on);
                continue;
            }
            if (!seen.add(id)) problems.report("CAM-038", o.location(), on, id);
            else if (!known.contains(id)) problems.report("CAM-037", o.location(), on, id);
        }
        maps(on, all, SEQ, "mapInfo", ADL_VALUES, problems);
    }

    /**
     * One objective reads each value from one global at most; within the activity, each value of a
     * global has one reader and one writer at most. Unset read attributes count as their default.
     */
    private static void maps(String on, List<XmlElement> objectives, String ns, String mapName, List<Value> values,
                             Problems problems) {
        Map<String, Map<String, List<XmlElement>>> readers = new LinkedHashMap<>();
        Map<String, Map<String, List<XmlElement>>> writers = new LinkedHashMap<>();
        for (XmlElement o : objectives) {
            String objective = Ids.objective(o.attr("objectiveID").orElse(""));
            List<XmlElement> maps = o.children(ns, mapName);
            for (Value v : values) {
                List<XmlElement> reading = maps.stream().filter(m -> flag(m, "read" + v.attribute(), v.readByDefault())).toList();
                if (reading.size() > 1) problems.report("CAM-031", reading.get(1).location(), on, objective, v.words());
                Set<String> readTargets = new HashSet<>();
                Set<String> writeTargets = new HashSet<>();
                for (XmlElement m : maps) {
                    String target = Ids.objective(m.attr("targetObjectiveID").orElse(""));
                    if (target.isEmpty()) continue;
                    if (flag(m, "read" + v.attribute(), v.readByDefault()) && readTargets.add(target)) {
                        readers.computeIfAbsent(v.words(), k -> new LinkedHashMap<>()).computeIfAbsent(target, k -> new ArrayList<>()).add(m);
                    }
                    if (flag(m, "write" + v.attribute(), false) && writeTargets.add(target)) {
                        writers.computeIfAbsent(v.words(), k -> new LinkedHashMap<>()).computeIfAbsent(target, k -> new ArrayList<>()).add(m);
                    }
                }
            }
        }
        report("CAM-033", on, readers, problems);
        report("CAM-032", on, writers, problems);
    }

    private static void report(String id, String on, Map<String, Map<String, List<XmlElement>>> byValue, Problems problems) {
        byValue.forEach((value, byTarget) -> byTarget.forEach((target, maps) -> {
            if (maps.size() > 1) problems.report(id, maps.get(1).location(), on, target, value);
        }));
    }

    private static boolean flag(XmlElement e, String attribute, boolean byDefault) {
        return e.attr(attribute).map(v -> v.strip().equals("true") || v.strip().equals("1")).orElse(byDefault);
    }

    /** Each rule's referencedObjective names an objective of the activity the rule applies to. */
    private static void referencedObjectives(Activities acts, Problems problems) {
        Map<XmlElement, Boolean> sharedUsed = new HashMap<>();
        for (XmlElement a : acts.all()) {
            Optional<XmlElement> rules = acts.effective(a, SS, "sequencingRules");
            if (rules.isEmpty()) continue;
            Set<String> ids = new HashSet<>();
            acts.effective(a, SS, "objectives").ifPresent(o -> ids.addAll(Activities.objectiveIds(o)));
            boolean own = acts.own(a).flatMap(s -> s.child(SS, "sequencingRules")).isPresent();
            XmlElement shared = own ? null : acts.shared(a).orElse(null);
            if (shared != null) sharedUsed.put(shared, true);
            for (XmlElement cond : conditions(rules.get())) {
                String ref = Ids.objective(cond.attr("referencedObjective").get());
                if (ids.contains(ref)) continue;
                if (shared == null) problems.report("CAM-030", cond.location(), Activities.describe(a), ref);
                else problems.report("CAM-053", cond.location(), Ids.collapse(shared.attr("ID").orElse("")), ref,
                        Activities.describe(a));
            }
        }
        for (XmlElement shared : acts.collection()) {
            if (sharedUsed.containsKey(shared) || !acts.users(shared).isEmpty()) continue;
            Optional<XmlElement> rules = shared.child(SS, "sequencingRules");
            if (rules.isEmpty()) continue;
            Set<String> ids = new HashSet<>();
            shared.child(SS, "objectives").ifPresent(o -> ids.addAll(Activities.objectiveIds(o)));
            for (XmlElement cond : conditions(rules.get())) {
                String ref = Ids.objective(cond.attr("referencedObjective").get());
                if (!ids.contains(ref)) problems.report("CAM-030", cond.location(), Activities.describe(shared), ref);
            }
        }
    }

    private static List<XmlElement> conditions(XmlElement rules) {
        return rules.descendantsAndSelf()
                .filter(e -> e.is(SS, "ruleCondition") && e.has("", "referencedObjective")).toList();
    }
}
