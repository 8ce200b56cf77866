package id.kemas.core.sequencing.lint;

import id.kemas.core.problem.Problem;
import id.kemas.core.sequencing.ActivityTree;
import id.kemas.core.sequencing.SequencingMessages;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Static checks of a sequenced activity tree for problems that schema validation cannot see:
 * rules that never fire, gates that never open, courses that can never be completed or passed.
 * Each problem has its own message ID (SEQ-101 to SEQ-110), a severity, the activity's location
 * (course.yaml for a course, the manifest line for a package) and a fix hint. The build runs it on
 * the compiled course; the validator runs it on the tree read from a manifest.
 *
 * <pre>
 * List&lt;Problem&gt; problems = SequencingLint.check(compilation.tree());
 * </pre>
 */
public final class SequencingLint {

    private static final List<LintRule> RULES = List.of(new GlobalObjectiveRule(), new NavigationRules(),
            new ContentStatusRule(), new RollupReachRule(), new AttemptLimitRule(), new ReachabilityRule());

    private SequencingLint() {}

    /** The IDs the lint reports: SEQ-101 to SEQ-119 of the sequencing catalogue. */
    public static Set<String> messageIds() {
        Set<String> out = new TreeSet<>();
        for (String id : SequencingMessages.CATALOG.ids()) {
            int n = Integer.parseInt(id.substring(id.indexOf('-') + 1));
            if (n >= 101 && n <= 119) out.add(id);
        }
        return Collections.unmodifiableSet(out);
    }

    public static List<Problem> check(ActivityTree tree) {
        LintContext ctx = new LintContext(tree);
        List<Problem> out = new ArrayList<>();
        for (LintRule rule : RULES) rule.check(ctx, out);
        out.sort(Comparator.comparing(Problem::location).thenComparing(Problem::id));
        return List.copyOf(out);
    }
}
