package id.kemas.core.sequencing.compile;

import id.kemas.core.model.Cluster;
import id.kemas.core.model.Course;
import id.kemas.core.model.Leaf;
import id.kemas.core.model.Node;
import id.kemas.core.problem.Problem;
import id.kemas.core.problem.Severity;
import id.kemas.core.sequencing.ActivityKind;
import id.kemas.core.sequencing.ActivityTree;
import id.kemas.core.sequencing.DefinitionChecks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compiles the author's sequencing intent (course.yaml's {@code sequencing:} blocks and the quizzes'
 * pass marks) into an activity tree with full IMS Simple Sequencing. The templates are applied in a
 * fixed order, each adding to what the others made, so they combine on one course; raw sequencing
 * written by the author is applied last. The result is checked for illegal combinations.
 *
 * <pre>
 * Compilation c = SequencingCompiler.compile(course);
 * c.problems().forEach(p -&gt; System.err.println(p.headline()));
 * </pre>
 */
public final class SequencingCompiler {

    /** The compiled tree and what was wrong with the intent (the tree is complete either way). */
    public record Compilation(ActivityTree tree, List<Problem> problems) {

        public Compilation {
            problems = List.copyOf(problems);
        }

        public boolean hasErrors() {
            return problems.stream().anyMatch(p -> p.severity().atLeast(Severity.ERROR));
        }
    }

    /** Where the activities of a compiled tree point: the course file. */
    public static final String ORIGIN = "course.yaml";

    private SequencingCompiler() {}

    public static Compilation compile(Course course) {
        Map<String, Draft> nodes = new LinkedHashMap<>();
        String rootId = course.find(course.id()).isPresent() ? "ORG-" + course.id() : course.id();
        Draft root = new Draft(rootId, course.title(), ActivityKind.ORGANIZATION, course.sequencing(), Optional.empty(),
                course.source(), null);
        for (Node n : course.children()) root.children.add(draft(n, root, nodes));
        Context ctx = new Context(course, root, nodes);

        LeafTemplate.apply(ctx);
        var gates = Gating.fromIntent(ctx);
        NavigationTemplate.apply(ctx, gates);
        ContributionTemplate.optional(ctx);
        ContributionTemplate.resultFrom(ctx);
        DeliveryTemplate.apply(ctx);
        Gating.apply(ctx, gates);
        AttemptsTemplate.apply(ctx);
        RemediationTemplate.apply(ctx);
        TestOutTemplate.apply(ctx);
        ContributionTemplate.clusters(root);
        if (usesGlobalObjectives(root)) {
            // Gates and results belong to this course and this learner's attempt on it, not to
            // every course of the learner that happens to share an objective ID.
            root.settings = root.settings.withObjectivesGlobalToSystem(false);
        }

        ActivityTree tree = new ActivityTree(root.build(), ORIGIN);
        List<Problem> problems = new ArrayList<>(ctx.problems);
        problems.addAll(DefinitionChecks.check(tree));
        problems.sort(Comparator.comparing(Problem::location).thenComparing(Problem::id));
        return new Compilation(tree, problems);
    }

    private static Draft draft(Node n, Draft parent, Map<String, Draft> nodes) {
        ActivityKind kind = n instanceof Leaf ? ActivityKind.SCO : ActivityKind.CLUSTER;
        Draft d = new Draft(n.id(), n.title(), kind, n.sequencing(), Optional.of(n), n.source(), parent);
        nodes.put(n.id(), d);
        if (n instanceof Cluster c) for (Node child : c.children()) d.children.add(draft(child, d, nodes));
        return d;
    }

    private static boolean usesGlobalObjectives(Draft root) {
        return root.subtree().stream().anyMatch(d -> !d.definition.adlObjectives().isEmpty()
                || d.definition.objectives().stream().anyMatch(o -> !o.maps().isEmpty()));
    }
}
