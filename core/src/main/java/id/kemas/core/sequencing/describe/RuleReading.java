package id.kemas.core.sequencing.describe;

import id.kemas.core.sequencing.Activity;
import id.kemas.core.sequencing.ActivityTree;
import id.kemas.core.sequencing.ConditionCombination;
import id.kemas.core.sequencing.Lexical;
import id.kemas.core.sequencing.ObjectiveSharing;
import id.kemas.core.sequencing.RuleAction;
import id.kemas.core.sequencing.RuleCondition;
import id.kemas.core.sequencing.RuleConditionType;
import id.kemas.core.sequencing.SequencingRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Recognises what sequencing rules mean, whoever wrote them: the shapes the templates compile to
 * (and that hand-written manifests commonly use) get plain words; anything else is read out
 * condition by condition. Objectives a rule refers to are followed through their global objective
 * maps to the activities that write them.
 */
final class RuleReading {

    /** A lock: the rule's activity waits for these activities to be completed or passed. */
    record Gate(List<Activity> completed, List<Activity> passed) {}

    private final ActivityTree tree;
    private final ObjectiveSharing sharing;

    RuleReading(ActivityTree tree) {
        this.tree = tree;
        this.sharing = ObjectiveSharing.of(tree);
    }

    ActivityTree tree() {
        return tree;
    }

    ObjectiveSharing sharing() {
        return sharing;
    }

    /** disabled when any awaited objective is not completed / not passed (or its status unknown). */
    Optional<Gate> gate(Activity a, SequencingRule r) {
        if (r.action() != RuleAction.DISABLED || (r.combination() != ConditionCombination.ANY && r.conditions().size() > 1)) {
            return Optional.empty();
        }
        List<Activity> completed = new ArrayList<>();
        List<Activity> passed = new ArrayList<>();
        for (RuleCondition c : r.conditions()) {
            if (!c.negated() || c.referencedObjective().isEmpty()) return Optional.empty();
            String ref = c.referencedObjective().get();
            switch (c.condition()) {
                case COMPLETED, ACTIVITY_PROGRESS_KNOWN ->
                        addAll(completed, sources(a, ref, ObjectiveSharing.Value.COMPLETION_STATUS));
                case SATISFIED, OBJECTIVE_STATUS_KNOWN -> addAll(passed, sources(a, ref, ObjectiveSharing.Value.SATISFIED_STATUS));
                default -> {
                    return Optional.empty();
                }
            }
        }
        if (completed.isEmpty() && passed.isEmpty()) return Optional.empty();
        return Optional.of(new Gate(completed, passed));
    }

    /** skip when a referenced objective is satisfied: the tests whose pass skips {@code a}. */
    List<Activity> skippedWhenPassed(Activity a, SequencingRule r) {
        if (r.action() != RuleAction.SKIP || r.conditions().size() != 1) return List.of();
        RuleCondition c = r.conditions().get(0);
        if (c.negated() || c.condition() != RuleConditionType.SATISFIED || c.referencedObjective().isEmpty()) return List.of();
        return sources(a, c.referencedObjective().get(), ObjectiveSharing.Value.SATISFIED_STATUS);
    }

    /** skip while a referenced objective is known and not satisfied: the tests whose failure skips {@code a}. */
    List<Activity> skippedWhileFailed(Activity a, SequencingRule r) {
        if (r.action() != RuleAction.SKIP) return List.of();
        return failedOn(a, r);
    }

    /** retry (a cluster) while a referenced objective is known and not satisfied. */
    List<Activity> retriedWhenFailed(Activity a, SequencingRule r) {
        if (r.action() != RuleAction.RETRY) return List.of();
        return failedOn(a, r);
    }

    boolean isAttemptLock(SequencingRule r) {
        return r.action() == RuleAction.DISABLED && signature(r).equals(Set.of("attemptLimitExceeded"));
    }

    boolean isRetryWhileFailed(SequencingRule r) {
        return r.action() == RuleAction.RETRY && r.combination() == ConditionCombination.ALL
                && signature(r).equals(Set.of("objectiveStatusKnown", "not satisfied", "not attemptLimitExceeded"));
    }

    boolean isEndWhenDone(SequencingRule r) {
        return r.action() == RuleAction.EXIT_ALL && (r.combination() == ConditionCombination.ANY || r.conditions().size() == 1)
                && Set.of("satisfied", "attemptLimitExceeded").containsAll(signature(r));
    }

    boolean isBackWhenFailed(SequencingRule r) {
        Set<String> s = signature(r);
        return r.action() == RuleAction.EXIT_PARENT && r.combination() == ConditionCombination.ALL
                && (s.equals(Set.of("objectiveStatusKnown", "not satisfied"))
                || s.equals(Set.of("objectiveStatusKnown", "not satisfied", "not attemptLimitExceeded")));
    }

