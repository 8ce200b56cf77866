package id.kemas.core.sequencing.compile;

import id.kemas.core.sequencing.ChildActivitySet;
import id.kemas.core.sequencing.RollupAction;
import id.kemas.core.sequencing.RollupCondition;
import id.kemas.core.sequencing.RollupConditionType;
import id.kemas.core.sequencing.RollupConsideration;
import id.kemas.core.sequencing.RollupConsiderations;
import id.kemas.core.sequencing.RollupRule;
import id.kemas.core.sequencing.RuleAction;
import id.kemas.core.sequencing.RuleCondition;
import id.kemas.core.sequencing.RuleConditionType;
import id.kemas.core.sequencing.SequencingRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * test-out (the pretest-test-out template): a passed pre-test skips the activities it names and
 * passes the course.
 * <ul>
 * <li>The pre-test writes its satisfied status to its global objective; each named activity reads
 * it and has a {@code skip} pre-condition on it, and counts for its parent's rollup only when not
 * skipped ({@code adlseq:rollupConsiderations ... ifNotSkipped}), so skipped content does not
 * keep the course incomplete.</li>
 * <li>The course is passed by the pre-test when everything else that decides the course's success
 * is skipped with it (typically the post-test of result-from): the organization then has the rollup
 * rules "satisfied if any child is satisfied" and "not satisfied if every counted child is known
 * and not satisfied", and an unattempted pre-test does not count for the latter. Otherwise the
 * pre-test skips content but does not decide the course (reported as a warning).</li>
 * </ul>
 * The pre-test's score is never the course's score (weight 0).
 */
final class TestOutTemplate {

    private TestOutTemplate() {}

    static void apply(Context ctx) {
        for (Draft pretest : ctx.all()) {
            if (pretest.intent.testOut().isEmpty()) continue;
            if (!pretest.isLeaf() || pretest.passMark().isEmpty()) {
                ctx.report("SEQ-141", pretest.at("test-out"), pretest.id);
                continue;
            }
            List<Draft> targets = new ArrayList<>();
            for (String id : pretest.intent.testOut()) {
                ctx.node(id).ifPresent(target -> {
                    if (target == pretest) {
                        ctx.report("SEQ-144", pretest.at("test-out"), pretest.id, id, "is the pre-test itself");
                    } else if (pretest.isWithin(target)) {
                        ctx.report("SEQ-144", pretest.at("test-out"), pretest.id, id, "contains the pre-test");
                    } else if (!targets.contains(target)) {
                        targets.add(target);
                    }
                });
            }
            if (targets.isEmpty()) continue;
            for (Draft target : targets) {
                String passed = ObjectiveLinks.readSatisfaction(ctx, target, pretest);
                target.change(x -> x.plus(SequencingRule.whenAll(RuleAction.SKIP,
                        RuleCondition.of(RuleConditionType.SATISFIED).on(passed)))
                        .withRollupConsiderations(RollupConsiderations.all(RollupConsideration.IF_NOT_SKIPPED)));
            }
            courseResult(ctx, pretest, targets);
        }
    }

    private static void courseResult(Context ctx, Draft pretest, List<Draft> targets) {
        List<Draft> deciding = ctx.all().stream()
                .filter(d -> d.isLeaf() && d != pretest && d.countsForCourseSuccess()).toList();
        List<Draft> notSkipped = deciding.stream()
                .filter(d -> targets.stream().noneMatch(t -> t == d || d.isWithin(t))).toList();
        boolean decides = pretest.parent.isRoot() && notSkipped.isEmpty() && deciding.size() <= 1;
        if (!decides) {
            pretest.rollup(r -> r.withRollupObjectiveSatisfied(false).withObjectiveMeasureWeight(BigDecimal.ZERO));
            String why = !pretest.parent.isRoot() ? "'" + pretest.parent.title + "', the cluster that holds it"
                    : titles(notSkipped.isEmpty() ? deciding : notSkipped);
            ctx.report("SEQ-145", pretest.at("test-out"), pretest.id, titles(targets), why);
            return;
        }
        pretest.rollup(r -> r.withRollupObjectiveSatisfied(true).withObjectiveMeasureWeight(BigDecimal.ZERO));
        ctx.root.rollup(r -> r.plus(RollupRule.of(ChildActivitySet.ANY, RollupAction.SATISFIED,
                RollupCondition.of(RollupConditionType.SATISFIED))));
        if (!deciding.isEmpty()) {
            ctx.root.rollup(r -> r.plus(RollupRule.of(ChildActivitySet.ALL, RollupAction.NOT_SATISFIED,
                    RollupCondition.of(RollupConditionType.OBJECTIVE_STATUS_KNOWN),
                    RollupCondition.not(RollupConditionType.SATISFIED))));
            pretest.change(x -> x.withRollupConsiderations(new RollupConsiderations(
                    x.rollupConsiderations().requiredForSatisfied(), RollupConsideration.IF_ATTEMPTED,
                    x.rollupConsiderations().requiredForCompleted(), x.rollupConsiderations().requiredForIncomplete(),
                    x.rollupConsiderations().measureSatisfactionIfActive())));
        }
    }

    private static String titles(List<Draft> drafts) {
        return String.join(", ", drafts.stream().map(d -> "'" + d.title + "'").toList());
    }
}
