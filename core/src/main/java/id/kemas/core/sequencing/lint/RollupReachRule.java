package id.kemas.core.sequencing.lint;

import id.kemas.core.problem.Problem;
import id.kemas.core.sequencing.Activity;
import id.kemas.core.sequencing.RollupAction;
import id.kemas.core.sequencing.RollupConsideration;
import id.kemas.core.sequencing.RuleAction;
import id.kemas.core.sequencing.RuleType;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * SEQ-107: a cluster whose default rollup ("completed when all counted children are completed",
 * likewise satisfied) can never give it that status, because a child that counts never gets it:
 * an optional child, a child that can be skipped yet counts whenever it is skipped, or a cluster
 * none of whose own children count.
 */
final class RollupReachRule implements LintRule {

    @Override
    public void check(LintContext ctx, List<Problem> out) {
        for (Activity c : ctx.tree.activities()) {
            if (c.isLeaf()) continue;
            boolean completionByRules = c.sequencing().rollupRules().hasRuleFor(RollupAction.COMPLETED, RollupAction.INCOMPLETE)
                    || c.settings().completionThreshold().completedByMeasure();
            if (!completionByRules && (c.isRoot() || LintContext.countsForCompletion(c))) {
                dimension(ctx, c, "completed", LintContext::countsForCompletion,
                        k -> k.sequencing().rollupConsiderations().requiredForCompleted(),
                        "rollupProgressCompletion", "requiredForCompleted and requiredForIncomplete", out);
            }
            boolean satisfactionByRules = c.sequencing().rollupRules().hasRuleFor(RollupAction.SATISFIED, RollupAction.NOT_SATISFIED)
                    || c.sequencing().primary().map(o -> o.satisfiedByMeasure()).orElse(false);
            if (!satisfactionByRules && (c.isRoot() || LintContext.countsForSatisfaction(c))) {
                dimension(ctx, c, "satisfied", LintContext::countsForSatisfaction,
                        k -> k.sequencing().rollupConsiderations().requiredForSatisfied(),
                        "rollupObjectiveSatisfied", "requiredForSatisfied and requiredForNotSatisfied", out);
            }
        }
    }

    private static void dimension(LintContext ctx, Activity cluster, String status, Predicate<Activity> counts,
                                  Function<Activity, RollupConsideration> required, String flag, String considerations,
                                  List<Problem> out) {
        for (Activity k : cluster.children()) {
            if (!counts.test(k)) continue;
            if (k.optional()) {
                out.add(ctx.problem("SEQ-107", cluster, cluster.id(), status, k.id(), "it is optional",
                        "Set " + flag + "=\"false\" on '" + k.id() + "' (the optional template does), or do not mark it optional."));
            } else if (skippedForGood(k) && required.apply(k) == RollupConsideration.ALWAYS) {
                out.add(ctx.problem("SEQ-107", cluster, cluster.id(), status, k.id(),
                        "a skip rule lets learners pass it by, and then it never becomes " + status,
                        "Set " + considerations + " to ifNotSkipped in the adlseq:rollupConsiderations of '" + k.id() + "'."));
            } else if (!k.isLeaf() && k.children().stream().noneMatch(counts)) {
                out.add(ctx.problem("SEQ-107", cluster, cluster.id(), status, k.id(),
                        "none of its own children count for it, so it is never " + status,
                        "Set " + flag + "=\"false\" on '" + k.id() + "', or let one of its children count."));
            }
        }
    }

    /**
     * A skip rule on a status that, once reached, stays (something passed or completed, always):
     * the activity is passed by for good. A skip while something is failed (remediation) ends
     * when it is passed, and the activity was usually done before.
     */
    private static boolean skippedForGood(Activity a) {
        return a.sequencing().rules(RuleType.PRE).stream()
                .anyMatch(r -> r.action() == RuleAction.SKIP && r.conditions().stream().noneMatch(c -> c.negated()));
    }
}
