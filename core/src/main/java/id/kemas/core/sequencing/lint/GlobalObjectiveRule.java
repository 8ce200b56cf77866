package id.kemas.core.sequencing.lint;

import id.kemas.core.problem.Problem;
import id.kemas.core.sequencing.Activity;
import id.kemas.core.sequencing.ObjectiveSharing;
import id.kemas.core.sequencing.ObjectiveSharing.Value;
import id.kemas.core.sequencing.RuleCondition;
import id.kemas.core.sequencing.SequencingRule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * SEQ-101: a global objective read but never written (or whose tested value is never written);
 * SEQ-102: a value of a global objective written by two activities.
 */
final class GlobalObjectiveRule implements LintRule {

    @Override
    public void check(LintContext ctx, List<Problem> out) {
        ObjectiveSharing s = ctx.sharing;
        boolean shared = ctx.tree.root().settings().objectivesGlobalToSystem();
        String elsewhere = shared ? ", or make sure another course on the LMS writes it (objectivesGlobalToSystem is true)" : "";
        Set<String> unwritten = new HashSet<>();
        for (String target : s.targets()) {
            List<Activity> readers = distinct(s.reads(target));
            if (s.writes(target).isEmpty() && !readers.isEmpty()) {
                unwritten.add(target);
                out.add(ctx.problem("SEQ-101", readers.get(0), target, LintContext.names(readers), "never written", elsewhere));
            }
            for (Value v : Value.values()) {
                List<Activity> writers = s.writers(target, v);
                if (writers.size() > 1) {
                    out.add(ctx.problem("SEQ-102", writers.get(1), target, v.words(), LintContext.names(writers)));
                }
            }
        }
        // A rule that tests a value the global objective never receives, though others are written.
        Set<String> reported = new HashSet<>();
        for (Activity a : ctx.tree.activities()) {
            for (SequencingRule r : a.sequencing().rules()) {
                for (RuleCondition c : r.conditions()) {
                    if (c.referencedObjective().isEmpty()) continue;
                    for (Value v : Value.testedBy(c.condition()).stream().toList()) {
                        for (String target : s.readSources(a, c.referencedObjective().get(), v)) {
                            if (unwritten.contains(target) || !s.writers(target, v).isEmpty()) continue;
                            if (reported.add(a.id() + "|" + target + "|" + v)) {
                                out.add(ctx.problem("SEQ-101", a, target, "'" + a.id() + "' (its rules test the " + v.words() + ")",
                                        "its " + v.words() + " is never written", elsewhere));
                            }
                        }
                    }
                }
            }
        }
    }

    private static List<Activity> distinct(List<ObjectiveSharing.Access> accesses) {
        List<Activity> out = new ArrayList<>();
        for (ObjectiveSharing.Access x : accesses) {
            if (out.stream().noneMatch(a -> a.id().equals(x.activity().id()))) out.add(x.activity());
        }
        return out;
    }
}
