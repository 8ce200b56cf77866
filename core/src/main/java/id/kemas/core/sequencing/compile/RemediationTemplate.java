package id.kemas.core.sequencing.compile;

import id.kemas.core.sequencing.RuleAction;
import id.kemas.core.sequencing.RuleCondition;
import id.kemas.core.sequencing.RuleConditionType;
import id.kemas.core.sequencing.SequencingRule;
import java.util.ArrayList;
import java.util.List;

/**
 * remediation: a failed test sends the learner back to one activity (its module) and then to the
 * test again, skipping everything else. Post-condition rules cannot jump, so it is built from what
 * they can do:
 * <ol>
 * <li>the test writes its satisfied status to its global objective; a failed attempt ends its
 * cluster ({@code exitParent});</li>
 * <li>the cluster, reading that status, starts a new attempt on itself ({@code retry}), and flow
 * starts again at its first child;</li>
 * <li>every activity before the test that is not the module, nor on the way to it, is skipped
 * while the test is failed; the module and the test are not;</li>
 * <li>the clusters on the way keep the children's earlier results in the new attempt
 * ({@code useCurrentAttempt...Info} false), so completed content stays completed.</li>
 * </ol>
 */
final class RemediationTemplate {

    private RemediationTemplate() {}

    static void apply(Context ctx) {
        List<Draft> order = ctx.root.subtree();
        for (Draft test : ctx.all()) {
            if (test.intent.remediation().isEmpty()) continue;
            if (!test.isLeaf()) {
                ctx.report("SEQ-148", test.at("remediation"), test.id, "it is a cluster, not a test");
                continue;
            }
            if (test.passMark().isEmpty()) {
                ctx.report("SEQ-148", test.at("remediation"), test.id, "it has no pass mark, so it is never failed");
                continue;
            }
            ctx.node(test.intent.remediation().get()).ifPresent(module -> {
                Draft cluster = test.parent;
                if (module == test) {
                    ctx.report("SEQ-140", test.at("remediation"), test.id, module.id, "is the test itself");
                } else if (!module.isWithin(cluster)) {
                    ctx.report("SEQ-140", test.at("remediation"), test.id, module.id,
                            "is not inside '" + cluster.title + "', the cluster that holds the test");
                } else if (order.indexOf(module) > order.indexOf(test)) {
                    ctx.report("SEQ-140", test.at("remediation"), test.id, module.id, "comes after the test");
                } else {
                    compile(ctx, order, test, module, cluster);
                }
            });
        }
    }

    private static void compile(Context ctx, List<Draft> order, Draft test, Draft module, Draft cluster) {
        List<RuleCondition> failed = new ArrayList<>(List.of(RuleCondition.of(RuleConditionType.OBJECTIVE_STATUS_KNOWN),
                RuleCondition.not(RuleConditionType.SATISFIED)));
        if (test.intent.attempts().isPresent()) failed.add(RuleCondition.not(RuleConditionType.ATTEMPT_LIMIT_EXCEEDED));
        test.change(x -> x.plus(SequencingRule.when(id.kemas.core.sequencing.ConditionCombination.ALL, failed,
                RuleAction.EXIT_PARENT)));
        ObjectiveLinks.writeSatisfaction(ctx, test);

        String result = ObjectiveLinks.readSatisfaction(ctx, cluster, test);
        cluster.change(x -> x.plus(SequencingRule.whenAll(RuleAction.RETRY, failedOn(result))));

        List<Draft> path = new ArrayList<>(module.ancestors().subList(0, module.ancestors().indexOf(cluster) + 1));
        for (Draft onPath : path) {
            onPath.change(x -> x.withControlMode(x.controlMode().withUseCurrentAttemptObjectiveInfo(false)
                    .withUseCurrentAttemptProgressInfo(false)));
            for (Draft child : onPath.children) {
                boolean toModule = child == module || path.contains(child);
                if (toModule || child == test || order.indexOf(child) > order.indexOf(test)) continue;
                String local = ObjectiveLinks.readSatisfaction(ctx, child, test);
                child.change(x -> x.plus(SequencingRule.whenAll(RuleAction.SKIP, failedOn(local))));
            }
        }
    }

    /** The test's status, read into {@code local}, is known and not satisfied. */
    private static RuleCondition[] failedOn(String local) {
        return new RuleCondition[] {RuleCondition.of(RuleConditionType.OBJECTIVE_STATUS_KNOWN).on(local),
                RuleCondition.not(RuleConditionType.SATISFIED).on(local)};
    }
}
