package id.kemas.core.sequencing.lint;

import id.kemas.core.problem.Problem;
import id.kemas.core.sequencing.Activity;
import id.kemas.core.sequencing.ActivityKind;
import id.kemas.core.sequencing.DeliveryControls;
import java.util.List;

/**
 * SEQ-105: a SCO without completionSetByContent / objectiveSetByContent. With the schema defaults
 * (false) the LMS sets an attempt completed and its objective satisfied when the attempt ends
 * without a report from the SCO: a learner who opens a test and closes it has passed it.
 */
final class ContentStatusRule implements LintRule {

    @Override
    public void check(LintContext ctx, List<Problem> out) {
        for (Activity a : ctx.tree.leaves()) {
            DeliveryControls d = a.sequencing().deliveryControls();
            if (a.kind() != ActivityKind.SCO || !d.tracked()) continue;
            if (!d.completionSetByContent()) {
                out.add(ctx.problem("SEQ-105", a, a.id(), "completion status", "completed", "completionSetByContent"));
            }
            if (!d.objectiveSetByContent()) {
                out.add(ctx.problem("SEQ-105", a, a.id(), "success status", "satisfied", "objectiveSetByContent"));
            }
        }
    }
}
