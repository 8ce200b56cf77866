package id.kemas.core.sequencing;

import id.kemas.core.problem.Problem;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks that each activity's sequencing is a legal combination: what the record types cannot
 * rule out on their own because it spans several elements (objectives and the rules that refer to
 * them, the organization's place in the tree, ADL extensions on the wrong kind of item). The rules
 * follow the SCORM 2004 4th Edition CAM and its conformance test suite.
 */
public final class DefinitionChecks {

    private DefinitionChecks() {}

    public static List<Problem> check(ActivityTree tree) {
        List<Problem> out = new ArrayList<>();
        for (Activity a : tree.activities()) {
            objectives(a, out);
            rules(a, out);
            maps(a, out);
            randomization(a, out);
            placement(a, out);
            optionalFeatures(a, out);
        }
        return out;
    }

    private static void objectives(Activity a, List<Problem> out) {
        SequencingDefinition d = a.sequencing();
        long primaries = d.objectives().stream().filter(Objective::primary).count();
        if (!d.objectives().isEmpty() && primaries != 1) report(out, "SEQ-122", a, a.id(), primaries);
        Set<String> seen = new HashSet<>();
        for (Objective o : d.objectives()) {
            o.objectiveId().ifPresent(id -> {
                if (!seen.add(id)) report(out, "SEQ-123", a, a.id(), id);
            });
            if (o.primary() && o.objectiveId().isEmpty() && !o.maps().isEmpty()) report(out, "SEQ-124", a, a.id());
        }
        for (AdlObjective o : d.adlObjectives()) {
            if (d.objective(o.objectiveId()).isEmpty()) report(out, "SEQ-125", a, a.id(), o.objectiveId());
        }
    }

    private static void rules(Activity a, List<Problem> out) {
        SequencingDefinition d = a.sequencing();
        List<String> ids = d.objectives().stream().flatMap(o -> o.objectiveId().stream()).toList();
        for (SequencingRule r : d.rules()) {
            if (a.isRoot() && (r.action() == RuleAction.PREVIOUS || r.action() == RuleAction.EXIT_PARENT)) {
                report(out, "SEQ-120", a, a.id(), r.action().xml());
            }
            for (RuleCondition c : r.conditions()) {
                c.referencedObjective().filter(ref -> !ids.contains(ref)).ifPresent(ref -> report(out, "SEQ-121", a,
                        a.id(), ref, ids.isEmpty() ? "; it has none" : " (" + String.join(", ", ids) + ")"));
                if (c.condition().usesThreshold() && c.measureThreshold().isEmpty()) {
                    report(out, "SEQ-132", a, a.id(), c.condition().xml(), "has no measureThreshold");
                } else if (!c.condition().usesThreshold() && c.measureThreshold().isPresent()) {
                    report(out, "SEQ-132", a, a.id(), c.condition().xml(), "ignores its measureThreshold");
                }
            }
        }
        for (RollupRule r : d.rollupRules().rules()) {
            if (r.childActivitySet() == ChildActivitySet.AT_LEAST_COUNT && r.minimumCount() == 0) {
                report(out, "SEQ-133", a, a.id(), "atLeastCount", "minimumCount");
            } else if (r.childActivitySet() == ChildActivitySet.AT_LEAST_PERCENT && r.minimumPercent().signum() == 0) {
                report(out, "SEQ-133", a, a.id(), "atLeastPercent", "minimumPercent");
            }
        }
    }

    /** One activity may write each value of a global from one objective only; one objective reads each value from one global. */
    private static void maps(Activity a, List<Problem> out) {
        Map<String, Map<ObjectiveSharing.Value, Integer>> writers = new HashMap<>();
        Map<String, Map<ObjectiveSharing.Value, Integer>> reads = new HashMap<>();
        List<ObjectiveSharing.Access> own = ObjectiveSharing.accessesOf(a);
        Set<String> reported = new HashSet<>();
        for (ObjectiveSharing.Access x : own) {
            String local = x.objectiveId().orElse("");
            if (x.write()) {
                writers.computeIfAbsent(x.target(), k -> new EnumMap<>(ObjectiveSharing.Value.class))
                        .merge(x.value(), 1, Integer::sum);
            } else {
                reads.computeIfAbsent(local, k -> new EnumMap<>(ObjectiveSharing.Value.class))
                        .merge(x.value(), 1, Integer::sum);
            }
        }
        writers.forEach((target, counts) -> counts.forEach((value, n) -> {
            if (n > 1 && reported.add("w" + target + value)) report(out, "SEQ-126", a, a.id(), value.words(), target);
        }));
        reads.forEach((local, counts) -> counts.forEach((value, n) -> {
            if (n > 1 && reported.add("r" + local + value)) {
                report(out, "SEQ-127", a, a.id(), local.isEmpty() ? "(primary)" : local, value.words());
            }
        }));
    }

    private static void randomization(Activity a, List<Problem> out) {
        RandomizationControls r = a.sequencing().randomizationControls();
        if (r.equals(RandomizationControls.DEFAULT)) return;
        if (a.isLeaf()) {
            report(out, "SEQ-129", a, a.id());
        } else if (r.selectCount().isPresent() && r.selectCount().getAsInt() > a.children().size()) {
            report(out, "SEQ-128", a, a.id(), r.selectCount().getAsInt(), a.children().size());
        }
    }

    /** ADL extensions that the CAM allows only on some kinds of item. */
    private static void placement(Activity a, List<Problem> out) {
        ItemSettings s = a.settings();
        boolean sco = a.kind() == ActivityKind.SCO;
        if (s.timeLimitAction().isPresent() && !sco) report(out, "SEQ-130", a, a.id(), "adlcp:timeLimitAction", "SCO items");
        if (s.dataFromLms().isPresent() && !sco) report(out, "SEQ-130", a, a.id(), "adlcp:dataFromLMS", "SCO items");
        if (!s.hideLmsUi().isEmpty() && !a.isLeaf()) {
            report(out, "SEQ-130", a, a.id(), "adlnav:presentation", "items of a SCO or asset");
        }
        if (!s.sharedData().isEmpty() && !a.isLeaf()) report(out, "SEQ-130", a, a.id(), "adlcp:data", "items of a SCO or asset");
        if (!a.isRoot() && !s.objectivesGlobalToSystem()) {
            report(out, "SEQ-130", a, a.id(), "adlseq:objectivesGlobalToSystem", "the organization");
        }
        if (!a.isRoot() && !s.sharedDataGlobalToSystem()) {
            report(out, "SEQ-130", a, a.id(), "adlcp:sharedDataGlobalToSystem", "the organization");
        }
    }

    private static void optionalFeatures(Activity a, List<Problem> out) {
        for (String limit : a.sequencing().limitConditions().optionalLimitsUsed()) {
            report(out, "SEQ-131", a, a.id(), "the limit condition " + limit);
        }
        if (!a.sequencing().auxiliaryResources().isEmpty()) report(out, "SEQ-131", a, a.id(), "auxiliaryResources");
        Optional.of(a.sequencing().rules()).ifPresent(rules -> rules.stream()
                .flatMap(r -> r.conditions().stream())
                .map(RuleCondition::condition)
                .filter(c -> c == RuleConditionType.TIME_LIMIT_EXCEEDED || c == RuleConditionType.OUTSIDE_AVAILABLE_TIME_RANGE)
                .distinct()
                .forEach(c -> report(out, "SEQ-131", a, a.id(), "the rule condition " + c.xml())));
    }

    private static void report(List<Problem> out, String id, Activity a, Object... args) {
        out.add(SequencingMessages.CATALOG.problem(id, a.source(), args));
    }
}
