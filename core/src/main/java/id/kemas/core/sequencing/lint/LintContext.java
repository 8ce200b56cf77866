package id.kemas.core.sequencing.lint;

import id.kemas.core.problem.Problem;
import id.kemas.core.sequencing.Activity;
import id.kemas.core.sequencing.ActivityTree;
import id.kemas.core.sequencing.ObjectiveSharing;
import id.kemas.core.sequencing.RollupRules;
import id.kemas.core.sequencing.SequencingMessages;
import java.util.List;
import java.util.stream.Collectors;

/** The tree a lint runs on, with the analyses several rules share. */
final class LintContext {

    final ActivityTree tree;
    final ObjectiveSharing sharing;

    LintContext(ActivityTree tree) {
        this.tree = tree;
        this.sharing = ObjectiveSharing.of(tree);
    }

    Problem problem(String id, Activity at, Object... args) {
        return SequencingMessages.CATALOG.problem(id, at.source(), args);
    }

    /** How the lint names an activity: its id (the author's id or the item identifier). */
    static String name(Activity a) {
        return a.id();
    }

    static String names(List<Activity> activities) {
        return activities.stream().map(a -> "'" + a.id() + "'").collect(Collectors.joining(", "));
    }

    static boolean tracked(Activity a) {
        return a.sequencing().deliveryControls().tracked();
    }

    static boolean countsForCompletion(Activity a) {
        return tracked(a) && a.sequencing().rollupRules().rollupProgressCompletion();
    }

    static boolean countsForSatisfaction(Activity a) {
        return tracked(a) && a.sequencing().rollupRules().rollupObjectiveSatisfied();
    }

    /** Counts for the satisfaction of every ancestor up to the organization. */
    boolean decidesCourseSuccess(Activity a) {
        for (Activity x = a; !x.isRoot(); x = tree.parent(x).orElseThrow()) {
            RollupRules r = x.sequencing().rollupRules();
            if (!r.rollupObjectiveSatisfied() || !tracked(x)) return false;
        }
        return true;
    }
}
