package id.kemas.core.sequencing.compile;

import id.kemas.core.sequencing.LimitConditions;
import id.kemas.core.sequencing.RuleAction;
import id.kemas.core.sequencing.RuleCondition;
import id.kemas.core.sequencing.RuleConditionType;
import id.kemas.core.sequencing.SequencingRule;

/**
 * attempts: n. The LMS allows n attempts ({@code limitConditions attemptLimit}); the activity shows
 * as disabled once they are used. On a test: after an attempt that was passed, or the last one,
 * the course ends ({@code exitAll}); after a failed attempt with attempts left, the test starts
 * again ({@code retry}), unless remediation sends the learner back first (with one attempt there
 * is nothing to retry). The retry also requires
 * a known status, so that a learner who leaves a test half-done is not pulled back into it on
 * LMSs that treat an unknown status as "not satisfied".
 */
final class AttemptsTemplate {

    private AttemptsTemplate() {}

    static void apply(Context ctx) {
        for (Draft d : ctx.all()) {
            if (d.intent.attempts().isEmpty()) continue;
            int n = d.intent.attempts().getAsInt();
            d.change(x -> x.withLimitConditions(LimitConditions.attempts(n))
                    .plus(SequencingRule.whenAll(RuleAction.DISABLED, RuleCondition.of(RuleConditionType.ATTEMPT_LIMIT_EXCEEDED))));
            if (!d.isLeaf()) continue;
            if (d.passMark().isEmpty()) {
                ctx.report("SEQ-142", d.at("attempts"), d.id, n);
                continue;
            }
            d.change(x -> x.plus(SequencingRule.whenAny(RuleAction.EXIT_ALL,
                    RuleCondition.of(RuleConditionType.SATISFIED), RuleCondition.of(RuleConditionType.ATTEMPT_LIMIT_EXCEEDED))));
            if (n > 1 && d.intent.remediation().isEmpty()) {
                d.change(x -> x.plus(SequencingRule.whenAll(RuleAction.RETRY,
                        RuleCondition.of(RuleConditionType.OBJECTIVE_STATUS_KNOWN),
                        RuleCondition.not(RuleConditionType.SATISFIED),
                        RuleCondition.not(RuleConditionType.ATTEMPT_LIMIT_EXCEEDED))));
            }
        }
    }
}
