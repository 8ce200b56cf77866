package id.kemas.core.sequencing.lint;

import id.kemas.core.problem.Problem;
import id.kemas.core.sequencing.Activity;
import id.kemas.core.sequencing.ControlMode;
import id.kemas.core.sequencing.RuleAction;
import id.kemas.core.sequencing.RuleType;
import java.util.List;

/**
 * SEQ-103: a skip rule where the parent does not flow (skip acts only in flow navigation);
 * SEQ-104: a cluster with neither choice nor flow (a dead end);
 * SEQ-106: cluster post-conditions that nothing ever evaluates.
 */
final class NavigationRules implements LintRule {

    @Override
    public void check(LintContext ctx, List<Problem> out) {
        for (Activity a : ctx.tree.activities()) {
            boolean skips = a.sequencing().rules(RuleType.PRE).stream().anyMatch(r -> r.action() == RuleAction.SKIP);
            if (skips) {
                ctx.tree.parent(a).filter(p -> !p.sequencing().controlMode().flow())
                        .ifPresent(p -> out.add(ctx.problem("SEQ-103", a, a.id(), p.id())));
            }
            if (a.isLeaf()) continue;
            ControlMode c = a.sequencing().controlMode();
            if (!c.choice() && !c.flow()) out.add(ctx.problem("SEQ-104", a, a.id()));
            boolean hasPost = !a.sequencing().rules(RuleType.POST).isEmpty();
            boolean exitRule = !a.sequencing().rules(RuleType.EXIT).isEmpty();
            boolean childExitsParent = a.children().stream().anyMatch(ch -> ch.sequencing().rules(RuleType.POST).stream()
                    .anyMatch(r -> r.action() == RuleAction.EXIT_PARENT));
            if (hasPost && !exitRule && !childExitsParent) out.add(ctx.problem("SEQ-106", a, a.id()));
        }
    }
}