    /** The activities that write the value a condition on {@code objectiveId} of {@code a} tests. */
    List<Activity> sources(Activity a, String objectiveId, ObjectiveSharing.Value value) {
        return sharing.sourcesOf(a, objectiveId, value);
    }

    /** A rule read out literally: "locked when 'x' is not completed or ...". */
    String words(Activity a, SequencingRule r) {
        String joiner = r.combination() == ConditionCombination.ALL ? " and " : " or ";
        return action(r.action()) + " when "
                + r.conditions().stream().map(c -> condition(a, c)).collect(Collectors.joining(joiner));
    }

    private String condition(Activity a, RuleCondition c) {
        String subject = c.referencedObjective().map(ref -> {
            List<Activity> from = ObjectiveSharing.Value.testedBy(c.condition())
                    .map(v -> sources(a, ref, v)).orElse(List.of());
            return from.isEmpty() ? "objective '" + ref + "'"
                    : TitleRanges.list(from.stream().map(Activity::title).toList());
        }).orElse("it");
        String threshold = c.measureThreshold().map(Lexical::print).orElse("0");
        String[] says = switch (c.condition()) {
            case SATISFIED -> new String[] {"is passed", "is not passed"};
            case OBJECTIVE_STATUS_KNOWN -> new String[] {"has a known result", "has no known result"};
            case OBJECTIVE_MEASURE_KNOWN -> new String[] {"has a score", "has no score"};
            case OBJECTIVE_MEASURE_GREATER_THAN -> new String[] {"scores above " + threshold, "does not score above " + threshold};
            case OBJECTIVE_MEASURE_LESS_THAN -> new String[] {"scores below " + threshold, "does not score below " + threshold};
            case COMPLETED -> new String[] {"is completed", "is not completed"};
            case ACTIVITY_PROGRESS_KNOWN -> new String[] {"has known progress", "has no known progress"};
            case ATTEMPTED -> new String[] {"has been attempted", "has not been attempted"};
            case ATTEMPT_LIMIT_EXCEEDED -> new String[] {"is out of attempts", "has attempts left"};
            case TIME_LIMIT_EXCEEDED -> new String[] {"is out of time", "has time left"};
            case OUTSIDE_AVAILABLE_TIME_RANGE -> new String[] {"is outside its available time", "is within its available time"};
            case ALWAYS -> new String[] {"always", "never"};
        };
        if (c.condition() == RuleConditionType.ALWAYS) return says[c.negated() ? 1 : 0];
        return subject + " " + says[c.negated() ? 1 : 0];
    }

    static String action(RuleAction action) {
        return switch (action) {
            case SKIP -> "skipped";
            case DISABLED -> "locked";
            case HIDDEN_FROM_CHOICE -> "hidden from the menu";
            case STOP_FORWARD_TRAVERSAL -> "continue stops here";
            case EXIT -> "ends";
            case EXIT_PARENT -> "ends its cluster";
            case EXIT_ALL -> "ends the course";
            case RETRY -> "starts again";
            case RETRY_ALL -> "restarts the course";
            case CONTINUE -> "continues";
            case PREVIOUS -> "goes back";
        };
    }

    /** [known(ref), not satisfied(ref)] on one referenced objective: the writers of what it reads. */
    private List<Activity> failedOn(Activity a, SequencingRule r) {
        if (r.combination() != ConditionCombination.ALL || r.conditions().size() != 2) return List.of();
        Set<String> refs = r.conditions().stream().map(c -> c.referencedObjective().orElse("")).collect(Collectors.toSet());
        if (refs.size() != 1 || refs.contains("")) return List.of();
        Set<String> s = r.conditions().stream().map(c -> (c.negated() ? "not " : "") + c.condition().xml())
                .collect(Collectors.toSet());
        if (!s.equals(Set.of("objectiveStatusKnown", "not satisfied"))) return List.of();
        return sources(a, refs.iterator().next(), ObjectiveSharing.Value.SATISFIED_STATUS);
    }

    /** The conditions of a rule without referenced objectives, as "[not ]condition"; empty when any has one. */
    private static Set<String> signature(SequencingRule r) {
        if (r.conditions().stream().anyMatch(c -> c.referencedObjective().isPresent())) return Set.of("-");
        return r.conditions().stream().map(c -> (c.negated() ? "not " : "") + c.condition().xml()).collect(Collectors.toSet());
    }

    private static void addAll(List<Activity> into, List<Activity> more) {
        for (Activity m : more) if (into.stream().noneMatch(x -> x.id().equals(m.id()))) into.add(m);
    }
}
