package id.kemas.core.sequencing.lint;

import id.kemas.core.problem.Problem;
import id.kemas.core.sequencing.Activity;
import id.kemas.core.sequencing.ObjectiveSharing;
import id.kemas.core.sequencing.RuleAction;
import id.kemas.core.sequencing.RuleCondition;
import id.kemas.core.sequencing.RuleType;
import id.kemas.core.sequencing.SequencingRule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * SEQ-109: activities that gating makes unreachable. A lock ({@code disabled} pre-condition on
 * objectives read from global objectives) opens only when the activities writing those objectives
 * are done; an activity can be reached only when it and its ancestors are open and, where the menu
 * is off, everything before it in flow is open. Starting from nothing done, the rule computes what
 * a learner can ever reach (a least fixed point); what stays out waits on itself, on something
 * that waits for it, or on an objective nobody writes.
 */
final class ReachabilityRule implements LintRule {

    /** The activities one lock waits for; empty when it waits for a global objective that nothing writes. */
    private record Lock(List<Activity> sources, boolean neverOpens, String unwritten) {}

    @Override
    public void check(LintContext ctx, List<Problem> out) {
        Set<String> reachable = new HashSet<>();
        Set<String> done = new HashSet<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Activity a : ctx.tree.activities()) {
                if (!reachable.contains(a.id()) && canReach(ctx, a, reachable, done)) {
                    reachable.add(a.id());
                    changed = true;
                }
            }
            for (Activity a : ctx.tree.activities()) {
                if (!done.contains(a.id()) && reachable.contains(a.id()) && isDone(a, done)) {
                    done.add(a.id());
                    changed = true;
                }
            }
        }
        for (Activity a : ctx.tree.activities()) {
            if (reachable.contains(a.id())) continue;
            Optional<Activity> parent = ctx.tree.parent(a);
            if (parent.isPresent() && !reachable.contains(parent.get().id())) continue;
            report(ctx, a, done, out);
        }
    }

    private boolean canReach(LintContext ctx, Activity a, Set<String> reachable, Set<String> done) {
        if (a.isRoot()) return true;
        Activity parent = ctx.tree.parent(a).orElseThrow();
        if (!reachable.contains(parent.id()) || !open(ctx, a, done)) return false;
        if (parent.sequencing().controlMode().choice()) return true;
        for (Activity before : parent.children()) {
            if (before.id().equals(a.id())) break;
            if (!open(ctx, before, done)) return false;
        }
        return true;
    }

    private boolean open(LintContext ctx, Activity a, Set<String> done) {
        for (Lock lock : locks(ctx, a)) {
            if (lock.neverOpens() || lock.sources().stream().anyMatch(s -> !done.contains(s.id()))) return false;
        }
        return true;
    }

    /** A leaf is done once it can be reached; a cluster once every child that counts for it is done. */
    private static boolean isDone(Activity a, Set<String> done) {
        if (a.isLeaf()) return true;
        List<Activity> counted = a.children().stream()
                .filter(c -> LintContext.countsForCompletion(c) || LintContext.countsForSatisfaction(c)).toList();
        return !counted.isEmpty() && counted.stream().allMatch(c -> done.contains(c.id()));
    }

    private static List<Lock> locks(LintContext ctx, Activity a) {
        List<Lock> out = new ArrayList<>();
        for (SequencingRule r : a.sequencing().rules(RuleType.PRE)) {
            if (r.action() != RuleAction.DISABLED) continue;
            // by id: hashing an Activity record would hash its whole subtree
            Map<String, Activity> sources = new LinkedHashMap<>();
            boolean refers = false;
            String unwritten = null;
            for (RuleCondition c : r.conditions()) {
                if (c.referencedObjective().isEmpty()) continue;
                Optional<ObjectiveSharing.Value> v = ObjectiveSharing.Value.testedBy(c.condition());
                if (v.isEmpty()) continue;
                List<String> globals = ctx.sharing.readSources(a, c.referencedObjective().get(), v.get());
                if (globals.isEmpty()) continue;
                refers = true;
                for (String g : globals) {
                    List<Activity> writers = ctx.sharing.writers(g, v.get());
                    if (writers.isEmpty()) unwritten = g;
                    for (Activity w : writers) sources.putIfAbsent(w.id(), w);
                }
            }
            if (refers) out.add(new Lock(List.copyOf(sources.values()), unwritten != null, unwritten));
        }
        return out;
    }

    private void report(LintContext ctx, Activity a, Set<String> done, List<Problem> out) {
        for (Lock lock : locks(ctx, a)) {
            if (lock.neverOpens()) {
                out.add(ctx.problem("SEQ-109", a, a.id(), "its lock waits for global objective '" + lock.unwritten()
                        + "', which no activity writes", "Let the activity the lock waits for write that global objective."));
                return;
            }
            List<Activity> pending = lock.sources().stream().filter(s -> !done.contains(s.id())).toList();
            if (!pending.isEmpty()) {
                out.add(ctx.problem("SEQ-109", a, a.id(), "it is locked until " + LintContext.names(pending)
                        + " is done, which can only happen after it is reached",
                        "Remove the gate or let it wait for something that comes first: a gate on its own cluster, on "
                                + "something inside it, or on something that waits for it never opens."));
                return;
            }
        }
        Activity parent = ctx.tree.parent(a).orElseThrow();
        for (Activity before : parent.children()) {
            if (before.id().equals(a.id())) break;
            if (!open(ctx, before, done)) {
                out.add(ctx.problem("SEQ-109", a, a.id(), "'" + parent.id() + "' has no menu (choice=\"false\") and flow stops at '"
                        + before.id() + "', which is locked until something after it is done",
                        "Let '" + before.id() + "' wait only for activities before it, or allow choice on '" + parent.id() + "'."));
                return;
            }
        }
        out.add(ctx.problem("SEQ-109", a, a.id(), "nothing it waits for can be done first",
                "Check the gates (gated-by, disabled rules) that lead to it."));
    }
}
