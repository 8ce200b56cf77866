package id.kemas.core.sequencing.lint;

import id.kemas.core.problem.Problem;
import id.kemas.core.sequencing.Activity;
import id.kemas.core.sequencing.RuleAction;
import id.kemas.core.sequencing.RuleType;
import java.util.List;
import java.util.OptionalInt;

/**
 * SEQ-108: an activity that decides the course's success and is attempted again after a failure
 * (its own retry, a retry of a cluster around it, or retryAll) while its attempt limit is 1: the
 * second attempt is refused, so a learner who fails once can never pass.
 * SEQ-110: attemptLimit="0", which the SN pseudo-code and LMSs read differently.
 */
final class AttemptLimitRule implements LintRule {

    @Override
    public void check(LintContext ctx, List<Problem> out) {
        boolean retryAll = ctx.tree.activities().stream().anyMatch(a -> hasPost(a, RuleAction.RETRY_ALL));
        for (Activity a : ctx.tree.activities()) {
            OptionalInt limit = a.sequencing().limitConditions().attemptLimit();
            if (limit.isEmpty()) continue;
            if (limit.getAsInt() == 0) {
                out.add(ctx.problem("SEQ-110", a, a.id()));
                continue;
            }
            if (limit.getAsInt() != 1 || !ctx.decidesCourseSuccess(a)) continue;
            String how = null;
            if (hasPost(a, RuleAction.RETRY)) {
                how = "its own retry rule";
            } else {
                for (Activity w : ctx.tree.ancestors(a)) {
                    if (hasPost(w, RuleAction.RETRY) && !skippable(a)) {
                        how = "'" + w.id() + "' starts again";
                        break;
                    }
                }
            }
            if (how == null && retryAll) how = "retryAll restarts the course";
            if (how != null) out.add(ctx.problem("SEQ-108", a, a.id(), how, limit.getAsInt()));
        }
    }

    private static boolean hasPost(Activity a, RuleAction action) {
        return a.sequencing().rules(RuleType.POST).stream().anyMatch(r -> r.action() == action);
    }

    private static boolean skippable(Activity a) {
        return a.sequencing().rules(RuleType.PRE).stream().anyMatch(r -> r.action() == RuleAction.SKIP);
    }
}
