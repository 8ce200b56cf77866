package id.kemas.core.sequencing.lint;

import id.kemas.core.problem.Problem;
import java.util.List;

/** One static check of a sequenced activity tree, with its own message IDs. */
interface LintRule {

    void check(LintContext ctx, List<Problem> out);
}
